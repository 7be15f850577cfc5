// Everything this entry takes from the main entry, in one place. The build turns this import of
// `../index` into an import of the built main entry, so the two share one copy of its code.
export { USER_SNAPSHOT_KEYS } from '../index';
export type { Issue, Issues, License, UserSnapshot } from '../index';
