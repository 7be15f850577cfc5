import type { ParseResult } from '../input/issue';
import { parseOrgSettings, type OrgSettings, type ResolvedOrgSettings } from '../input/org-settings';
import { parseUserSnapshot, type UserSnapshot } from '../input/user-snapshot';
import type { StandardSchemaV1 } from './standard-schema-v1';

/**
 * A Standard Schema v1 validator made by this package: `vendor` is `'activation-email-policy'`
 * and `validate` always answers synchronously, with the same issues (paths and messages) as the
 * matching parser.
 *
 * @example
 * const schema: PolicyStandardSchema<OrgSettings, ResolvedOrgSettings> = orgSettingsSchema;
 * schema['~standard'].vendor
 * //=> 'activation-email-policy'
 */
export interface PolicyStandardSchema<Input, Output = Input> extends StandardSchemaV1<Input, Output> {
  /** The Standard Schema properties, with a `validate` that never returns a promise. */
  readonly '~standard': PolicyStandardSchemaProps<Input, Output>;
}

/**
 * The `~standard` properties of a {@link PolicyStandardSchema}: the spec's, with the vendor
 * fixed and a `validate` that returns its result directly, never a promise.
 *
 * @example
 * const props: PolicyStandardSchemaProps<UserSnapshot, UserSnapshot> = userSnapshotSchema['~standard'];
 * props.validate({ id: 'u1', license: 'free', hasSignedIn: true }).issues
 * //=> undefined
 */
export interface PolicyStandardSchemaProps<Input, Output = Input> extends StandardSchemaV1.Props<Input, Output> {
  /** Always `'activation-email-policy'`. */
  readonly vendor: 'activation-email-policy';
  /** Checks an unknown value as the matching parser does; never throws, never returns a promise. */
  readonly validate: (value: unknown, options?: StandardSchemaV1.Options | undefined) => StandardSchemaV1.Result<Output>;
}

function standardSchema<Input, Output>(
  parse: (value: unknown) => ParseResult<Output>,
): PolicyStandardSchema<Input, Output> {
  // The parsers already return what the spec asks for (issues with `path` and `message`), so
  // the result is handed over as it is: Standard Schema users see exactly the parser's issues.
  const validate = (value: unknown): StandardSchemaV1.Result<Output> => {
    const parsed = parse(value);
    return parsed.ok ? { value: parsed.value } : { issues: parsed.issues };
  };
  return Object.freeze({
    '~standard': Object.freeze({ version: 1 as const, vendor: 'activation-email-policy' as const, validate }),
  });
}

/**
 * {@link parseUserSnapshot} as a Standard Schema v1 validator, for libraries that take any such
 * schema (form libraries, RPC layers). It accepts and rejects exactly what the parser does, with
 * the same issues; a valid value comes out as the parser returns it, unknown fields dropped.
 *
 * @example
 * userSnapshotSchema['~standard'].validate({ id: 'u1', license: 'paid', hasSignedIn: false, name: 'Ana' })
 * //=> { value: { id: 'u1', license: 'paid', hasSignedIn: false } }
 * userSnapshotSchema['~standard'].validate({ id: 'u1', license: 'gold', hasSignedIn: false })
 * //=> { issues: [{ path: ['license'], message: 'must be "free" or "paid" (received "gold")' }] }
 */
export const userSnapshotSchema: PolicyStandardSchema<UserSnapshot, UserSnapshot> =
  /* @__PURE__ */ standardSchema(parseUserSnapshot);

/**
 * {@link parseOrgSettings} as a Standard Schema v1 validator. Like the parser, it refuses unknown
 * keys and fills in the defaults, so a valid value comes out with every setting present.
 *
 * @example
 * orgSettingsSchema['~standard'].validate({ autoSendActivationEmails: false })
 * //=> { value: { autoSendActivationEmails: false, meetingsIncluded: false } }
 * orgSettingsSchema['~standard'].validate({ autoSendActivationEmail: false })
 * //=> {
 * //   issues: [
 * //     {
 * //       path: ['autoSendActivationEmail'],
 * //       message: 'is not a setting; the known settings are autoSendActivationEmails and meetingsIncluded',
 * //     },
 * //   ],
 * // }
 */
export const orgSettingsSchema: PolicyStandardSchema<OrgSettings, ResolvedOrgSettings> =
  /* @__PURE__ */ standardSchema(parseOrgSettings);
