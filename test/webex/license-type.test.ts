import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyWebexLicense,
  FREE_LICENSE_NAMES,
  FREE_LICENSE_TYPES,
  isFreeLicenseType,
  licenseTypeCode,
} from '../../src/webex/index';
import ids from './fixtures/license-ids.json';
import licenses from './fixtures/licenses.json';

const encode = (text: string) => btoa(text);
const toUrlSafe = (base64: string) => base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('licenseTypeCode', () => {
  it('reads the type of each fixture licence', () => {
    expect(
      Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, licenseTypeCode(id)])),
    ).toEqual({
      FMS: 'FMS',
      FSS: 'FSS',
      FTC: 'FTC',
      FTM: 'FTM',
      MS: 'MS',
      CF: 'CF',
      EE: 'EE',
      BCSTD: 'BCSTD',
      MEETING_NAMED: null,
      MESSAGING_NAMED: null,
      UNNAMED: null,
    });
  });

  it('returns null for ids without a type, the shape of Cisco\'s published examples', () => {
    const typeless = encode('ciscospark://us/LICENSE/3f2a9c4e-1b7d-11ee-a0c1-0242ac120002');
    expect(typeless.startsWith('Y2lzY29zcGFyazovL3VzL0xJQ0VOU0Uv')).toBe(true);
    expect(licenseTypeCode(typeless)).toBeNull();
  });

  it('accepts padding, missing padding and base64url digits alike', () => {
    const uri = 'ciscospark://us/LICENSE/org-1:EE_4f1c-site?x>y';
    const padded = encode(uri);
    expect(padded).toMatch(/[+/=]/);
    expect(licenseTypeCode(padded)).toBe('EE');
    expect(licenseTypeCode(padded.replace(/=+$/, ''))).toBe('EE');
    expect(licenseTypeCode(toUrlSafe(padded))).toBe('EE');
    expect(licenseTypeCode(`  ${padded}  `)).toBe('EE');
  });

  it('reads ids from other clusters too', () => {
    expect(licenseTypeCode(encode('ciscospark://eu/LICENSE/org-1:MS_5a7d'))).toBe('MS');
    expect(licenseTypeCode(encode('ciscospark://urn:TEAM:us-east-2_a/LICENSE/org-1:FTM_5a7d'))).toBe('FTM');
    expect(licenseTypeCode(encode('ciscospark:///LICENSE/org-1:MS_5a7d'))).toBeNull();
  });

  it('returns null for what is not a typed licence id, never throws', () => {
    for (const text of [
      '',
      '=',
      'A',
      'not base64!',
      encode('ciscospark://us/PEOPLE/org-1:EE_abc'),
      encode('ciscospark://us/LICENSE/org-1:ee_abc'),
      encode('ciscospark://us/LICENSE/org-1:EE_'),
      encode('ciscospark://us/LICENSE/org-1:EE'),
      encode('https://us/LICENSE/org-1:EE_abc'),
      encode('ciscospark://us/LICENSE/org-1:EE_abc\u0000'),
      // bytes that are not ASCII text
      '/+/+/+/+',
    ]) {
      expect(licenseTypeCode(text), text).toBeNull();
    }
    expect(licenseTypeCode(42 as unknown as string)).toBeNull();
    expect(licenseTypeCode(null as unknown as string)).toBeNull();
  });

  it('decodes the type of any well-formed id, in every base64 spelling (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{2}$/),
        fc.stringMatching(/^[0-9a-f-]{1,36}$/),
        fc.stringMatching(/^[A-Z0-9]{1,8}$/),
        fc.stringMatching(/^[0-9a-zA-Z_.-]{1,40}$/),
        (region, org, type, rest) => {
          const id = encode(`ciscospark://${region}/LICENSE/${org}:${type}_${rest}`);
          expect(licenseTypeCode(id)).toBe(type);
          expect(licenseTypeCode(toUrlSafe(id))).toBe(type);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on any string (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const type = licenseTypeCode(text);
        expect(type === null || /^[A-Z0-9]+$/.test(type)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the built-in classification', () => {
  it('takes exactly the four observed types as free', () => {
    expect(FREE_LICENSE_TYPES).toEqual(['FMS', 'FSS', 'FTC', 'FTM']);
    expect(Object.isFrozen(FREE_LICENSE_TYPES)).toBe(true);
    for (const type of ['MS', 'CF', 'EE', 'BCSTD', 'fms', 'FM', 'FMSX']) expect(isFreeLicenseType(type), type).toBe(false);
    for (const type of FREE_LICENSE_TYPES) expect(isFreeLicenseType(type)).toBe(true);
  });

  it('classifies by type, then by name for ids without a type, else not at all', () => {
    const byId = new Map(licenses.items.map((item) => [item.id, item]));
    const classify = (id: string) => classifyWebexLicense(id, byId.get(id));
    expect(Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, classify(id)]))).toEqual({
      FMS: 'free',
      FSS: 'free',
      FTC: 'free',
      FTM: 'free',
      MS: 'paid',
      CF: 'paid',
      EE: 'paid',
      BCSTD: 'paid',
      MEETING_NAMED: 'paid',
      MESSAGING_NAMED: 'free',
      UNNAMED: null,
    });
  });

  it('lets the type win over the name', () => {
    expect(classifyWebexLicense(ids.EE, { id: ids.EE, name: 'Basic Messaging' })).toBe('paid');
    expect(classifyWebexLicense(ids.FMS, { id: ids.FMS, name: 'Webex Meetings Suite' })).toBe('free');
  });

  it('matches free names in any case and spacing, and ignores empty or unreadable names', () => {
    expect(FREE_LICENSE_NAMES).toHaveLength(4);
    expect(classifyWebexLicense(ids.UNNAMED, { id: ids.UNNAMED, name: '  basic space MEETINGS ' })).toBe('free');
    expect(classifyWebexLicense(ids.UNNAMED, { id: ids.UNNAMED, name: '   ' })).toBeNull();
    expect(classifyWebexLicense(ids.UNNAMED, { id: ids.UNNAMED, name: 7 as unknown as string })).toBeNull();
    const hostile = {
      id: ids.UNNAMED,
      get name(): string {
        throw new Error('no');
      },
    };
    expect(classifyWebexLicense(ids.UNNAMED, hostile)).toBeNull();
  });
});
