import { describe, expectTypeOf, it } from 'vitest';
import { explain, explainAdvisory, LOCALES, type AdvisoryCode, type Decision, type Locale } from '../../src/index';
import type { LibraryWords, Words } from '../../src/messages/catalog';
import { cli, library as en } from '../../src/messages/en';

describe('message types', () => {
  it('LOCALES is a read-only tuple and Locale its union', () => {
    expectTypeOf(LOCALES).toEqualTypeOf<readonly ['en', 'fr']>();
    expectTypeOf<Locale>().toEqualTypeOf<'en' | 'fr'>();
  });

  it('explain and explainAdvisory take a decision or a code and an optional locale', () => {
    expectTypeOf(explain).parameters.toEqualTypeOf<[Decision, Locale?]>();
    expectTypeOf(explain).returns.toBeString();
    expectTypeOf(explainAdvisory).parameters.toEqualTypeOf<[AdvisoryCode, Locale?]>();
    expectTypeOf(explainAdvisory).returns.toBeString();
    const decision = {} as Decision;
    // @ts-expect-error only known locales
    explain(decision, 'de');
    // @ts-expect-error only known codes
    explainAdvisory('reminders-off');
  });

  it('a catalogue missing a message, or holding a stray one, does not compile', () => {
    const { 'reminders-resumed': _dropped, ...fewer } = en.advisories;
    // @ts-expect-error an advisory is missing
    ({ ...en, advisories: fewer }) satisfies LibraryWords;
    // @ts-expect-error a trigger is missing
    ({ ...en, triggers: { 'new-user': 'x' } }) satisfies LibraryWords;
    // @ts-expect-error a message with no kind behind it
    ({ ...en, kinds: { ...en.kinds, 'send-twice': 'x' } }) satisfies LibraryWords;
    expectTypeOf(en).toMatchTypeOf<LibraryWords>();
  });

  it('another language must hold every word of the English one, with the same signatures', () => {
    const { noChanges: _dropped, ...fewer } = cli;
    // @ts-expect-error a word of the command line is missing
    fewer satisfies Words<typeof cli>;
    // @ts-expect-error a count-bearing phrase must take the same arguments
    ({ ...cli, changes: (count: string) => count }) satisfies Words<typeof cli>;
    // @ts-expect-error a stray word
    ({ ...cli, shout: 'x' }) satisfies Words<typeof cli>;
    ({ ...cli, noChanges: 'Aucun changement.' }) satisfies Words<typeof cli>;
  });
});
