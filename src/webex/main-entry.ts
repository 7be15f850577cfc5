// Everything this entry takes from the main entry, in one place. The build turns this import of
// `../index` into an import of the built main entry (`./index.js` or `./index.cjs`), so both
// entries share one copy of the main entry's code and `instanceof PolicyInputError` holds
// whichever entry threw.
export { parseUserSnapshot, parseInstant, PolicyInputError } from '../index';
export type { UserSnapshot, License, OrgSettings, Issue, Issues, ParseResult, InvalidItem } from '../index';
