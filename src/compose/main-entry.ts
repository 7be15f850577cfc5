// Everything this entry takes from the main entry, in one place. The build turns this import of
// `../index` into an import of the built main entry, so both entries share one copy of its code
// and `instanceof PolicyInputError` holds whichever entry threw.
export { checkManualEmail, LOCALES, MANUAL_EMAIL_DRAFT_FIELDS, PolicyInputError } from '../index';
export type { Issue, Issues, Locale, ManualEmailDraft } from '../index';
