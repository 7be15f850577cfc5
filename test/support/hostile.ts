// Values a batch or a form may hand over that are not what the types say: wrong types, objects
// whose reads throw, Proxies, revoked Proxies. Each one must give an issue, never a crash.
import fc from 'fast-check';

/** An object whose `field` getter throws; the other fields are those given. */
export function throwingGetter(field: string, rest: Record<string, unknown> = {}): object {
  const target = { ...rest };
  Object.defineProperty(target, field, {
    enumerable: true,
    get() {
      throw new Error(`reading ${field} is not allowed`);
    },
  });
  return target;
}

/** A Proxy whose every trap throws. */
export function throwingProxy(): object {
  const fail = () => {
    throw new Error('trap');
  };
  return new Proxy(
    {},
    { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail },
  );
}

/** A Proxy that was revoked: even `Array.isArray` throws on it. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** A Proxy around an array whose element reads throw (its length can still be read). */
export function arrayWithThrowingItems(length: number): unknown[] {
  return new Proxy(new Array<unknown>(length).fill('https://help.example.com'), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) throw new Error('item');
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/**
 * Items a user batch cannot decide: wrong types, missing or malformed fields, hostile objects.
 * Each draw is a recipe (`make()` builds the item) with a readable `label`: fast-check itself
 * inspects drawn values, and a revoked Proxy would break it before the property ran.
 */
export interface Recipe {
  readonly label: string;
  readonly make: () => unknown;
}

function recipe(label: string, make: () => unknown): Recipe {
  return { label, make, toString: () => label } as Recipe;
}

export function arbBadUserItem(): fc.Arbitrary<Recipe> {
  return arbBadUserValue().map((value) =>
    value === THROWING_PROXY
      ? recipe('throwing Proxy', throwingProxy)
      : value === REVOKED_PROXY
        ? recipe('revoked Proxy', revokedProxy)
        : typeof value === 'object' && value !== null && GETTER in value
          ? recipe(`getter throwing on ${String(value[GETTER])}`, () =>
              throwingGetter(String((value as Record<symbol, unknown>)[GETTER]), { id: 'x', license: 'paid', hasSignedIn: false }),
            )
          : recipe(JSON.stringify(value) ?? String(value), () => structuredClone(value)),
  );
}

const THROWING_PROXY = Symbol('throwing proxy');
const REVOKED_PROXY = Symbol('revoked proxy');
const GETTER = Symbol('getter');

function arbBadUserValue(): fc.Arbitrary<unknown> {
  const fields = ['id', 'license', 'hasSignedIn', 'previousLicense', 'invitedAt', 'lastEmailedAt', 'remindersSent'];
  return fc.oneof(
    fc.constantFrom<unknown>(null, undefined, 0, 'u-1', true, [], ['u-1']),
    fc.record({ id: fc.constantFrom('', 7, null), license: fc.constant('paid'), hasSignedIn: fc.boolean() }),
    fc.record({ id: fc.constant('x'), license: fc.constantFrom('gold', 'PAID', 1), hasSignedIn: fc.boolean() }),
    fc.record({ id: fc.constant('x'), license: fc.constant('paid'), hasSignedIn: fc.constantFrom('no', 0, null) }),
    fc.record({
      id: fc.constant('x'),
      license: fc.constant('paid'),
      hasSignedIn: fc.constant(false),
      invitedAt: fc.constantFrom('2026-02-30T00:00:00Z', 'yesterday', 42),
    }),
    fc.constantFrom(...fields).map((field) => ({ [GETTER]: field })),
    fc.constant(THROWING_PROXY),
    fc.constant(REVOKED_PROXY),
  );
}
