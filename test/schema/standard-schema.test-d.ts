import type { StandardSchemaV1 as SpecStandardSchemaV1 } from '@standard-schema/spec';
import { describe, expectTypeOf, it } from 'vitest';
import {
  orgSettingsSchema,
  userSnapshotSchema,
  type OrgSettings,
  type PolicyStandardSchema,
  type PolicyStandardSchemaProps,
  type ResolvedOrgSettings,
  type StandardSchemaV1,
  type UserSnapshot,
} from '../../src/index';

describe('Standard Schema types', () => {
  it('the schemas are assignable to the published spec interface', () => {
    expectTypeOf(userSnapshotSchema).toExtend<SpecStandardSchemaV1<UserSnapshot, UserSnapshot>>();
    expectTypeOf(orgSettingsSchema).toExtend<SpecStandardSchemaV1<OrgSettings, ResolvedOrgSettings>>();
    expectTypeOf(userSnapshotSchema).toExtend<SpecStandardSchemaV1>();
  });

  it('the copied interface and the published one are interchangeable', () => {
    expectTypeOf<StandardSchemaV1<UserSnapshot>>().toExtend<SpecStandardSchemaV1<UserSnapshot>>();
    expectTypeOf<SpecStandardSchemaV1<UserSnapshot>>().toExtend<StandardSchemaV1<UserSnapshot>>();
    expectTypeOf<StandardSchemaV1.Issue>().toEqualTypeOf<SpecStandardSchemaV1.Issue>();
    expectTypeOf<StandardSchemaV1.Result<number>>().toEqualTypeOf<SpecStandardSchemaV1.Result<number>>();
    expectTypeOf<StandardSchemaV1.Options>().toEqualTypeOf<SpecStandardSchemaV1.Options>();
  });

  it('the spec infers input and output types from the schemas', () => {
    expectTypeOf<SpecStandardSchemaV1.InferInput<typeof userSnapshotSchema>>().toEqualTypeOf<UserSnapshot>();
    expectTypeOf<SpecStandardSchemaV1.InferOutput<typeof orgSettingsSchema>>().toEqualTypeOf<ResolvedOrgSettings>();
    expectTypeOf<SpecStandardSchemaV1.InferInput<typeof orgSettingsSchema>>().toEqualTypeOf<OrgSettings>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof userSnapshotSchema>>().toEqualTypeOf<UserSnapshot>();
  });

  it('validate answers synchronously, with the vendor as a literal', () => {
    type Result = ReturnType<(typeof userSnapshotSchema)['~standard']['validate']>;
    expectTypeOf<Result>().toEqualTypeOf<StandardSchemaV1.Result<UserSnapshot>>();
    expectTypeOf<Result>().not.toExtend<Promise<unknown>>();
    expectTypeOf(orgSettingsSchema['~standard'].vendor).toEqualTypeOf<'activation-email-policy'>();
    expectTypeOf(orgSettingsSchema).toEqualTypeOf<PolicyStandardSchema<OrgSettings, ResolvedOrgSettings>>();
    expectTypeOf(userSnapshotSchema['~standard']).toEqualTypeOf<PolicyStandardSchemaProps<UserSnapshot, UserSnapshot>>();
  });

  it('a failure result narrows to its issues', () => {
    const result = userSnapshotSchema['~standard'].validate({});
    if (result.issues) expectTypeOf(result.issues).toEqualTypeOf<ReadonlyArray<StandardSchemaV1.Issue>>();
    else expectTypeOf(result.value).toEqualTypeOf<UserSnapshot>();
  });
});
