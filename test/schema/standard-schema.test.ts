import { initTRPC, TRPCError, StandardSchemaV1Error } from '@trpc/server';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decide,
  orgSettingsSchema,
  parseOrgSettings,
  parseUserSnapshot,
  userSnapshotSchema,
  type OrgSettings,
  type UserSnapshot,
} from '../../src/index';
import { arbSettingsInput, arbSnapshotInput } from './near-miss';

const RUNS = 400;

/** What a Standard Schema result should be for a parser's result. */
function expectedResult(parsed: ReturnType<typeof parseUserSnapshot> | ReturnType<typeof parseOrgSettings>) {
  return parsed.ok ? { value: parsed.value } : { issues: parsed.issues };
}

describe('userSnapshotSchema and orgSettingsSchema implement Standard Schema v1', () => {
  it.each([
    ['userSnapshotSchema', userSnapshotSchema],
    ['orgSettingsSchema', orgSettingsSchema],
  ] as const)('%s carries version 1 and the package as vendor, frozen', (_name, schema) => {
    const props = schema['~standard'];
    expect(props.version).toBe(1);
    expect(props.vendor).toBe('activation-email-policy');
    expect(typeof props.validate).toBe('function');
    expect(Object.isFrozen(schema)).toBe(true);
    expect(Object.isFrozen(props)).toBe(true);
  });

  it('validates snapshots exactly as parseUserSnapshot does: same verdict, value and issues', () => {
    fc.assert(
      fc.property(arbSnapshotInput(), (input) => {
        const result = userSnapshotSchema['~standard'].validate(input);
        expect(result).not.toBeInstanceOf(Promise);
        expect(result).toStrictEqual(expectedResult(parseUserSnapshot(input)));
      }),
      { numRuns: RUNS },
    );
  });

  it('validates settings exactly as parseOrgSettings does: same verdict, defaults and issues', () => {
    fc.assert(
      fc.property(arbSettingsInput(), (input) => {
        const result = orgSettingsSchema['~standard'].validate(input);
        expect(result).toStrictEqual(expectedResult(parseOrgSettings(input)));
      }),
      { numRuns: RUNS },
    );
  });

  it('reports every issue with a message and a path of property keys', () => {
    const result = userSnapshotSchema['~standard'].validate({ id: '', license: 'gold', hasSignedIn: 'no' });
    expect(result.issues?.map((issue) => [issue.path, issue.message])).toStrictEqual([
      [['id'], 'must be a non-empty string (received "")'],
      [['license'], 'must be "free" or "paid" (received "gold")'],
      [['hasSignedIn'], 'must be true or false (received "no")'],
    ]);
    expect(orgSettingsSchema['~standard'].validate(null)).toStrictEqual({
      issues: [{ path: [], message: 'settings must be an object (received null)' }],
    });
  });

  it('never throws, even on values whose property reads throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const result = userSnapshotSchema['~standard'].validate(hostile);
    expect(result.issues?.length).toBeGreaterThan(0);
    expect(() => orgSettingsSchema['~standard'].validate(hostile)).not.toThrow();
  });

  it('ignores the spec options argument (no vendor options exist)', () => {
    const input = { id: 'u1', license: 'free', hasSignedIn: true };
    expect(userSnapshotSchema['~standard'].validate(input, { libraryOptions: { anything: 1 } })).toStrictEqual(
      userSnapshotSchema['~standard'].validate(input),
    );
  });
});

// A real consumer of the spec: tRPC takes any Standard Schema as a procedure's input parser. The
// procedure below is what a provisioning service would expose: validated input straight into
// `decide`, bad input turned into a BAD_REQUEST that carries the parser's own issues.
describe('through tRPC, a consumer of any Standard Schema', () => {
  const t = initTRPC.create();
  const router = t.router({
    snapshot: t.procedure.input(userSnapshotSchema).query(({ input }) => input),
    settings: t.procedure.input(orgSettingsSchema).query(({ input }) => input),
    decideDefault: t.procedure.input(userSnapshotSchema).query(({ input }) => decide({}, input)),
  });
  const caller = t.createCallerFactory(router)({});

  async function callSnapshot(input: unknown): Promise<{ value: unknown } | { issues: unknown }> {
    try {
      return { value: await caller.snapshot(input as UserSnapshot) };
    } catch (error) {
      expect(error).toBeInstanceOf(TRPCError);
      const trpcError = error as TRPCError;
      expect(trpcError.code).toBe('BAD_REQUEST');
      expect(trpcError.cause).toBeInstanceOf(StandardSchemaV1Error);
      return { issues: (trpcError.cause as StandardSchemaV1Error).issues };
    }
  }

  it('infers the procedure input and output types from the schemas', async () => {
    const user: UserSnapshot = { id: 'u1', license: 'paid', hasSignedIn: false };
    const decision = await caller.decideDefault(user);
    expect(decision.kind).toBe('auto-send');
    const settings: OrgSettings = {};
    expect(await caller.settings(settings)).toStrictEqual({ autoSendActivationEmails: true, meetingsIncluded: false });
  });

  it('accepts what the parser accepts and rejects the rest with the parser issues', async () => {
    await fc.assert(
      fc.asyncProperty(arbSnapshotInput(), async (input) => {
        expect(await callSnapshot(input)).toStrictEqual(expectedResult(parseUserSnapshot(input)));
      }),
      { numRuns: 150 },
    );
  });

  it('turns bad settings into BAD_REQUEST with the settings issues', async () => {
    const failure = await caller.settings({ autoSendActivationEmail: false } as OrgSettings).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCError);
    expect(((failure as TRPCError).cause as StandardSchemaV1Error).issues).toStrictEqual([
      {
        path: ['autoSendActivationEmail'],
        message: 'is not a setting; the known settings are autoSendActivationEmails and meetingsIncluded',
      },
    ]);
  });
});
