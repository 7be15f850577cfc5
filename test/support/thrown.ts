import { expect } from 'vitest';
import { PolicyInputError } from '../../src/index';

/** Runs `action` and returns what it threw; fails the test when it throws nothing. */
export function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, and it returned normally');
}

/** Runs `action` and returns the PolicyInputError it threw; fails the test on anything else. */
export function thrownPolicyError(action: () => unknown): PolicyInputError {
  const error = thrown(action);
  expect(error).toBeInstanceOf(PolicyInputError);
  return error as PolicyInputError;
}
