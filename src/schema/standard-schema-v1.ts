// The Standard Schema v1 interface, copied here as its authors recommend, so that the package's
// types never ask users to install `@standard-schema/spec`. A type test checks that it stays
// assignable to the published spec.

/**
 * The Standard Schema v1 interface: a validator any compatible library (form libraries, RPC
 * layers, config loaders) can call through its `~standard` property. This is a copy of the
 * published interface, so using it needs no extra package.
 *
 * @example
 * const schema: StandardSchemaV1<unknown, UserSnapshot> = userSnapshotSchema;
 * schema['~standard'].version
 * //=> 1
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

/** The types that make up the Standard Schema v1 interface. */
export declare namespace StandardSchemaV1 {
  /** The properties every Standard Schema holds under `~standard`. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version of the standard: always `1`. */
    readonly version: 1;
    /** The name of the library that made the schema. */
    readonly vendor: string;
    /** Checks an unknown value; the result holds the value or the issues found. */
    readonly validate: (
      value: unknown,
      options?: StandardSchemaV1.Options | undefined,
    ) => Result<Output> | Promise<Result<Output>>;
    /** The input and output types, for inference only (never set at run time). */
    readonly types?: Types<Input, Output> | undefined;
  }

  /** The result of `validate`: the value, or the issues. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;

  /** The result when the value is valid. */
  export interface SuccessResult<Output> {
    /** The valid value, as the schema outputs it. */
    readonly value: Output;
    /** Absent on success. */
    readonly issues?: undefined;
  }

  /** Options a caller may pass to `validate`. */
  export interface Options {
    /** Settings specific to the library that made the schema. */
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }

  /** The result when the value is invalid. */
  export interface FailureResult {
    /** Every problem found. */
    readonly issues: ReadonlyArray<Issue>;
  }

  /** One problem found by `validate`. */
  export interface Issue {
    /** What is wrong, in a sentence. */
    readonly message: string;
    /** Where it is, from the validated value down to the bad field. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }

  /** One step of an issue's path, in its object form. */
  export interface PathSegment {
    /** The key of the step. */
    readonly key: PropertyKey;
  }

  /** The input and output types of a schema. */
  export interface Types<Input = unknown, Output = Input> {
    /** What the schema accepts. */
    readonly input: Input;
    /** What the schema returns once the value is valid. */
    readonly output: Output;
  }

  /** The input type of a schema. */
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input'];

  /** The output type of a schema. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output'];
}
