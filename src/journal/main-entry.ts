// Everything this entry takes from the main entry, in one place. The build turns this import of
// `../index` into an import of the built main entry (`./index.js` or `./index.cjs`), so both
// entries share one copy of its code and `instanceof PolicyInputError` holds whichever threw.
export { parseUserSnapshot, parseInstant, PolicyInputError } from '../index';
export type { UserSnapshot, License, Issue, Issues, ParseResult } from '../index';
