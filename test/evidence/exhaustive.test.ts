[
  {
    "name": "a command runs with parsed args and a context and resolves to an exit code",
    "file": "/work/main/test/cli/command.test-d.ts"
  },
  {
    "name": "formats: the five input formats, records that carry where they came from",
    "file": "/work/main/test/cli/command.test-d.ts"
  },
  {
    "name": "the sample org is a list of snapshots",
    "file": "/work/main/test/cli/command.test-d.ts"
  },
  {
    "name": "compose types > composeManualEmail takes a draft, a recipient and optional options, and gives four strings",
    "file": "/work/main/test/compose/compose.test-d.ts"
  },
  {
    "name": "compose types > options: a known locale, one of the two emails, a boolean",
    "file": "/work/main/test/compose/compose.test-d.ts"
  },
  {
    "name": "compose types > a recipient needs an email; name and pmrLink are optional strings; a user snapshot with an email fits",
    "file": "/work/main/test/compose/compose.test-d.ts"
  },
  {
    "name": "compose types > shares the main entry's draft type and error class",
    "file": "/work/main/test/compose/compose.test-d.ts"
  },
  {
    "name": "a status means signed in or not; an ignored column says why",
    "file": "/work/main/test/formats/control-hub.test-d.ts"
  },
  {
    "name": "the options are lists of column names, a status table and the licences of an older export",
    "file": "/work/main/test/formats/control-hub.test-d.ts"
  },
  {
    "name": "a header gives the reader of its rows or a message; the reader gives records and the column report",
    "file": "/work/main/test/formats/control-hub.test-d.ts"
  },
  {
    "name": "the journal entry types > derives the email and status unions from their lists",
    "file": "/work/main/test/journal/journal.test-d.ts"
  },
  {
    "name": "the journal entry types > JOURNAL_ENTRY_KEYS names every JournalEntry field, in order",
    "file": "/work/main/test/journal/journal.test-d.ts"
  },
  {
    "name": "the journal entry types > requires userId, at and email, and no more",
    "file": "/work/main/test/journal/journal.test-d.ts"
  },
  {
    "name": "the journal entry types > every field is read-only",
    "file": "/work/main/test/journal/journal.test-d.ts"
  },
  {
    "name": "the journal entry types > parses unknown into a ParseResult of an entry, and formats an entry into a string",
    "file": "/work/main/test/journal/journal.test-d.ts"
  },
  {
    "name": "the journal entry types > reads text into lines and invalid lines, each with a number",
    "file": "/work/main/test/journal/journal.test-d.ts"
  },
  {
    "name": "the journal entry types > folds entries or lines into histories, and merges them into a snapshot",
    "file": "/work/main/test/journal/journal.test-d.ts"
  },
  {
    "name": "manual-email types > checkManualEmail takes any draft, an optional context and an optional locale",
    "file": "/work/main/test/manual-email/check-manual-email.test-d.ts"
  },
  {
    "name": "manual-email types > the result names checklist items and draft fields",
    "file": "/work/main/test/manual-email/check-manual-email.test-d.ts"
  },
  {
    "name": "manual-email types > ManualEmailDraft has one optional field per item",
    "file": "/work/main/test/manual-email/check-manual-email.test-d.ts"
  },
  {
    "name": "message types > LOCALES is a read-only tuple and Locale its union",
    "file": "/work/main/test/messages/explain.test-d.ts"
  },
  {
    "name": "message types > explain and explainAdvisory take a decision or a code and an optional locale",
    "file": "/work/main/test/messages/explain.test-d.ts"
  },
  {
    "name": "message types > a catalogue missing a message, or holding a stray one, does not compile",
    "file": "/work/main/test/messages/explain.test-d.ts"
  },
  {
    "name": "message types > another language must hold every word of the English one, with the same signatures",
    "file": "/work/main/test/messages/explain.test-d.ts"
  },
  {
    "name": "planning types > planActivation takes settings and any iterable, and returns an ActivationPlan",
    "file": "/work/main/test/planning/planning.test-d.ts"
  },
  {
    "name": "planning types > an ActivationPlan is read-only, with all six kinds in byKind",
    "file": "/work/main/test/planning/planning.test-d.ts"
  },
  {
    "name": "planning types > decideEach is sync for iterables and async for async iterables",
    "file": "/work/main/test/planning/planning.test-d.ts"
  },
  {
    "name": "planning types > a DecidedItem narrows on ok",
    "file": "/work/main/test/planning/planning.test-d.ts"
  },
  {
    "name": "planning types > only an invalid item may name the earlier item whose id it repeats",
    "file": "/work/main/test/planning/planning.test-d.ts"
  },
  {
    "name": "the decision type > is a union on kind, with trigger and checklist only on manual-required",
    "file": "/work/main/test/policy/decide.test-d.ts"
  },
  {
    "name": "the decision type > picks one member by kind",
    "file": "/work/main/test/policy/decide.test-d.ts"
  },
  {
    "name": "the decision type > derives the kinds, triggers, reasons and rule ids from their lists",
    "file": "/work/main/test/policy/decide.test-d.ts"
  },
  {
    "name": "the inputs > types settings and snapshots as the contract says",
    "file": "/work/main/test/policy/decide.test-d.ts"
  },
  {
    "name": "the inputs > makes decide refuse malformed literals at compile time",
    "file": "/work/main/test/policy/decide.test-d.ts"
  },
  {
    "name": "the inputs > types the parsers as results that never throw",
    "file": "/work/main/test/policy/decide.test-d.ts"
  },
  {
    "name": "the inputs > types the error with its issues",
    "file": "/work/main/test/policy/decide.test-d.ts"
  },
  {
    "name": "preview types > ADVISORY_CODES is a read-only tuple and AdvisoryCode its union",
    "file": "/work/main/test/preview/preview.test-d.ts"
  },
  {
    "name": "preview types > previewSettingsChange takes two settings and an iterable",
    "file": "/work/main/test/preview/preview.test-d.ts"
  },
  {
    "name": "preview types > the preview is read-only and typed with outcome kinds and advisory codes",
    "file": "/work/main/test/preview/preview.test-d.ts"
  },
  {
    "name": "planReminders > takes settings, any iterable and options, and returns a ReminderPlan",
    "file": "/work/main/test/reminders/reminders.test-d.ts"
  },
  {
    "name": "planReminders > requires now, and nothing else",
    "file": "/work/main/test/reminders/reminders.test-d.ts"
  },
  {
    "name": "planReminders > returns the exact shapes the issue names, read-only",
    "file": "/work/main/test/reminders/reminders.test-d.ts"
  },
  {
    "name": "planReminders > counts every outcome kind",
    "file": "/work/main/test/reminders/reminders.test-d.ts"
  },
  {
    "name": "statuses and constants > derives ReminderStatus from REMINDER_STATUSES",
    "file": "/work/main/test/reminders/reminders.test-d.ts"
  },
  {
    "name": "the cadence > has three optional fields, all resolved after parsing",
    "file": "/work/main/test/reminders/reminders.test-d.ts"
  },
  {
    "name": "the cadence > parses unknown input into a ParseResult",
    "file": "/work/main/test/reminders/reminders.test-d.ts"
  },
  {
    "name": "explainReminder > takes a status and an optional locale, and returns a string",
    "file": "/work/main/test/reminders/reminders.test-d.ts"
  },
  {
    "name": "the lists the JSON Schemas are generated from match the types > USER_SNAPSHOT_KEYS names every UserSnapshot field",
    "file": "/work/main/test/schema/json-schema.test-d.ts"
  },
  {
    "name": "the lists the JSON Schemas are generated from match the types > ORG_SETTINGS_KEYS names every OrgSettings field",
    "file": "/work/main/test/schema/json-schema.test-d.ts"
  },
  {
    "name": "the lists the JSON Schemas are generated from match the types > MANUAL_EMAIL_DRAFT_FIELDS names every ManualEmailDraft field",
    "file": "/work/main/test/schema/json-schema.test-d.ts"
  },
  {
    "name": "the lists the JSON Schemas are generated from match the types > a decision has the five common fields, and manual-required two more",
    "file": "/work/main/test/schema/json-schema.test-d.ts"
  },
  {
    "name": "the lists the JSON Schemas are generated from match the types > the five files are named as the package exports them",
    "file": "/work/main/test/schema/json-schema.test-d.ts"
  },
  {
    "name": "Standard Schema types > the schemas are assignable to the published spec interface",
    "file": "/work/main/test/schema/standard-schema.test-d.ts"
  },
  {
    "name": "Standard Schema types > the copied interface and the published one are interchangeable",
    "file": "/work/main/test/schema/standard-schema.test-d.ts"
  },
  {
    "name": "Standard Schema types > the spec infers input and output types from the schemas",
    "file": "/work/main/test/schema/standard-schema.test-d.ts"
  },
  {
    "name": "Standard Schema types > validate answers synchronously, with the vendor as a literal",
    "file": "/work/main/test/schema/standard-schema.test-d.ts"
  },
  {
    "name": "Standard Schema types > a failure result narrows to its issues",
    "file": "/work/main/test/schema/standard-schema.test-d.ts"
  },
  {
    "name": "builders > keeps literal types",
    "file": "/work/main/test/testing/builders.test-d.ts"
  },
  {
    "name": "builders > rejects unknown keys and wrong types",
    "file": "/work/main/test/testing/builders.test-d.ts"
  },
  {
    "name": "the arbitraries > are fast-check arbitraries of the package types",
    "file": "/work/main/test/testing/kit.test-d.ts"
  },
  {
    "name": "the arbitraries > take a kind, a rule, or both, and nothing else",
    "file": "/work/main/test/testing/kit.test-d.ts"
  },
  {
    "name": "the arbitraries > describe their values",
    "file": "/work/main/test/testing/kit.test-d.ts"
  },
  {
    "name": "the defaults and built types > are literal and readonly",
    "file": "/work/main/test/testing/kit.test-d.ts"
  },
  {
    "name": "webex entry types > maps one person to a parse result of UserSnapshot",
    "file": "/work/main/test/webex/webex.test-d.ts"
  },
  {
    "name": "webex entry types > maps a page to snapshots and invalid items",
    "file": "/work/main/test/webex/webex.test-d.ts"
  },
  {
    "name": "webex entry types > maps the org setting to a parse result of OrgSettings",
    "file": "/work/main/test/webex/webex.test-d.ts"
  },
  {
    "name": "webex entry types > types the licence helpers",
    "file": "/work/main/test/webex/webex.test-d.ts"
  },
  {
    "name": "webex entry types > types the payloads and options",
    "file": "/work/main/test/webex/webex.test-d.ts"
  },
  {
    "name": "webex entry types > types the history the caller gives",
    "file": "/work/main/test/webex/webex.test-d.ts"
  },
  {
    "name": "the policy > imports nothing from planning, preview, reminders, messages, the manual email, webex, formats, testing, the command line or the page",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the policy > a policy file importing src/planning/decide-each would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the policy > a policy file importing src/messages/explain would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the policy > a policy file importing src/manual-email/check-manual-email would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the policy > a policy file importing src/formats/index would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the policy > a policy file importing src/cli/run would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the main entry > reaches no Node built-in and no dependency",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the main entry > an import of a Node built-in would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the main entry > an import of a dependency would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the command line > imports the public entries of src only (index, formats, webex, journal, compose), nothing deeper",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the command line > export { formatPath } from '../input/issue'; would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the command line > export { cli } from '../messages/en'; would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the command line > export { userSnapshot } from '../testing/index'; would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the preview page > loads the package by name, through its public entries, and imports nothing of src",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the preview page > export { SAMPLE_USERS } from '../../../src/formats'; would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "the preview page > export { decide } from 'activation-email-policy/src/policy/decide'; would fail it",
    "file": "/work/main/test/architecture/walls.test.ts"
  },
  {
    "name": "300,000 users > preview prints every one that changes, in a table",
    "file": "/work/main/test/cli/big-files.test.ts"
  },
  {
    "name": "300,000 users > reminders prints every one that is due, in a table",
    "file": "/work/main/test/cli/big-files.test.ts"
  },
  {
    "name": "the installed bin > is linked, executable, and starts with a node shebang",
    "file": "/work/main/test/cli/bin-tarball.test.ts"
  },
  {
    "name": "the installed bin > npx activation-email-policy plan --sample --auto-send off prints the sample plan",
    "file": "/work/main/test/cli/bin-tarball.test.ts"
  },
  {
    "name": "the installed bin > --version matches the packed package.json",
    "file": "/work/main/test/cli/bin-tarball.test.ts"
  },
  {
    "name": "check-email > a complete draft: exit 0, every item ok",
    "file": "/work/main/test/cli/check-email.test.ts"
  },
  {
    "name": "check-email > --meetings requires the PMR link too: exit 1, the item and why",
    "file": "/work/main/test/cli/check-email.test.ts"
  },
  {
    "name": "check-email > --format json prints the object checkManualEmail returns, from standard input",
    "file": "/work/main/test/cli/check-email.test.ts"
  },
  {
    "name": "check-email > --lang fr: the verdict, the states and each problem in French",
    "file": "/work/main/test/cli/check-email.test.ts"
  },
  {
    "name": "check-email > a draft that is not JSON, or not an object, is a usage error",
    "file": "/work/main/test/cli/check-email.test.ts"
  },
  {
    "name": "streaming the export > reads ahead so that the report names what the first rows show, and keeps deciding columns after",
    "file": "/work/main/test/cli/export-stream.test.ts"
  },
  {
    "name": "streaming the export > hands on a short export whole after reading it ahead",
    "file": "/work/main/test/cli/export-stream.test.ts"
  },
  {
    "name": "streaming the export > asks for the options only for an export, and refuses a bad header as a usage error naming the file",
    "file": "/work/main/test/cli/export-stream.test.ts"
  },
  {
    "name": "plan reads the export > plans every known status and reports the unknown one with its line, the value and the flag that maps it (exit 1)",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "plan reads the export > maps a status with --status, without regard to case",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "plan reads the export > changes the lists with --free-service, --paid-service and --ignore-column, each repeatable",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "plan reads the export > reads the export from standard input too",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "plan reads the export > finds conversions with --previous, an older export",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "plan reads the export > with the older export and the journal, the sample export plans as --sample does, setting on and off",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "plan reads the export > reminders and preview read it as plan does",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "usage errors (exit 2), before anyone is planned > a --status without a meaning",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "usage errors (exit 2), before anyone is planned > a --status with another word",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "usage errors (exit 2), before anyone is planned > a name that is no column",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "usage errors (exit 2), before anyone is planned > a column given two meanings",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "usage errors (exit 2), before anyone is planned > --licenses with an export",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "usage errors (exit 2), before anyone is planned > --previous that is no export",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "usage errors (exit 2), before anyone is planned > refuses the export flags with another input, naming them",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "usage errors (exit 2), before anyone is planned > refuses the import template, which has no User Status",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "the output names users by email and says how the columns were read > table: the column report before the users",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "the output names users by email and says how the columns were read > json: email beside userId and the report as a columns field; csv: an email column and the report on standard error",
    "file": "/work/main/test/cli/export.test.ts"
  },
  {
    "name": "plan, email, record, then reminders across days > shows the right users due, upcoming and exhausted, day after day",
    "file": "/work/main/test/cli/journal-days.test.ts"
  },
  {
    "name": "plan with a journal > is decide on withHistory of each user, refusals and repeats where the rules put them",
    "file": "/work/main/test/cli/journal-decide.test.ts"
  },
  {
    "name": "plan with a journal > without a journal, or with an empty one, the decisions are those of no journal at all",
    "file": "/work/main/test/cli/journal-decide.test.ts"
  },
  {
    "name": "readJournalFile > reads every entry with its line, and each user history",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "readJournalFile > a missing file is an empty journal by default, and refused when it must exist",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "readJournalFile > a bad line stops the reading, naming the file, the line, the field, and how many more",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "readJournalFile > a last line cut short is refused by default, naming it, and left out with tornTail skip",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "readJournalFile > a journal of several read chunks: the same entries and line numbers as readJournal on the whole text",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "readJournalFile > a whole last line without its newline is an entry like any other",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "readJournalFile > reads UTF-16 with a byte order mark, and refuses bytes that are not text",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "readJournalFile > a folder is refused by name",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "readJournalFile > readJournalHistory: the journal must exist; the table line counts sent emails only, and the users they went to",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "openJournalAppender > creates the file, and each append is one write of the whole line followed by a sync",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "openJournalAppender > appends after what is there, and a whole last line without its newline gets one first",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "openJournalAppender > a last line cut short is cut off, and said so with its line and text",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "openJournalAppender > a disk full mid-way is a usage error naming the journal, and the next opening removes the line cut short",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "openJournalAppender > a missing folder is not created: a usage error names it",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "openJournalAppender > a UTF-16 journal is refused rather than garbled with UTF-8 lines",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "openJournalAppender > an entry that is not valid is refused before anything is written",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "openJournalAppender > a folder given as the journal is refused by name",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "the journal put into the users > gives a user the journal knows its history, and leaves the others untouched",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "the journal put into the users > a user whose own history disagrees is refused naming both; a later user with its id is its duplicate",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "the journal put into the users > a value that is not a valid snapshot goes through as it is, for the batch to report",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "the journal put into the users > applyJournal: refused users become undefined, and their invalid items carry the journal issues",
    "file": "/work/main/test/cli/journal-file.test.ts"
  },
  {
    "name": "plan --journal > decides each user on the journal's history: the one emailed is inactive, not new",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "plan --journal > the table says which journal was read, and how many emails to how many users",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "plan --journal > a user whose own history disagrees is an invalid row naming both values; the others are planned; exit 1",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "plan --journal > a later row with the id of a refused user is reported as its duplicate",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "preview and reminders --journal > reminders: who is due comes from the journal's emails and reminders",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "preview and reminders --journal > reminders: a refused user is reported with both values, in the JSON output too; exit 1",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "preview and reminders --journal > preview: the emailed users are inactive ones under both settings, not new ones",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > plan: a bad line, named with the file and its line",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > plan: a last line cut short by an interrupted record",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > plan: a journal that does not exist (a mistyped path is not an empty history)",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > preview: a bad line, named with the file and its line",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > preview: a last line cut short by an interrupted record",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > preview: a journal that does not exist (a mistyped path is not an empty history)",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > reminders: a bad line, named with the file and its line",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > reminders: a last line cut short by an interrupted record",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > reminders: a journal that does not exist (a mistyped path is not an empty history)",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > standard input is not a journal: --journal - is refused",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output > an empty journal file is an empty history: the plan is the one without a journal",
    "file": "/work/main/test/cli/journal-flag.test.ts"
  },
  {
    "name": "encodings > UTF-8 is read alike, from a file and from standard input",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "encodings > UTF-8 with a byte order mark is read alike, from a file and from standard input",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "encodings > UTF-16 little endian with a byte order mark is read alike, from a file and from standard input",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "encodings > UTF-16 big endian with a byte order mark is read alike, from a file and from standard input",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "encodings > reads UTF-16 NDJSON, a JSON array and a --licenses file alike",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "bytes that are not text: exit 2, one line that echoes nothing of the file > a PNG image",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "bytes that are not text: exit 2, one line that echoes nothing of the file > a zip archive (an .xlsx workbook)",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "bytes that are not text: exit 2, one line that echoes nothing of the file > UTF-16 without its byte order mark",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "bytes that are not text: exit 2, one line that echoes nothing of the file > Latin-1 text",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "bytes that are not text: exit 2, one line that echoes nothing of the file > a NUL byte late in a UTF-8 file",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "bytes that are not text: exit 2, one line that echoes nothing of the file > the same from standard input, and for a --licenses file",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "control characters in what a message quotes are escaped > in the reports of invalid rows, from every reader",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "control characters in what a message quotes are escaped > in usage errors: a CSV column, a path, a flag value",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a CSV header must hold every decision column > without invitedAt: refused, exit 2, the column named",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a CSV header must hold every decision column > without previousLicense: refused, exit 2, the column named",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a CSV header must hold every decision column > without id: refused, exit 2, the column named",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a CSV header must hold every decision column > without license: refused, exit 2, the column named",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a CSV header must hold every decision column > without hasSignedIn: refused, exit 2, the column named",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a CSV header must hold every decision column > a header with a quote never closed is named as the header, not as an empty input",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a CSV header must hold every decision column > with every column, an empty cell means none",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a repeated id names the earlier row where the file names its rows > NDJSON and CSV: by line, blank lines and multi-line cells counted",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a repeated id names the earlier row where the file names its rows > an Excel file (CRLF) with a cell over two lines: the lines an editor shows",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a repeated id names the earlier row where the file names its rows > a JSON array: by item; the JSON output keeps the batch index",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a repeated id names the earlier row where the file names its rows > a People API page: by items[N]",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "a repeated id names the earlier row where the file names its rows > preview and reminders too",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "--format csv defuses formulas; json and ndjson keep values exact > plan: a cell that starts with = + - @ tab or CR gets a leading quote",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "--format csv defuses formulas; json and ndjson keep values exact > reminders: the same guard, and json exact",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "--format csv defuses formulas; json and ndjson keep values exact > is documented in --help",
    "file": "/work/main/test/cli/odd-files.test.ts"
  },
  {
    "name": "users shown by email > the table names a user by their email when it is known, by their id otherwise",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "users shown by email > JSON keeps userId and adds email right after it, only where it is known",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "users shown by email > NDJSON keeps userId and adds email, then the explanation",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "users shown by email > CSV keeps userId first and adds an email column last, empty where it is unknown",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "users shown by email > the helpers read an email only from a record that has one, and place it after userId",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "the column report of Control Hub’s export > says which columns are the id and the status, the free and paid services, and each ignored group with why",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "the column report of Control Hub’s export > says so when no column is a paid service, names columns with no value yet, and escapes what the file holds",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "the column report of Control Hub’s export > is in French with --lang fr",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "the column report of Control Hub’s export > the table prints it after the settings and before the users",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "the column report of Control Hub’s export > JSON ends with a columns field, the report as data",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "the column report of Control Hub’s export > CSV and NDJSON print it on standard error, keeping their output one user per row",
    "file": "/work/main/test/cli/output.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > json",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > ndjson",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > csv",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > crlfBomCsv",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > reads standard input given as -, and when piped with no file at all",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > keeps a CSV cell whole when it is quoted and holds commas, quotes and a line break",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > reads CSV columns in any order, follow-up history included",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > maps a People API page with a Licenses file through the Webex adapter",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > takes who was emailed from --journal, not from when a person was created",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > finds a conversion with --previous, the page as last seen",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every input format gives the plan planActivation gives > takes the org setting from the Webex setting response",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every output format > table: each user with outcome, trigger and explanation, then counts per kind",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every output format > table in French",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every output format > csv: a header, then one row per user, quoted where needed",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "every output format > ndjson: one decision per line, as decide returns it, plus its explanation",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "invalid rows > NDJSON: line number, field and reason on standard error; valid rows still printed; exit 1",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "invalid rows > CSV: the line the row starts on, even after a quoted cell spanning lines",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "invalid rows > JSON array: the item index, as in the plan",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "--sample > plans the bundled sample org: every rule row, both triggers",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "--sample > with auto-send on, nothing is manual",
    "file": "/work/main/test/cli/plan.test.ts"
  },
  {
    "name": "preview > --format json prints the object previewSettingsChange returns",
    "file": "/work/main/test/cli/preview.test.ts"
  },
  {
    "name": "preview > table: the changes with the new outcome explained, the advisories, the counts before and after",
    "file": "/work/main/test/cli/preview.test.ts"
  },
  {
    "name": "preview > turning it back on, in French",
    "file": "/work/main/test/cli/preview.test.ts"
  },
  {
    "name": "preview > no change in the setting: no changes, no advisories",
    "file": "/work/main/test/cli/preview.test.ts"
  },
  {
    "name": "preview > invalid rows: reported with their line, exit code 1",
    "file": "/work/main/test/cli/preview.test.ts"
  },
  {
    "name": "the README's onboarding loop, on the bundled sample > plans, sends 17 emails, finds the reminders due a week later and sends only those, never twice",
    "file": "/work/main/test/cli/readme-loop.test.ts"
  },
  {
    "name": "README.md and docs/cli.md > the opening excerpt is what npm start -- plan --sample --auto-send off prints",
    "file": "/work/main/test/cli/readme.test.ts"
  },
  {
    "name": "README.md and docs/cli.md > the preview excerpt",
    "file": "/work/main/test/cli/readme.test.ts"
  },
  {
    "name": "README.md and docs/cli.md > the bad-rows example",
    "file": "/work/main/test/cli/readme.test.ts"
  },
  {
    "name": "README.md and docs/cli.md > the check-email example",
    "file": "/work/main/test/cli/readme.test.ts"
  },
  {
    "name": "docs/refused-input.md, on the command line > a CSV header without invitedAt: refused with exit 2, naming the column",
    "file": "/work/main/test/cli/readme.test.ts"
  },
  {
    "name": "docs/refused-input.md, on the command line > a file that is not text: refused with exit 2, in one line with no control character",
    "file": "/work/main/test/cli/readme.test.ts"
  },
  {
    "name": "docs/refused-input.md, on the command line > --format csv writes a formula-like id with a quote in front; json keeps it exact",
    "file": "/work/main/test/cli/readme.test.ts"
  },
  {
    "name": "docs/cli.md, the onboarding journal > prints what the page shows, command after command",
    "file": "/work/main/test/cli/record-docs.test.ts"
  },
  {
    "name": "record killed with SIGKILL while writing > leaves whole lines, no duplicate, and a rerun completes the journal exactly",
    "file": "/work/main/test/cli/record-kill.test.ts"
  },
  {
    "name": "an --at ahead of the clock > is recorded, with a note to a person at a terminal",
    "file": "/work/main/test/cli/record-terminal.test.ts"
  },
  {
    "name": "an --at ahead of the clock > no note for a script, nor for a minute of drift between clocks",
    "file": "/work/main/test/cli/record-terminal.test.ts"
  },
  {
    "name": "record from the command line > creates the journal and appends one line per user, in order, and says how many",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record from the command line > appends nothing already there (the same user, email and instant, whatever the offset), and says so",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record from the command line > records an id given twice once",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record from the command line > without --at, the instant is the clock, to the second, in UTC",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record from the command line > a reminder to a user whose activation email the journal lacks is recorded, with a note saying to record that email too",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record from the command line > speaks French with --lang fr",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "the journal on disk > a last line cut short by a crash is removed, said on standard error, and its user recorded again",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "the journal on disk > a whole last line without its newline keeps its place: the new line goes after it",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "the journal on disk > a bad line in the journal stops the command, naming the file and the line, and leaves the file as it was",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "the journal on disk > a missing folder is not created: exit 2, naming it",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record --ids > a plain list, one id per line, blank lines and CRLF allowed, from a file or standard input",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record --ids > what plan printed, picked with --kind > plan --format ndjson: by outcome, by outcome and trigger, several kinds",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record --ids > what plan printed, picked with --kind > plan --format csv: by outcome, by outcome and trigger, several kinds",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record --ids > what plan printed, picked with --kind > plan --format json: by outcome, by outcome and trigger, several kinds",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record --ids > what reminders --format csv printed, picked with --due",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record --ids > what reminders --format json printed, picked with --due",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record --ids > nobody picked is nothing to record: exit 0, the file created empty",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > no --journal",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > no --email",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > a bad --email",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > a bad --at",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > an impossible --at",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > no users",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > ids and --ids",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > --kind without --ids",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > --due without --ids",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > an unknown --kind",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > --kind on a plain list",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > plan output without --kind",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > --due on plan output",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > --kind on reminders output",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > reminders output without --due",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > --due with --email activation",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > a users file given to --ids",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > a snapshot line given to --ids",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > a plan line without userId",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > the journal given to --ids",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > --journal -",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > a missing --ids file",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "usage errors: exit 2, the flag named, nothing written > an unknown flag",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "record --help > is listed in the program help, and every example of its help runs as printed",
    "file": "/work/main/test/cli/record.test.ts"
  },
  {
    "name": "last week's file with today's date > lists who to remind today, who later and who to escalate, as planReminders does",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "last week's file with today's date > prints the example of docs/reminders.md exactly",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "last week's file with today's date > table: a section per status with its explanation, then the counts; no colour in a pipe",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "last week's file with today's date > in French, every reminder status explained",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "last week's file with today's date > csv: a row per inactive user with its status",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "last week's file with today's date > with automatic emails on (the default), nothing to follow up by hand",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "last week's file with today's date > reads standard input, NDJSON with the history as JSON fields",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "--cadence > takes any of first, every and max, in any order",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "--cadence > refuses often=3 with a usage error",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "--cadence > refuses every with a usage error",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "--cadence > refuses every=7,every=8 with a usage error",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "--cadence > refuses every=-1 with a usage error",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "--cadence > refuses max=1.5 with a usage error",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "--cadence > refuses first=4000 with a usage error",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "usage > [] is a usage error, before anything is read",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "usage > [\"--now\",\"2026-11-29\"] is a usage error, before anything is read",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "usage > [\"--now\",\"2026-11-29T09:00:00\"] is a usage error, before anything is read",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "usage > [\"--now\",\"2026-11-29T09:00:00+01:00\",\"--format\",\"xml\"] is a usage error, before anything is read",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "usage > [\"--now\",\"2026-11-29T09:00:00+01:00\",\"--auto-send\",\"maybe\"] is a usage error, before anything is read",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "usage > is listed in the program help, and its help shows runnable examples",
    "file": "/work/main/test/cli/reminders.test.ts"
  },
  {
    "name": "reading a batch at a time > the input spans several pieces of a chunk",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "reading a batch at a time > csv in chunks of 5 characters: the records a whole-text read gives, in several batches",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "reading a batch at a time > csv in chunks of 4093 characters: the records a whole-text read gives, in several batches",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "reading a batch at a time > csv in chunks of 262144 characters: the records a whole-text read gives, in several batches",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "reading a batch at a time > csv: the records one at a time are the batches' records",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "reading a batch at a time > ndjson in chunks of 5 characters: the records a whole-text read gives, in several batches",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "reading a batch at a time > ndjson in chunks of 4093 characters: the records a whole-text read gives, in several batches",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "reading a batch at a time > ndjson in chunks of 262144 characters: the records a whole-text read gives, in several batches",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "reading a batch at a time > ndjson: the records one at a time are the batches' records",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "reading a batch at a time > decides each batch as decideRecords decides one record at a time, with a journal and without",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "reading a batch at a time > a read error comes after every record read before it is decided",
    "file": "/work/main/test/cli/speed-batches.test.ts"
  },
  {
    "name": "FastInputDecoder > gives what InputDecoder gives, chunk for chunk, on any bytes cut anywhere",
    "file": "/work/main/test/cli/speed-decoder.test.ts"
  },
  {
    "name": "FastInputDecoder > reads the cases that matter alike: byte order marks, UTF-16, cut characters, NUL, bad bytes",
    "file": "/work/main/test/cli/speed-decoder.test.ts"
  },
  {
    "name": "the program help without the commands > lists the commands of COMMANDS, in their order, with their summaries",
    "file": "/work/main/test/cli/speed-help.test.ts"
  },
  {
    "name": "the program help without the commands > the built program prints for each way of asking what run prints, with exit code 0",
    "file": "/work/main/test/cli/speed-help.test.ts"
  },
  {
    "name": "the csv output of many decisions > explains each variant of a rule once, however the variants alternate",
    "file": "/work/main/test/cli/speed-output.test.ts"
  },
  {
    "name": "the csv output of many decisions > writes each row as a sink that explains every decision afresh writes it",
    "file": "/work/main/test/cli/speed-output.test.ts"
  },
  {
    "name": "the writer > writes the bytes Buffer.from gives, for 5 UTF-16 units written at once",
    "file": "/work/main/test/cli/speed-output.test.ts"
  },
  {
    "name": "the writer > writes the bytes Buffer.from gives, for 4097 UTF-16 units written at once",
    "file": "/work/main/test/cli/speed-output.test.ts"
  },
  {
    "name": "the writer > writes the bytes Buffer.from gives, for 70004 UTF-16 units written at once",
    "file": "/work/main/test/cli/speed-output.test.ts"
  },
  {
    "name": "the writer > writes the bytes Buffer.from gives, for 200002 UTF-16 units written at once",
    "file": "/work/main/test/cli/speed-output.test.ts"
  },
  {
    "name": "the writer > writes a big batch as bytes it encoded, exactly as long as they are",
    "file": "/work/main/test/cli/speed-output.test.ts"
  },
  {
    "name": "the writer > writes rows pushed one by one as the same text, in order",
    "file": "/work/main/test/cli/speed-output.test.ts"
  },
  {
    "name": "the start of the built command line > reads static imports and leaves import() calls",
    "file": "/work/main/test/cli/speed-start.test.ts"
  },
  {
    "name": "the start of the built command line > loads neither csv-parse, nor nodemailer, nor node:crypto or node:net before it runs",
    "file": "/work/main/test/cli/speed-start.test.ts"
  },
  {
    "name": "a piped 100,000-line NDJSON input > is planned in full, in order, with the broken lines reported by number",
    "file": "/work/main/test/cli/streaming.test.ts"
  },
  {
    "name": "a piped 100,000-line NDJSON input > streams the CSV output row by row, one per valid user",
    "file": "/work/main/test/cli/streaming.test.ts"
  },
  {
    "name": "a reader that stops early (| head) > ends quietly with exit code 0 once the pipe closes, without reading the rest",
    "file": "/work/main/test/cli/streaming.test.ts"
  },
  {
    "name": "colour > colours the outcomes on a terminal, and still prints every outcome as text",
    "file": "/work/main/test/cli/terminal.test.ts"
  },
  {
    "name": "colour > never when NO_COLOR is set, even on a terminal",
    "file": "/work/main/test/cli/terminal.test.ts"
  },
  {
    "name": "colour > an empty NO_COLOR does not count as set (no-color.org)",
    "file": "/work/main/test/cli/terminal.test.ts"
  },
  {
    "name": "colour > never when piped",
    "file": "/work/main/test/cli/terminal.test.ts"
  },
  {
    "name": "progress > redraws a progress line on standard error when it is a terminal, and erases it at the end",
    "file": "/work/main/test/cli/terminal.test.ts"
  },
  {
    "name": "progress > writes nothing on standard error when it is not a terminal",
    "file": "/work/main/test/cli/terminal.test.ts"
  },
  {
    "name": "progress > keeps invalid-row reports on lines of their own between redraws",
    "file": "/work/main/test/cli/terminal.test.ts"
  },
  {
    "name": "input from a terminal > with no file and nothing piped in, asks for an input instead of waiting on the keyboard",
    "file": "/work/main/test/cli/terminal.test.ts"
  },
  {
    "name": "--help and --version > --version prints the package version",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "--help and --version > --help lists every command; no arguments does the same",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "--help and --version > plan --help: usage, options and runnable examples",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "--help and --version > preview --help: usage, options and runnable examples",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "--help and --version > check-email --help: usage, options and runnable examples",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "--help and --version > the first example of plan --help runs as printed",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > an unknown flag",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > an unknown command",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > an unknown top-level flag",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > a bad --auto-send value",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > a bad --format",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > a bad --lang",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > a missing file",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > a directory",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > two inputs",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > a file and --sample",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > --licenses without a People page",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > preview without --to",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > check-email without a draft",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > an input that is none of the formats, or a CSV with an unknown column",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > a one-line object without items is an NDJSON line, reported as an invalid user",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "usage errors: exit code 2, one line, a pointer to --help > no input at all, with nothing piped in, asks for one (stdin is not a terminal here, so - is read)",
    "file": "/work/main/test/cli/usage.test.ts"
  },
  {
    "name": "the built compose entry > works by name with import",
    "file": "/work/main/test/compose/built-entry.test.ts"
  },
  {
    "name": "the built compose entry > works by name with require",
    "file": "/work/main/test/compose/built-entry.test.ts"
  },
  {
    "name": "the built compose entry > imports the main entry instead of carrying a copy, and no Node built-in or dependency",
    "file": "/work/main/test/compose/built-entry.test.ts"
  },
  {
    "name": "composeManualEmail: the email > writes the English activation email, item by item, in the order a reader needs them",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the email > writes the same content as an HTML document, values escaped, links live",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the email > writes French with the seed's terms and typography",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the email > says a reminder is a reminder, in its subject and its first line, in both languages",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the email > greets without a name when there is none, or only a blank one",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the email > reads defaults from an empty options object as from none",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the email > keeps a text value's lines, as `\\n` in the text and `<br>` in the HTML, and drops other control characters",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the email > shows and links every link in its normalized form",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the PMR link, per user > fills {email} and {localPart} in the draft's link, URL-encoded",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the PMR link, per user > uses a draft link with no placeholder as it is, for everyone",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the PMR link, per user > prefers the recipient's own link, which also lets the draft go without one",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the PMR link, per user > leaves the section out without Meetings and without a link, and keeps a link given anyway",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: the PMR link, per user > refuses a draft link that is no https: link once filled in, on draft.pmrLink",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a draft without rollout-plan, on draft.rolloutPlan, with checkManualEmail's words",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a draft without app-value, on draft.appValue, with checkManualEmail's words",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a draft without pmr-link, on draft.pmrLink, with checkManualEmail's words",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a draft without support-links, on draft.supportLinks, with checkManualEmail's words",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a draft without training-links, on draft.trainingLinks, with checkManualEmail's words",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a draft without user-portal-link, on draft.userPortalLink, with checkManualEmail's words",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a draft without activation-instructions, on draft.activationInstructions, with checkManualEmail's words",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a draft with an unusable item, every one listed at once",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a text of control characters alone, as blank, since nothing of it would show",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a draft that is not an object, on draft",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"ana@acme.example, eve@evil.example\" (a second recipient after a comma), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"ana@acme.example\\r\\nBcc: eve@evil.example\" (a header after a line break), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"Ana <ana@acme.example>\" (a display name), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"\\\"ana\\\"@acme.example\" (a quoted local part), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"ana@acme.example;eve@evil.example\" (a list after a semicolon), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"team:ana@acme.example;\" (a group), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"ana@@acme.example\" (two @), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"ana.acme.example\" (no @), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"@acme.example\" (no local part), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"ana@\" (no domain), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \" ana@acme.example\" (a space), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"ana@acme.example\\u0000\" (a control character), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"ana@acme‮.example\" (a bidi override), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"ana​@acme.example\" (a zero-width space), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"ana@acme.\\ud800example\" (a lone surrogate), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b.example\" (more than 254 characters), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > an email address with \"\" (nothing), on recipient.email",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > accepts the addresses an org uses: dots, plus, apostrophe, hyphen, digits, non-ASCII",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > a bad name, a bad link, a recipient that is not an object, each on its own path",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > the recipient and the draft together, in French when asked",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > bad options, on options.<key>, with the values allowed",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: what it refuses > is the same PolicyInputError class as the main entry's",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: hostile reads > names a draft field whose read throws, and reads nothing it was not asked for",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: hostile reads > writes from the values it checked, even when a getter changes its answer",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: hostile reads > refuses a list whose second reading throws or differs, on its field, and never throws anything else",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: hostile reads > ignores inherited fields: a polluted prototype adds nothing",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: hostile reads > names a recipient field whose read throws",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: hostile reads > works on frozen inputs and changes none",
    "file": "/work/main/test/compose/compose-manual-email.test.ts"
  },
  {
    "name": "composeManualEmail: properties > writes every checklist item in both the text and the HTML, for both languages and both emails",
    "file": "/work/main/test/compose/properties.test.ts"
  },
  {
    "name": "composeManualEmail: properties > writes no markup and no link but its own: every value escaped, the anchors exactly the checked links",
    "file": "/work/main/test/compose/properties.test.ts"
  },
  {
    "name": "composeManualEmail: properties > never lets a line break reach `to` or `subject`, whatever the recipient holds",
    "file": "/work/main/test/compose/properties.test.ts"
  },
  {
    "name": "composeManualEmail: properties > refuses an address with anything that could name a second recipient or add a header, on recipient.email",
    "file": "/work/main/test/compose/properties.test.ts"
  },
  {
    "name": "composeManualEmail: properties > refuses a draft that lacks any required item, naming each one on draft.<field>",
    "file": "/work/main/test/compose/properties.test.ts"
  },
  {
    "name": "composeManualEmail: properties > is pure: the same input gives the same email",
    "file": "/work/main/test/compose/properties.test.ts"
  },
  {
    "name": "the email words > hold the same keys in both languages, a heading for every checklist item",
    "file": "/work/main/test/compose/words.test.ts"
  },
  {
    "name": "the email words > French: the seed's terms, never courriel, relance or e-mail",
    "file": "/work/main/test/compose/words.test.ts"
  },
  {
    "name": "the email words > French: a no-break space before every colon and semicolon, never a plain one",
    "file": "/work/main/test/compose/words.test.ts"
  },
  {
    "name": "the email words > English: no French, no doubled or no-break space; the terms the article uses",
    "file": "/work/main/test/compose/words.test.ts"
  },
  {
    "name": "the email words > greets with or without a name, and says a reminder is one",
    "file": "/work/main/test/compose/words.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > finds the typed entries",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > TypeDoc documents .",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > TypeDoc documents ./webex",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > TypeDoc documents ./formats",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > TypeDoc documents ./journal",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > TypeDoc documents ./compose",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > TypeDoc documents ./testing",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > an API report is committed for .",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > an API report is committed for ./webex",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > an API report is committed for ./formats",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > an API report is committed for ./journal",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > an API report is committed for ./compose",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > an API report is committed for ./testing",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "API site and API report cover every typed entry > npm test checks the report after the build, and the site is not committed",
    "file": "/work/main/test/docs/api-tooling.test.ts"
  },
  {
    "name": "every @example in the source type-checks > reports a type error in an example",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/compose/compose-manual-email.ts › COMPOSED_EMAIL_KINDS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/compose/compose-manual-email.ts › ComposedEmailKind",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/compose/compose-manual-email.ts › ComposeOptions",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/compose/compose-manual-email.ts › ComposedEmail",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/compose/compose-manual-email.ts › composeManualEmail",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/compose/recipient.ts › ManualEmailRecipient",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › CONTROL_HUB_ID_COLUMN",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › CONTROL_HUB_STATUS_COLUMN",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › DEFAULT_FREE_SERVICES",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › DEFAULT_ENTITLEMENT_COLUMNS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › DEFAULT_TEXT_COLUMNS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › ControlHubStatus",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › DEFAULT_CONTROL_HUB_STATUSES",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › ControlHubOptions",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › IgnoredColumnReason",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › IgnoredColumn",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › ControlHubColumns",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › ControlHubHeader",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › isControlHubHeader",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › ControlHubRows",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › readControlHubHeader",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/control-hub.ts › controlHubLicenses",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/csv.ts › CsvColumn",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/csv.ts › CSV_DECISION_COLUMNS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/csv.ts › CsvHeader",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/csv.ts › readCsvHeader",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/csv.ts › CSV_PARSE_OPTIONS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/csv.ts › recordFromCsvRow",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/csv.ts › CsvLines",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/csv.ts › malformedCsvRow",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/csv.ts › missingCsvHeader",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/decode.ts › DecodedText",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/decode.ts › InputDecoder",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/decode.ts › decodeText",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/escape.ts › escapeControlCharacters",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/input-format.ts › INPUT_FORMATS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/input-format.ts › InputFormat",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/input-format.ts › DetectedFormat",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/input-format.ts › stripBom",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/input-format.ts › firstContentLine",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/input-format.ts › detectInputFormat",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/read-text.ts › TextInput",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/read-text.ts › TextOptions",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/read-text.ts › readUsersFromText",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/records.ts › SourceLocation",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/records.ts › describeLocation",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/records.ts › describeIssue",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/records.ts › duplicateIssue",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/records.ts › SourceRecord",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/records.ts › recordFromNdjsonLine",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/records.ts › JsonDocument",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/records.ts › readJsonDocument",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/records.ts › MappedPeople",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/records.ts › recordsFromWebexPeople",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/sample-org.ts › SAMPLE_USERS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/sample-org.ts › SAMPLE_ORG_NAME",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/words.ts › CLI_WORDS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/formats/words.ts › PAGE_WORDS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/email-address.ts › isEmailAddress",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/fields.ts › MAX_CADENCE_DAYS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/fields.ts › JOURNAL_EMAILS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/fields.ts › JOURNAL_STATUSES",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/instant.ts › INSTANT_PATTERN",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/instant.ts › parseInstant",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/issue.ts › Issue",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/issue.ts › ParseResult",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/issue.ts › formatPath",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/org-settings.ts › OrgSettings",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/org-settings.ts › ResolvedOrgSettings",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/org-settings.ts › DEFAULT_ORG_SETTINGS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/org-settings.ts › ORG_SETTINGS_KEYS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/org-settings.ts › parseOrgSettings",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/policy-input-error.ts › PolicyInputError",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/user-snapshot.ts › License",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/user-snapshot.ts › UserSnapshot",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/user-snapshot.ts › USER_SNAPSHOT_KEYS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/input/user-snapshot.ts › parseUserSnapshot",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/entry.ts › JournalEmail",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/entry.ts › JournalStatus",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/entry.ts › JournalEntry",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/entry.ts › JOURNAL_ENTRY_KEYS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/entry.ts › parseJournalEntry",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/entry.ts › formatJournalEntry",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/history.ts › UserHistory",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/history.ts › historyFromJournal",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/history.ts › withHistory",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/read-journal.ts › JournalLine",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/read-journal.ts › JournalRead",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/read-journal.ts › readJournal",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/journal/uncertain-sends.ts › uncertainSends",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/manual-email/check-manual-email.ts › ManualEmailProblem",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/manual-email/check-manual-email.ts › ManualEmailCheck",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/manual-email/check-manual-email.ts › ManualEmailDraft",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/manual-email/check-manual-email.ts › checkManualEmail",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/manual-email/checklist.ts › MANUAL_EMAIL_DRAFT_FIELDS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/catalog.ts › LOCALES",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/catalog.ts › Locale",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/en.ts › library",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/en.ts › cli",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/en.ts › page",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/en.ts › email",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/explain.ts › resolveLocale",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/explain.ts › explain",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/explain.ts › explainAdvisory",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/fr.ts › library",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/fr.ts › cli",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/fr.ts › page",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/messages/fr.ts › email",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/planning/decide-each.ts › DecidedItem",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/planning/decide-each.ts › decideEach",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/planning/plan-activation.ts › InvalidItem",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/planning/plan-activation.ts › ActivationPlan",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/planning/plan-activation.ts › planActivation",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/checklist.ts › MANUAL_EMAIL_ITEMS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/checklist.ts › ManualEmailItem",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/checklist.ts › requiredManualEmailItems",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/decide.ts › decide",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/decision.ts › AutoSendDecision",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/decision.ts › SkipFreeDecision",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/decision.ts › NotifyConversionDecision",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/decision.ts › ReminderEligibleDecision",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/decision.ts › NoActionDecision",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/decision.ts › ManualRequiredDecision",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/decision.ts › Decision",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/decision.ts › DecisionOfKind",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/outcomes.ts › OUTCOME_KINDS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/outcomes.ts › OutcomeKind",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/outcomes.ts › MANUAL_TRIGGERS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/outcomes.ts › ManualTrigger",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/outcomes.ts › REASON_CODES",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/outcomes.ts › ReasonCode",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/policy-version.ts › POLICY_VERSION",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/rules.ts › RuleFacts",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/rules.ts › RULES",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/rules.ts › Rule",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/policy/rules.ts › RuleId",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/preview/advisories.ts › ADVISORY_CODES",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/preview/advisories.ts › AdvisoryCode",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/preview/preview-settings-change.ts › KindChange",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/preview/preview-settings-change.ts › KindCounts",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/preview/preview-settings-change.ts › SettingsChangePreview",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/preview/preview-settings-change.ts › previewSettingsChange",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/cadence.ts › ReminderCadence",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/cadence.ts › ResolvedReminderCadence",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/cadence.ts › DEFAULT_REMINDER_CADENCE",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/cadence.ts › REMINDER_CADENCE_KEYS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/cadence.ts › parseReminderCadence",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/explain-reminder.ts › explainReminder",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/plan-reminders.ts › REMINDER_STATUSES",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/plan-reminders.ts › ReminderStatus",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/plan-reminders.ts › MIN_HOURS_BETWEEN_EMAILS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/plan-reminders.ts › ReminderOptions",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/plan-reminders.ts › DueReminder",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/plan-reminders.ts › UpcomingReminder",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/plan-reminders.ts › ExhaustedReminder",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/plan-reminders.ts › ReminderCounts",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/plan-reminders.ts › ReminderPlan",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/reminders/plan-reminders.ts › planReminders",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/schema/standard-schema-v1.ts › StandardSchemaV1",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/schema/standard-schema.ts › PolicyStandardSchema",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/schema/standard-schema.ts › PolicyStandardSchemaProps",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/schema/standard-schema.ts › userSnapshotSchema",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/schema/standard-schema.ts › orgSettingsSchema",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/arbitraries.ts › DecisionInput",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/arbitraries.ts › DecisionInputOptions",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/arbitraries.ts › arbInstant",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/arbitraries.ts › arbUserId",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/arbitraries.ts › arbOrgSettings",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/arbitraries.ts › arbUserSnapshot",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/arbitraries.ts › arbDecisionInput",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/builders.ts › USER_SNAPSHOT_DEFAULTS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/builders.ts › ORG_SETTINGS_DEFAULTS",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/builders.ts › BuiltUserSnapshot",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/builders.ts › BuiltOrgSettings",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/builders.ts › userSnapshot",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/builders.ts › orgSettings",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/invalid-user-snapshot.ts › SnapshotFlaw",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/invalid-user-snapshot.ts › InvalidUserSnapshot",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/testing/invalid-user-snapshot.ts › arbInvalidUserSnapshot",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/classify-license.ts › FREE_LICENSE_NAMES",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/classify-license.ts › classifyWebexLicense",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/license-type.ts › FREE_LICENSE_TYPES",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/license-type.ts › FreeLicenseType",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/license-type.ts › licenseTypeCode",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/license-type.ts › isFreeLicenseType",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/org-settings-from-webex.ts › WEBEX_ACTIVATION_EMAIL_SETTING_KEY",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/org-settings-from-webex.ts › WebexOrgSetting",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/org-settings-from-webex.ts › WebexOrgSettingsExtra",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/org-settings-from-webex.ts › orgSettingsFromWebex",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/snapshot-from-person.ts › snapshotFromWebexPerson",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/snapshots-from-people.ts › snapshotsFromWebexPeople",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › WebexFlag",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › WebexPerson",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › WebexLicense",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › WebexLicenseList",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › WebexPeopleList",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › IsPaidLicense",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › WebexPersonHistory",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › WebexPersonOptions",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › WebexPeopleHistory",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › WebexPeopleOptions",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source type-checks > src/webex/types.ts › WebexPeopleSnapshots",
    "file": "/work/main/test/docs/examples-typecheck.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > finds the examples",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/compose/compose-manual-email.ts › COMPOSED_EMAIL_KINDS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/compose/compose-manual-email.ts › ComposedEmailKind",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/compose/compose-manual-email.ts › ComposeOptions",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/compose/compose-manual-email.ts › ComposedEmail",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/compose/compose-manual-email.ts › composeManualEmail",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/compose/recipient.ts › ManualEmailRecipient",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › CONTROL_HUB_ID_COLUMN",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › CONTROL_HUB_STATUS_COLUMN",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › DEFAULT_FREE_SERVICES",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › DEFAULT_ENTITLEMENT_COLUMNS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › DEFAULT_TEXT_COLUMNS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › ControlHubStatus",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › DEFAULT_CONTROL_HUB_STATUSES",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › ControlHubOptions",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › IgnoredColumnReason",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › IgnoredColumn",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › ControlHubColumns",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › ControlHubHeader",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › isControlHubHeader",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › ControlHubRows",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › readControlHubHeader",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/control-hub.ts › controlHubLicenses",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/csv.ts › CsvColumn",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/csv.ts › CSV_DECISION_COLUMNS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/csv.ts › CsvHeader",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/csv.ts › readCsvHeader",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/csv.ts › CSV_PARSE_OPTIONS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/csv.ts › recordFromCsvRow",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/csv.ts › CsvLines",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/csv.ts › malformedCsvRow",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/csv.ts › missingCsvHeader",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/decode.ts › DecodedText",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/decode.ts › InputDecoder",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/decode.ts › decodeText",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/escape.ts › escapeControlCharacters",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/input-format.ts › INPUT_FORMATS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/input-format.ts › InputFormat",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/input-format.ts › DetectedFormat",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/input-format.ts › stripBom",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/input-format.ts › firstContentLine",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/input-format.ts › detectInputFormat",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/read-text.ts › TextInput",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/read-text.ts › TextOptions",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/read-text.ts › readUsersFromText",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/records.ts › SourceLocation",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/records.ts › describeLocation",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/records.ts › describeIssue",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/records.ts › duplicateIssue",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/records.ts › SourceRecord",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/records.ts › recordFromNdjsonLine",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/records.ts › JsonDocument",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/records.ts › readJsonDocument",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/records.ts › MappedPeople",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/records.ts › recordsFromWebexPeople",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/sample-org.ts › SAMPLE_USERS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/sample-org.ts › SAMPLE_ORG_NAME",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/words.ts › CLI_WORDS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/formats/words.ts › PAGE_WORDS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/email-address.ts › isEmailAddress",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/fields.ts › MAX_CADENCE_DAYS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/fields.ts › JOURNAL_EMAILS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/fields.ts › JOURNAL_STATUSES",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/instant.ts › INSTANT_PATTERN",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/instant.ts › parseInstant",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/issue.ts › Issue",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/issue.ts › ParseResult",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/issue.ts › formatPath",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/org-settings.ts › OrgSettings",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/org-settings.ts › ResolvedOrgSettings",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/org-settings.ts › DEFAULT_ORG_SETTINGS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/org-settings.ts › ORG_SETTINGS_KEYS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/org-settings.ts › parseOrgSettings",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/policy-input-error.ts › PolicyInputError",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/user-snapshot.ts › License",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/user-snapshot.ts › UserSnapshot",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/user-snapshot.ts › USER_SNAPSHOT_KEYS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/input/user-snapshot.ts › parseUserSnapshot",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/entry.ts › JournalEmail",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/entry.ts › JournalStatus",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/entry.ts › JournalEntry",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/entry.ts › JOURNAL_ENTRY_KEYS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/entry.ts › parseJournalEntry",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/entry.ts › formatJournalEntry",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/history.ts › UserHistory",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/history.ts › historyFromJournal",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/history.ts › withHistory",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/read-journal.ts › JournalLine",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/read-journal.ts › JournalRead",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/read-journal.ts › readJournal",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/journal/uncertain-sends.ts › uncertainSends",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/manual-email/check-manual-email.ts › ManualEmailProblem",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/manual-email/check-manual-email.ts › ManualEmailCheck",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/manual-email/check-manual-email.ts › ManualEmailDraft",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/manual-email/check-manual-email.ts › checkManualEmail",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/manual-email/checklist.ts › MANUAL_EMAIL_DRAFT_FIELDS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/catalog.ts › LOCALES",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/catalog.ts › Locale",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/en.ts › library",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/en.ts › cli",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/en.ts › page",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/en.ts › email",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/explain.ts › resolveLocale",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/explain.ts › explain",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/explain.ts › explainAdvisory",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/fr.ts › library",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/fr.ts › cli",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/fr.ts › page",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/messages/fr.ts › email",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/planning/decide-each.ts › DecidedItem",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/planning/decide-each.ts › decideEach",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/planning/plan-activation.ts › InvalidItem",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/planning/plan-activation.ts › ActivationPlan",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/planning/plan-activation.ts › planActivation",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/checklist.ts › MANUAL_EMAIL_ITEMS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/checklist.ts › ManualEmailItem",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/checklist.ts › requiredManualEmailItems",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/decide.ts › decide",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/decision.ts › AutoSendDecision",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/decision.ts › SkipFreeDecision",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/decision.ts › NotifyConversionDecision",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/decision.ts › ReminderEligibleDecision",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/decision.ts › NoActionDecision",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/decision.ts › ManualRequiredDecision",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/decision.ts › Decision",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/decision.ts › DecisionOfKind",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/outcomes.ts › OUTCOME_KINDS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/outcomes.ts › OutcomeKind",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/outcomes.ts › MANUAL_TRIGGERS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/outcomes.ts › ManualTrigger",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/outcomes.ts › REASON_CODES",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/outcomes.ts › ReasonCode",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/policy-version.ts › POLICY_VERSION",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/rules.ts › RuleFacts",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/rules.ts › RULES",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/rules.ts › Rule",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/policy/rules.ts › RuleId",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/preview/advisories.ts › ADVISORY_CODES",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/preview/advisories.ts › AdvisoryCode",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/preview/preview-settings-change.ts › KindChange",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/preview/preview-settings-change.ts › KindCounts",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/preview/preview-settings-change.ts › SettingsChangePreview",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/preview/preview-settings-change.ts › previewSettingsChange",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/cadence.ts › ReminderCadence",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/cadence.ts › ResolvedReminderCadence",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/cadence.ts › DEFAULT_REMINDER_CADENCE",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/cadence.ts › REMINDER_CADENCE_KEYS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/cadence.ts › parseReminderCadence",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/explain-reminder.ts › explainReminder",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/plan-reminders.ts › REMINDER_STATUSES",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/plan-reminders.ts › ReminderStatus",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/plan-reminders.ts › MIN_HOURS_BETWEEN_EMAILS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/plan-reminders.ts › ReminderOptions",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/plan-reminders.ts › DueReminder",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/plan-reminders.ts › UpcomingReminder",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/plan-reminders.ts › ExhaustedReminder",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/plan-reminders.ts › ReminderCounts",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/plan-reminders.ts › ReminderPlan",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/reminders/plan-reminders.ts › planReminders",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/schema/standard-schema-v1.ts › StandardSchemaV1",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/schema/standard-schema.ts › PolicyStandardSchema",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/schema/standard-schema.ts › PolicyStandardSchemaProps",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/schema/standard-schema.ts › userSnapshotSchema",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/schema/standard-schema.ts › orgSettingsSchema",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/arbitraries.ts › DecisionInput",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/arbitraries.ts › DecisionInputOptions",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/arbitraries.ts › arbInstant",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/arbitraries.ts › arbUserId",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/arbitraries.ts › arbOrgSettings",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/arbitraries.ts › arbUserSnapshot",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/arbitraries.ts › arbDecisionInput",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/builders.ts › USER_SNAPSHOT_DEFAULTS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/builders.ts › ORG_SETTINGS_DEFAULTS",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/builders.ts › BuiltUserSnapshot",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/builders.ts › BuiltOrgSettings",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/builders.ts › userSnapshot",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/builders.ts › orgSettings",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/invalid-user-snapshot.ts › SnapshotFlaw",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/invalid-user-snapshot.ts › InvalidUserSnapshot",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/testing/invalid-user-snapshot.ts › arbInvalidUserSnapshot",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/classify-license.ts › FREE_LICENSE_NAMES",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/classify-license.ts › classifyWebexLicense",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/license-type.ts › FREE_LICENSE_TYPES",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/license-type.ts › FreeLicenseType",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/license-type.ts › licenseTypeCode",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/license-type.ts › isFreeLicenseType",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/org-settings-from-webex.ts › WEBEX_ACTIVATION_EMAIL_SETTING_KEY",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/org-settings-from-webex.ts › WebexOrgSetting",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/org-settings-from-webex.ts › WebexOrgSettingsExtra",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/org-settings-from-webex.ts › orgSettingsFromWebex",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/snapshot-from-person.ts › snapshotFromWebexPerson",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/snapshots-from-people.ts › snapshotsFromWebexPeople",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › WebexFlag",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › WebexPerson",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › WebexLicense",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › WebexLicenseList",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › WebexPeopleList",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › IsPaidLicense",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › WebexPersonHistory",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › WebexPersonOptions",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › WebexPeopleHistory",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › WebexPeopleOptions",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "every @example in the source runs, and shows what it computes > src/webex/types.ts › WebexPeopleSnapshots",
    "file": "/work/main/test/docs/examples.test.ts"
  },
  {
    "name": "the doc example runner > reads single-line and multi-line //=> literals",
    "file": "/work/main/test/docs/extract-examples.test.ts"
  },
  {
    "name": "the doc example runner > runs a true example",
    "file": "/work/main/test/docs/extract-examples.test.ts"
  },
  {
    "name": "the doc example runner > fails an example whose shown result is false",
    "file": "/work/main/test/docs/extract-examples.test.ts"
  },
  {
    "name": "the doc example runner > compares deeply and strictly",
    "file": "/work/main/test/docs/extract-examples.test.ts"
  },
  {
    "name": "the doc example runner > fails an example whose //=> is never reached",
    "file": "/work/main/test/docs/extract-examples.test.ts"
  },
  {
    "name": "the doc example runner > fails an example that throws",
    "file": "/work/main/test/docs/extract-examples.test.ts"
  },
  {
    "name": "the doc example runner > refuses a //=> after something that is not an expression",
    "file": "/work/main/test/docs/extract-examples.test.ts"
  },
  {
    "name": "the doc example runner > puts the given names in scope and awaits promises when the example does",
    "file": "/work/main/test/docs/extract-examples.test.ts"
  },
  {
    "name": "links in README.md and docs/ > spells heading ids as GitHub does",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > finds links to check",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > README.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/cli.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/compose.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/ecosystem.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/evidence/mutation-survivors.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/evidence.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/formats.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/journal.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/library.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/performance.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/preview-page.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/refused-input.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/reminders.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/testing-kit.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/webex.md: every relative link leads to a file and a heading that exist",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > finds repository paths to check",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > README.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/cli.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/compose.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/ecosystem.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/evidence/mutation-survivors.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/evidence.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/formats.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/journal.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/library.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/performance.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/preview-page.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/refused-input.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/reminders.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/testing-kit.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "links in README.md and docs/ > docs/webex.md: every repository path it names in code exists",
    "file": "/work/main/test/docs/links.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > finds the pages and their examples",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > runs every block that shows no result somewhere else, or it is a declaration",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > README.md:114",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > README.md:141",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > README.md:162",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > README.md:178",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/compose.md:18",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/compose.md:74",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/compose.md:122",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/compose.md:157",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/compose.md:192",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/formats.md:29",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/formats.md:52",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/formats.md:109",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/journal.md:44",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/journal.md:70",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/journal.md:98",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/journal.md:129",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/journal.md:156",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/journal.md:185",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/library.md:50",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/library.md:71",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/library.md:108",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/library.md:152",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/library.md:188",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/refused-input.md:40",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/refused-input.md:76",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/refused-input.md:116",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/reminders.md:64",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/webex.md:47",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ > docs/webex.md:83",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > reports a type error in an example",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > README.md:114",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > README.md:141",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > README.md:162",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > README.md:178",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/compose.md:18",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/compose.md:74",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/compose.md:122",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/compose.md:157",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/compose.md:192",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/formats.md:29",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/formats.md:52",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/formats.md:109",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/journal.md:44",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/journal.md:70",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/journal.md:98",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/journal.md:129",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/journal.md:156",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/journal.md:185",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/library.md:50",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/library.md:71",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/library.md:108",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/library.md:152",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/library.md:188",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/refused-input.md:40",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/refused-input.md:76",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/refused-input.md:116",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/reminders.md:64",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/webex.md:47",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "the examples of the README and docs/ type-check as a user would paste them > docs/webex.md:83",
    "file": "/work/main/test/docs/markdown-examples.test.ts"
  },
  {
    "name": "PolicyInputError > writes each path the way a reader looks for it, after the subject",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "PolicyInputError > names what was invalid: the settings, the user snapshot, the users",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > null",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > undefined",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > gold",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > 7",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > true",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > 7n",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > Symbol(s)",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > () => \"paid\"",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > paid",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > { license: 'paid' }",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > states the rule of every snapshot field",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "what an issue says about the value it received > says when a field could not be read",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "settings > names what was invalid in a preview: the settings",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "settings > lists three known fields with commas and a final \"and\"",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "settings > names the known settings when a key is unknown",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "settings > reports settings whose keys cannot be listed on the root path",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "settings > treats a revoked proxy as not an object",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "snapshot edges > folds -0 reminders into 0",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "snapshot edges > reports a bad invitedAt once, without a second issue on a good lastEmailedAt",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "snapshot edges > accepts a last email at the very instant of the first, in another offset",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "snapshot edges > refuses a last email one millisecond before the first",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > refuses a number as users, on the root path",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > refuses a string as users, on the root path",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > refuses null as users, on the root path",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > refuses a plain object as users, on the root path",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > refuses an object whose iterator is not a function as users, on the root path",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > says when starting the iteration throws",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > names the index at which a sync source broke",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > names the index at which an async source broke, and when starting it throws",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > refuses an async source in planActivation, before reading it, pointing to decideEach",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > says a source it cannot even look at could not be iterated",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > names the index at which a sync source broke in decideEach too",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "batches: sources that are not lists, or break > decides an async source one item at a time, in order",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "explanations: what a bad code is called > names the locale, the decision and the advisory code, and lists the known codes",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "explanations: what a bad code is called > says a code could not be read when reading it throws",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "manual email edges > a missing item gets a sentence of its own that names its field",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "manual email edges > refuses a portal link that carries a user name, or only a password",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "manual email edges > reads a link with surrounding white space, but never an object that looks like a string",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "manual email edges > names what was invalid when the draft or the context is not usable",
    "file": "/work/main/test/evidence/edges.test.ts"
  },
  {
    "name": "the enumeration itself > covers the abstract space exactly once per spelling",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "decide agrees with the oracle on every case > kind, trigger, checklist, user id and version",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "decide agrees with the oracle on every case > names each of the five rows with its own rule id, the same in every case of the row",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "decide agrees with the oracle on every case > gives plain-JSON decisions with exactly the documented fields and known reasons",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "decide agrees with the oracle on every case > ignores the follow-up history (lastEmailedAt, remindersSent)",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 1. totality: one decision per valid pair; a bad field gets an error naming it",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 2. free is silent: a free user is skip-free under every setting and history",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 3. a conversion is never suppressed",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 4. the setting reaches only suppressible users, and only between the kinds it can move",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 5. off means nothing automatic",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 6. on (set or by default) means no manual work",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 7. the default is on: omitting the setting decides exactly like true",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 8. signing in ends onboarding for a paid user who is not converting",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 9. purity > same input, same output; in any order; inputs untouched; frozen inputs decide alike",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 9. purity > reads no clock and no randomness",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > planActivation, autoSend=true meetings=true",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > planActivation, autoSend=true meetings=false",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > planActivation, autoSend=true meetings=undefined",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > planActivation, autoSend=false meetings=true",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > planActivation, autoSend=false meetings=false",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > planActivation, autoSend=false meetings=undefined",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > planActivation, autoSend=undefined meetings=true",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > planActivation, autoSend=undefined meetings=false",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > planActivation, autoSend=undefined meetings=undefined",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > decideEach, autoSend=true meetings=true",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > decideEach, autoSend=true meetings=false",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > decideEach, autoSend=true meetings=undefined",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > decideEach, autoSend=false meetings=true",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > decideEach, autoSend=false meetings=false",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > decideEach, autoSend=false meetings=undefined",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > decideEach, autoSend=undefined meetings=true",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > decideEach, autoSend=undefined meetings=false",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "the ten invariants of DOMAIN.md, over every case > 10. a batch is the sum of its singles > decideEach, autoSend=undefined meetings=undefined",
    "file": "/work/main/test/evidence/exhaustive.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > finds the functions of every exported entry",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . decide: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . parseOrgSettings: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . parseUserSnapshot: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . parseInstant: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . decideEach: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . planActivation: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . requiredManualEmailItems: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . previewSettingsChange: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . checkManualEmail: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . explain: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . explainAdvisory: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . userSnapshotSchema['~standard'].validate: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . orgSettingsSchema['~standard'].validate: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . planReminders: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . parseReminderCadence: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > . explainReminder: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > ./webex snapshotFromWebexPerson: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > ./webex snapshotsFromWebexPeople: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > ./webex orgSettingsFromWebex: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > ./webex licenseTypeCode: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > ./webex isFreeLicenseType: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > ./webex classifyWebexLicense: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > ./testing userSnapshot: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > ./testing orgSettings: only PolicyInputError escapes; results and batches are well-formed; prototypes untouched",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > the contract itself fails a decide that disagrees with the oracle on an input it accepted",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "every public function keeps the contract on arbitrary input > the contract itself fails a batch that reads a broken iterable past the breach, and draws such iterables",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "near misses are rejected, naming the field; valid snapshots decide as the oracle says > a snapshot with one field a little wrong",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "near misses are rejected, naming the field; valid snapshots decide as the oracle says > settings with one field a little wrong",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "near misses are rejected, naming the field; valid snapshots decide as the oracle says > valid snapshots, extra fields and all, decide as the oracle says",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "prototype pollution through parsed JSON > leaves the prototypes alone and keeps the keys out of every result",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "prototype pollution through parsed JSON > a snapshot whose top-level __proto__ comes from JSON.parse decides from its own fields only",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > a getter that throws on id is an issue on that field, and the rest is still checked",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > a getter that throws on license is an issue on that field, and the rest is still checked",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > a getter that throws on previousLicense is an issue on that field, and the rest is still checked",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > a getter that throws on hasSignedIn is an issue on that field, and the rest is still checked",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > a getter that throws on invitedAt is an issue on that field, and the rest is still checked",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > a getter that throws on lastEmailedAt is an issue on that field, and the rest is still checked",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > a getter that throws on remindersSent is an issue on that field, and the rest is still checked",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > a settings getter that throws on autoSendActivationEmails",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > a settings getter that throws on meetingsIncluded",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > proxies whose traps throw, and revoked proxies, in every position of every function",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > a batch with a throwing item decides every other item",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > an iterable that breaks mid-way is a PolicyInputError naming the index",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "objects that fight back > values nested thousands deep are refused, not recursed into",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "frozen and sealed inputs > frozen inputs decide, parse and plan exactly like plain ones",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "frozen and sealed inputs > sealed inputs decide, parse and plan exactly like plain ones",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "frozen and sealed inputs > non-extensible inputs decide, parse and plan exactly like plain ones",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "size > a 1 MB id is decided and kept whole; a 1 MB bad value gives a short message",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "size > a 200,000-item batch accounts for every item",
    "file": "/work/main/test/evidence/hostile.test.ts"
  },
  {
    "name": "detecting the export > \"First Name,Last Name,Display Name,User ID/Email (Required),Department,Calendar Service,Basic Messaging,\\\"Call on Webex (1:1 call, non-PSTN)\\\",Webex Meetings Suite,User Status,Days since Last Service Accessed\\n\" is control-hub",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "detecting the export > \"﻿\\\"User ID/Email (Required)\\\",User Status\\r\\n\" is control-hub",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "detecting the export > \"first name, user id/email (required) ,User Status\\n\" is control-hub",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "detecting the export > \"id,license,previousLicense,hasSignedIn,invitedAt\\n\" is csv",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "detecting the export > \"User ID,User Status\\n\" is csv",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "reading each row > reads the id as written, the email from it, the licence from the services, the sign-in from the status",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "reading each row > never guesses an invitation: the export carries no history",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "reading each row > refuses a status it does not know, naming the value and the option that maps more",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "reading each row > refuses a user holding no service, an entitlement aside",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "reading each row > refuses a service cell that is not TRUE or FALSE, naming the column and the value",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "reading each row > refuses an id that is not an email address, a row of the wrong length, an empty status",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "reading each row > refuses an empty id",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "reading each row > plans every readable user, and lands every refused one in invalid at its index",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "how the columns were read > names the id, the status, the free and paid services, and each ignored column with its reason",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "how the columns were read > decides an unknown column by its first value: TRUE or FALSE is a paid service, anything else is ignored",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "how the columns were read > refuses a later value that is not a boolean in a column read as a service",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "how the columns were read > counts a default free service as free by its name, whatever the case and spaces of the header",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "options change each list > maps more statuses, compared without case or spaces",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "options change each list > gives a default status another meaning",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "options change each list > adds free services, counts ignored or free columns as paid, and ignores any column",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "options change each list > refuses a name that is no column, or one given two meanings",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "refused options > refuses a list that is not of names, and a status that means neither active nor pending",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "refused headers > refuses an export without its status column: the import template",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "refused headers > refuses a column named twice",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "conversions from an older export > reads each licence of the older export by id, without regard to case or status, and counts what it cannot read",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "conversions from an older export > gives a user free then and paid now previousLicense free, a notify-conversion",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "conversions from an older export > refuses an older file that is no export",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "the bundled sample export > is written as Control Hub writes it: a byte order mark, CRLF, accents, a department, every status",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "the bundled sample export > with the older export and the journal, plans as the sample org does",
    "file": "/work/main/test/formats/control-hub.test.ts"
  },
  {
    "name": "decodeText > reads utf-8 to the same text, without the byte order mark",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "decodeText > reads utf-8-bom to the same text, without the byte order mark",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "decodeText > reads utf-16le to the same text, without the byte order mark",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "decodeText > reads utf-16be to the same text, without the byte order mark",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "decodeText > reads an empty file, or one that is only a byte order mark, as empty text",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "decodeText > refuses invalid UTF-8 (Latin-1) as not text, quoting nothing of it",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "decodeText > refuses UTF-16 without a byte order mark as not text, quoting nothing of it",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "decodeText > refuses a NUL byte in UTF-8 as not text, quoting nothing of it",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "decodeText > refuses a NUL character in UTF-16 as not text, quoting nothing of it",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "decodeText > refuses an odd number of UTF-16 bytes as not text, quoting nothing of it",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "decodeText > refuses a lone UTF-16 surrogate as not text, quoting nothing of it",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "InputDecoder, chunk by chunk > gives the same text wherever the chunks are cut: in the byte order mark, in a character, in a surrogate pair",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "InputDecoder, chunk by chunk > once a chunk is refused, refuses the rest, even valid text",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "InputDecoder, chunk by chunk > refuses a UTF-8 sequence left unfinished at the end",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "escapeControlCharacters > escapes every C0 and C1 control and DEL, and nothing else",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "one decoder > is the only place the command line and the page turn bytes into text",
    "file": "/work/main/test/formats/decode.test.ts"
  },
  {
    "name": "detectInputFormat > \"[{\\\"id\\\":\\\"a\\\"}]\" is json",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "detectInputFormat > \"  \\n\\n[\\n  {\\\"id\\\": \\\"a\\\"}\\n]\" is json",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "detectInputFormat > \"{\\\"id\\\":\\\"a\\\",\\\"license\\\":\\\"free\\\",\\\"hasSignedIn\\\":true}\\n{\\\"id\\\":\\\"b\\\"}\" is ndjson",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "detectInputFormat > \"{\\\"items\\\":[{\\\"id\\\":\\\"P1\\\"}],\\\"notFoundIds\\\":[]}\" is webex-people",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "detectInputFormat > \"{\\n  \\\"items\\\": []\\n}\" is webex-people",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "detectInputFormat > \"﻿id,license,previousLicense,hasSignedIn,invitedAt\\n\" is csv",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "detectInputFormat > \"id,license,previousLicense,hasSignedIn,invitedAt\\r\\n\" is csv",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "detectInputFormat > an empty input is no format",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "readUsersFromText > gives the same users from JSON, NDJSON and CSV, each with where it came from",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "readUsersFromText > an empty CSV cell is null, and null fields read as absent ones do",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "readUsersFromText > keeps unreadable lines and rows in their place, with the reason",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "readUsersFromText > hands a People API page over whole, for the Webex adapter",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "readUsersFromText > says why an input is unreadable",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "CSV pieces > refuses a duplicate column and names the right spelling of a miscased one",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "CSV pieces > reads remindersSent as a whole number, an empty one as not recorded, anything else as text for the parser to refuse",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "CSV pieces > requires every decision column, and says that an empty cell means none",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "CSV pieces > numbers the lines of an Excel file (CRLF) after a quoted cell that spans lines, as an editor does",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "the sample org > is valid, unique, and has every rule row under both settings",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "browser safety > a bundle of the command line, by contrast, cannot be built for the browser",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "browser safety > bundles for the browser with no Node built-in",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "an email column > is read as the address, and an empty cell leaves it out",
    "file": "/work/main/test/formats/read-text.test.ts"
  },
  {
    "name": "recordsFromWebexPeople > puts every person back in page order, mapped ones as snapshots and refused ones with their issues",
    "file": "/work/main/test/formats/webex-people-records.test.ts"
  },
  {
    "name": "recordsFromWebexPeople > gives an empty page no records",
    "file": "/work/main/test/formats/webex-people-records.test.ts"
  },
  {
    "name": "the field tables > give the public key lists, in their order",
    "file": "/work/main/test/input/fields.test.ts"
  },
  {
    "name": "the field tables > give every snapshot field's issue its rule, in table order",
    "file": "/work/main/test/input/fields.test.ts"
  },
  {
    "name": "the field tables > say which snapshot fields are required and which may be null",
    "file": "/work/main/test/input/fields.test.ts"
  },
  {
    "name": "the field tables > give every settings and cadence field's issue its rule",
    "file": "/work/main/test/input/fields.test.ts"
  },
  {
    "name": "the field tables > give the JSON Schema files their properties, in table order, and their required fields",
    "file": "/work/main/test/input/fields.test.ts"
  },
  {
    "name": "parseInstant > reads the same instant as Date.parse for every valid date-time",
    "file": "/work/main/test/input/instant.test.ts"
  },
  {
    "name": "parseInstant > rejects what Date.parse would roll over to another day",
    "file": "/work/main/test/input/instant.test.ts"
  },
  {
    "name": "parseInstant > accounts for the offset",
    "file": "/work/main/test/input/instant.test.ts"
  },
  {
    "name": "parseInstant > reads years before 100 as themselves, not as 19xx",
    "file": "/work/main/test/input/instant.test.ts"
  },
  {
    "name": "parseInstant > keeps the bounds of the exported pattern and the parser together",
    "file": "/work/main/test/input/instant.test.ts"
  },
  {
    "name": "a Map where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Map where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Map where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Map where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Map where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Map where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Set where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Set where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Set where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Set where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Set where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Set where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Promise where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Promise where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Promise where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Promise where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Promise where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Promise where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "another thenable where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "another thenable where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "another thenable where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "another thenable where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "another thenable where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "another thenable where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Date where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Date where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Date where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Date where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Date where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Date where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a RegExp where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a RegExp where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a RegExp where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a RegExp where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a RegExp where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a RegExp where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an array where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an array where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an array where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an array where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an array where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an array where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed number where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed number where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed number where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed number where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed number where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed number where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed string where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed string where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed string where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed string where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed string where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed string where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed boolean where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed boolean where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed boolean where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed boolean where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed boolean where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a boxed boolean where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a function where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a function where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a function where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a function where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a function where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a function where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an arguments object where a record is expected > is refused as settings by decide, at the empty path, saying what it is",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an arguments object where a record is expected > is refused as settings by parseOrgSettings and by the batch functions",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an arguments object where a record is expected > is refused as a user snapshot by decide and parseUserSnapshot",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an arguments object where a record is expected > is each batch function's per-item invalid entry, and the others are still decided",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an arguments object where a record is expected > is the per-item invalid entry of the preview and the reminder plan, and refused as their settings",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "an arguments object where a record is expected > is refused as a reminder cadence and as a manual-email draft",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a class instance > is read like a plain object, through its own data properties only",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "inherited fields are absent > a required field held only by a prototype is missing",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "inherited fields are absent > an optional field held only by a prototype takes its default",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a polluted Object.prototype > changes no decision and no parse result",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Symbol-keyed entry > is an unknown setting, named by its description",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Proxy whose own-field checks throw > has each field it gives named as unreadable when their own-field check is needed, never a whole-record refusal",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "a Proxy whose own-field checks throw > is read through its get trap when it is plain and nothing is inherited",
    "file": "/work/main/test/input/look-alikes.test.ts"
  },
  {
    "name": "parseOrgSettings > fills in the defaults: automatic emails on, no Meetings",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > keeps what is set, in a fresh object",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects null on the empty path",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects undefined on the empty path",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects \"on\" on the empty path",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects true on the empty path",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects 1 on the empty path",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects \"autoSendActivationEmails\" on the empty path",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects {\"autoSendActivationEmails\":\"false\"} on autoSendActivationEmails",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects {\"autoSendActivationEmails\":0} on autoSendActivationEmails",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects {\"autoSendActivationEmails\":null} on autoSendActivationEmails",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects {\"meetingsIncluded\":\"yes\"} on meetingsIncluded",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects {\"autoSendActivationEmail\":false} on autoSendActivationEmail",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > names a misspelt setting rather than ignoring it",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > rejects __proto__ from parsed JSON without touching any prototype",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseOrgSettings > reports a setting whose read throws",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "decide with bad settings > throws PolicyInputError for null before looking at the user",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "decide with bad settings > throws PolicyInputError for \"off\" before looking at the user",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "decide with bad settings > throws PolicyInputError for {\"autoSendActivationEmails\":\"false\"} before looking at the user",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "decide with bad settings > throws PolicyInputError for {\"autoSendActivationEmails\":false,\"extra\":1} before looking at the user",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "decide with bad settings > names the flag that is not a boolean",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "messages about huge keys > keep the key whole in the issue path but cut it short in the error message",
    "file": "/work/main/test/input/org-settings.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > a minimal snapshot, returning a fresh object with the known fields only",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > an email address, kept as given",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > every optional field, present, null or absent",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > the real instant 2026-05-01T08:30:00Z",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > the real instant 2026-05-01T08:30:00.1Z",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > the real instant 2026-05-01T08:30:00.123456789Z",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > the real instant 2026-05-01T08:30:00+02:00",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > the real instant 2026-05-01T08:30:00-11:30",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > the real instant 2024-02-29T23:59:59Z",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > the real instant 2000-02-29T00:00:00Z",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > frozen and sealed inputs",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot accepts > an object without a prototype",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > a snapshot that is not an object (null) on the empty path",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > a snapshot that is not an object (undefined) on the empty path",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > a snapshot that is not an object (\"u1\") on the empty path",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > a snapshot that is not an object (42) on the empty path",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > a snapshot that is not an object ([{\"id\":\"u1\",\"license\":\"paid\",\"hasSignedIn\":false}]) on the empty path",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"\",\"license\":\"paid\",\"hasSignedIn\":false} on id",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":42,\"license\":\"paid\",\"hasSignedIn\":false} on id",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"license\":\"paid\",\"hasSignedIn\":false} on id",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"Paid\",\"hasSignedIn\":false} on license",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"gold\",\"hasSignedIn\":false} on license",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"hasSignedIn\":false} on license",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"paid\",\"hasSignedIn\":false,\"previousLicense\":\"FREE\"} on previousLicense",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"paid\",\"hasSignedIn\":false,\"previousLicense\":0} on previousLicense",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"paid\",\"hasSignedIn\":\"false\"} on hasSignedIn",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"paid\",\"hasSignedIn\":0} on hasSignedIn",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"paid\"} on hasSignedIn",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"paid\",\"hasSignedIn\":false,\"remindersSent\":-1} on remindersSent",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"paid\",\"hasSignedIn\":false,\"remindersSent\":1.5} on remindersSent",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"paid\",\"hasSignedIn\":false,\"remindersSent\":\"2\"} on remindersSent",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > {\"id\":\"u1\",\"license\":\"paid\",\"hasSignedIn\":false,\"remindersSent\":null} on remindersSent",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-05-01\" (a date without a time), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-05-01T08:30:00\" (a time without an offset), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-05-01T08:30Z\" (a time without seconds), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-02-30T00:00:00Z\" (an impossible calendar day), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2025-02-29T00:00:00Z\" (29 February outside a leap year), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"1900-02-29T00:00:00Z\" (29 February of a century that is not a leap year), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-04-31T00:00:00Z\" (31 April), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-13-01T00:00:00Z\" (a thirteenth month), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-05-01T24:00:00Z\" (hour 24), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-05-01T23:60:00Z\" (minute 60), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-05-01T23:59:60Z\" (a leap second), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-05-01T08:30:00+24:00\" (an offset past 23 hours), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-05-01t08:30:00z\" (lower-case separators), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"2026-05-01T08:30:00.Z\" (an empty fraction), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \" 2026-05-01T08:30:00Z\" (surrounding space), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > invitedAt \"\" (an empty string), never rolling it over",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > an email that is not one address: no @",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > an email that is not one address: nothing before the @",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > an email that is not one address: two addresses",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > an email that is not one address: a display name",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > an email that is not one address: a header smuggled after a line break",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > an email that is not one address: a space",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > an email that is not one address: an empty string",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > an email that is not one address: null",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > an email that is not one address: a list",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > a date object or a number for invitedAt",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > lastEmailedAt without invitedAt, or earlier than it",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > reports only the bad invitedAt, not a second issue on lastEmailedAt",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > every bad field at once, in field order",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > says what it received, briefly",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "parseUserSnapshot rejects, naming the field > getters and Proxies that throw, as issues on their own fields",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "prototype safety > drops __proto__, constructor and prototype keys from parsed JSON",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "decide on bad input > throws a PolicyInputError that lists every bad field and names each in its message",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "decide on bad input > uses the empty path for a user that is not an object",
    "file": "/work/main/test/input/user-snapshot.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose next() gives null",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose next() gives 42",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose next() gives undefined",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose next() gives a string after an entry",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose { done: 1 }",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose { done: 'yes' } after an entry",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose a function with done: true",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose { done: 0 } and { done: '' } go on, as for...of does",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose a done getter that throws",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose a value getter that throws",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > a source whose a result Proxy whose traps throw",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > an iterator method returning null",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > an iterator method returning 42",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > an iterator whose next is 5",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > an iterator with no next",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > an iterator whose next is an object",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > an iterator whose next getter throws",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > reads next once, when the iteration starts, and calls it on the iterator",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > never reads value once done is truthy",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > passes on an error the source's own next throws, as it was thrown (a file that could not be read)",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > lets the source clean up when an invalid entry stops the reading, as for...of does",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "historyFromJournal > refuses what is not iterable with the words it always used",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose next() gives null",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose next() gives 42",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose next() gives undefined",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose next() gives a string after an entry",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose { done: 1 }",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose { done: 'yes' } after an entry",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose a function with done: true",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose { done: 0 } and { done: '' } go on, as for...of does",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose a done getter that throws",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose a value getter that throws",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > a source whose a result Proxy whose traps throw",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > an iterator method returning null",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > an iterator method returning 42",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > an iterator whose next is 5",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > an iterator with no next",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > an iterator whose next is an object",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > an iterator whose next getter throws",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > reads next once, when the iteration starts, and calls it on the iterator",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > never reads value once done is truthy",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > passes on an error the source's own next throws, as it was thrown (a file that could not be read)",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > lets the source clean up when an invalid entry stops the reading, as for...of does",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "uncertainSends > refuses what is not iterable with the words it always used",
    "file": "/work/main/test/journal/broken-iterables.test.ts"
  },
  {
    "name": "the built journal entry > works by name with import",
    "file": "/work/main/test/journal/built-entry.test.ts"
  },
  {
    "name": "the built journal entry > works by name with require",
    "file": "/work/main/test/journal/built-entry.test.ts"
  },
  {
    "name": "the built journal entry > imports the main entry instead of carrying a copy, and no Node built-in",
    "file": "/work/main/test/journal/built-entry.test.ts"
  },
  {
    "name": "readJournal reads a line as parseJournalEntry reads its JSON > gives the same entry, its fields in table order, or the same issues, for any record",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "readJournal reads a line as parseJournalEntry reads its JSON > gives the same for a line that is not a record",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "readJournal reads a line as parseJournalEntry reads its JSON > keeps the known fields only, in table order, whatever the order of the line",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "readJournal reads a line as parseJournalEntry reads its JSON > with a polluted Object.prototype > reads own fields only, as parseJournalEntry does: a field of an entry",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "readJournal reads a line as parseJournalEntry reads its JSON > with a polluted Object.prototype > reads own fields only, as parseJournalEntry does: a required field",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "readJournal reads a line as parseJournalEntry reads its JSON > with a polluted Object.prototype > reads own fields only, as parseJournalEntry does: Symbol.toStringTag",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "readJournal reads a line as parseJournalEntry reads its JSON > with a polluted Object.prototype > leaves out an enumerable key a library added, as parseJournalEntry does",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "the entries readJournal checked > are frozen, so that they stay what was checked, and carry no visible mark",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "the entries readJournal checked > give the same history and the same uncertain sends as copies of them checked again",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "the entries readJournal checked > mark the entry only: a copy, a changed copy or a Proxy of one is checked as any input",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "the entries readJournal checked > mark an entry readJournal read under a polluted Object.prototype too",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "the entries readJournal checked > are taken from a line object given from outside only through its own entry field",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "a user with many emails > counts each distinct email once, however many the user has",
    "file": "/work/main/test/journal/checked-entries.test.ts"
  },
  {
    "name": "parseJournalEntry > accepts an entry with the three required fields, as a fresh object",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > accepts every optional field, and writes the known fields in table order",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > accepts the status sending",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > accepts the status sent",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > accepts the status failed",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > accepts the email activation",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > accepts the email reminder",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > keeps the instant as written, offset and fraction included",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > ignores a field it does not know, and does not keep it (a later version may write details)",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > does not let __proto__ from parsed JSON reach the result",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > names each missing required field, in table order, as the snapshot parser does",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses userId = \"\", naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses userId = 42, naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses at = \"2026-05-01\", naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses at = \"2026-02-30T08:00:00Z\", naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses at = \"2026-05-01T08:00:00\", naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses at = 1777622400000, naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses email = \"invite\", naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses email = \"Activation\", naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses email = null, naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses status = \"delivered\", naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses status = null, naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses messageId = 7, naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses reply = {\"code\":550}, naming the field and the reason",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > reports every bad field at once",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses null as a whole, at the empty path",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses a string as a whole, at the empty path",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses an array as a whole, at the empty path",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses a Map as a whole, at the empty path",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses a Date as a whole, at the empty path",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses a promise as a whole, at the empty path",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > refuses a revoked Proxy as a whole, at the empty path",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > counts own fields only: a field inherited from a prototype is absent",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > reads an object without a prototype, and a class instance, by their own fields",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > names a field whose read throws, and still checks the others",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "parseJournalEntry > never throws, whatever it is given",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "JOURNAL_ENTRY_KEYS and the field table > lists the table keys in order",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "JOURNAL_ENTRY_KEYS and the field table > says, in each choice field rule, every value the field accepts",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "formatJournalEntry > writes one line of JSON, known fields in table order, no newline",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "formatJournalEntry > leaves out fields it does not know",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "formatJournalEntry > keeps a line break inside a value escaped, so an entry is always one line",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "formatJournalEntry > throws PolicyInputError naming each bad field of an invalid entry",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "formatJournalEntry > round-trips: what it writes parses back to the same entry",
    "file": "/work/main/test/journal/entry.test.ts"
  },
  {
    "name": "historyFromJournal > gives no history for an empty journal",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > takes the one email of a user as invitedAt, with no lastEmailedAt and no reminder",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > takes the first email as invitedAt and the last as lastEmailedAt, and counts the reminders",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > keeps users apart",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > a reminder with no activation email counts as the first email too",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > counts entries with no status or status sent; sending and failed do not count",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > counts the same email to the same user at the same instant once",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > counts one email written twice with two offsets once: one instant",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > counts an activation email and a reminder at the same instant as two emails",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > compares instants as instants, and gives each as written in its entry",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > takes the lines readJournal gives, as well as entries",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > takes any iterable, a generator too",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > throws PolicyInputError for an invalid entry, its issues under its index",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > throws PolicyInputError for entries that are not iterable",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > names each field of a hostile line it cannot read, never a raw TypeError",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > properties > does not depend on the order of the entries",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > properties > does not change when entries already there are added again",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > properties > never has a last email before the first, and has one exactly when two distinct emails count",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "historyFromJournal > properties > counts the distinct reminders sent, and takes the earliest and latest counted instants",
    "file": "/work/main/test/journal/history.test.ts"
  },
  {
    "name": "readJournal > reads an empty journal as no entries",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "readJournal > gives each entry its 1-based line number, counting blank lines",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "readJournal > reads a last line without its newline",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "readJournal > reads CRLF line endings, and blank CRLF lines",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "readJournal > ignores a byte order mark at the start, and keeps line 1 line 1",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "readJournal > reports a line that is not JSON with its number and the parser's words, and reads the rest",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "readJournal > writes control characters of a bad line as escapes in its issue",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "readJournal > reports a line that is JSON but not an entry with every issue of the entry",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "readJournal > keeps the entries in file order, duplicates included (the history counts them once)",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "readJournal > throws a TypeError for a value that is not text",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "readJournal > never throws on any text, and accounts for every non-blank line once",
    "file": "/work/main/test/journal/read-journal.test.ts"
  },
  {
    "name": "schemas/journal-entry.json > is listed with the other schema files, and is what npm run schemas generates",
    "file": "/work/main/test/journal/schema.test.ts"
  },
  {
    "name": "schemas/journal-entry.json > has one property per field of the table, in order, and requires userId, at and email",
    "file": "/work/main/test/journal/schema.test.ts"
  },
  {
    "name": "schemas/journal-entry.json > resolves through the package exports map",
    "file": "/work/main/test/journal/schema.test.ts"
  },
  {
    "name": "schemas/journal-entry.json > with formats asserted, accepts exactly what parseJournalEntry accepts",
    "file": "/work/main/test/journal/schema.test.ts"
  },
  {
    "name": "schemas/journal-entry.json > with formats as annotations, differs from the parser only on an instant that is not a real calendar day",
    "file": "/work/main/test/journal/schema.test.ts"
  },
  {
    "name": "uncertainSends > finds nothing in an empty journal, or one with no sending entry",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "uncertainSends > gives a sending entry with nothing after it",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "uncertainSends > settles a sending entry followed by sent for the same user and email",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "uncertainSends > settles a sending entry followed by failed for the same user and email",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "uncertainSends > does not settle a send with an outcome for another user, or another email",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "uncertainSends > does not settle a send with an outcome written before it (file order)",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "uncertainSends > does not count an entry with no status as an outcome",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "uncertainSends > settles every earlier sending entry of a user and email with one outcome, and gives the rest in order",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "uncertainSends > takes the lines readJournal gives",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "uncertainSends > throws PolicyInputError for an invalid entry, under its index",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "uncertainSends > gives exactly the sending entries after which no sent or failed entry for the same user and email follows",
    "file": "/work/main/test/journal/uncertain-sends.test.ts"
  },
  {
    "name": "withHistory > passes a user the journal does not cover as parsed",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > gives a user with no history of their own the journal's, fields in table order",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > reads null history fields (an empty CSV cell) as no history",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > gives a one-email journal no lastEmailedAt, and remindersSent 0",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > keeps the snapshot's other fields, its email too",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > accepts history that agrees, as instants whatever the offset, and gives the journal's text",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > accepts part of the history: invitedAt alone that agrees gets the rest from the journal",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > accepts a last email equal to the first when the journal holds one email",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > refuses an invitedAt that disagrees, naming both instants",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > refuses a lastEmailedAt and a remindersSent that disagree, each naming both values",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > refuses remindersSent 0 when the journal holds reminders, and says how many",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > gives an invalid snapshot's own issues, before any comparison",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > refuses a hand-made history that breaks a rule of the snapshot, rather than passing it on",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > turns a paid user the journal says was emailed into a reminder case, and leaves one it does not as a new user",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > properties > gives a snapshot parseUserSnapshot accepts as is, on which decide never throws",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > properties > gives a covered user without history of their own exactly the journal's",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "withHistory > properties > refuses a covered user only for history of their own that differs from the journal's",
    "file": "/work/main/test/journal/with-history.test.ts"
  },
  {
    "name": "checkManualEmail: every item present > a draft with every item is complete, with or without Meetings",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: every item present > accepts the portal link with a path, a trailing slash, or an upper-case host",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: every item present > an item filled in alone is never missing, and every other required item is",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: every item present > without Meetings, the PMR link may be absent, null or blank",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: each item missing > reports rollout-plan when its field is left out or null",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: each item missing > reports app-value when its field is left out or null",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: each item missing > reports pmr-link when its field is left out or null",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: each item missing > reports support-links when its field is left out or null",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: each item missing > reports training-links when its field is left out or null",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: each item missing > reports user-portal-link when its field is left out or null",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: each item missing > reports activation-instructions when its field is left out or null",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: each item missing > reports blank text and blank links as blank",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: each item missing > lists several missing items in checklist order, one problem each",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: each item missing > an empty draft misses everything required",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: unusable values > text items must be strings",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: unusable values > link lists need at least one entry, every one an http: or https: URL",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: unusable values > the PMR link must be an https: URL, and is checked even when not required",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: unusable values > the portal link must be https: on settings.webex.com, with no user name or password",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: unusable values > a field whose read throws is reported as unreadable, and the others are still checked",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: unusable values > a Proxy draft whose every read throws gives a result: everything unreadable",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: unusable values > reads each field once and never changes the draft",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: inputs that are not a draft > throws PolicyInputError when the draft is not an object",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: inputs that are not a draft > throws PolicyInputError naming the bad context field",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail: inputs that are not a draft > takes the org settings themselves as the context",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail, as properties > any object gives a result: missing in checklist order, one problem per missing item naming its field",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail, as properties > no scheme other than http: and https: ever counts as a link",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail in French > English by default: the same problems as with \"en\"",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail in French > the same items, fields and verdict in French, with a French sentence for each problem",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail in French > says in French what a value is, and why a link or a field is unusable",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail in French > every French problem: no plain space before a colon, no English word of the checker",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "checkManualEmail in French > refuses an unknown locale, naming it, as explain does",
    "file": "/work/main/test/manual-email/check-manual-email.test.ts"
  },
  {
    "name": "the catalogue in the bundles > the whole main entry holds every library sentence of both languages, and no word of the command line or the page",
    "file": "/work/main/test/messages/catalogue-bundles.test.ts"
  },
  {
    "name": "the catalogue in the bundles > a bundle of decide alone holds no sentence at all",
    "file": "/work/main/test/messages/catalogue-bundles.test.ts"
  },
  {
    "name": "the catalogue > holds the same sections, keys and kinds of value in every language, and every function is exercised here",
    "file": "/work/main/test/messages/catalogue.test.ts"
  },
  {
    "name": "the catalogue > French: \"courrier électronique\" and \"rappel d'invitation\", never courriel, relance or e-mail",
    "file": "/work/main/test/messages/catalogue.test.ts"
  },
  {
    "name": "the catalogue > French: a no-break space before every colon and semicolon (a URL aside), and never a plain one",
    "file": "/work/main/test/messages/catalogue.test.ts"
  },
  {
    "name": "the catalogue > French: the seed's own terms where the catalogue speaks of them",
    "file": "/work/main/test/messages/catalogue.test.ts"
  },
  {
    "name": "the catalogue > English: no French left in, no doubled space, no no-break space",
    "file": "/work/main/test/messages/catalogue.test.ts"
  },
  {
    "name": "the catalogue > a count of one takes the singular, and a count of two the plural, in both languages",
    "file": "/work/main/test/messages/catalogue.test.ts"
  },
  {
    "name": "the catalogue > writes every sentence word for word as test/messages/__snapshots__ has it, in each language",
    "file": "/work/main/test/messages/catalogue.test.ts"
  },
  {
    "name": "the catalogue > pins the count-bearing phrases at one and at two, and how French names a value",
    "file": "/work/main/test/messages/catalogue.test.ts"
  },
  {
    "name": "explain > the samples cover every kind and every trigger",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explain > gives every kind and trigger its own one- or two-sentence message in en",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explain > gives every kind and trigger its own one- or two-sentence message in fr",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explain > writes English by default, and different words in French",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explain > pins the wording of a manual decision in both languages",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explain > explains any decision decide makes, and the same one after a JSON round trip",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explain > throws PolicyInputError naming locale for an unknown locale",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explain > throws PolicyInputError naming the field of a malformed decision",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explainAdvisory > explains every advisory in en, each differently",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explainAdvisory > explains every advisory in fr, each differently",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explainAdvisory > English by default",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "explainAdvisory > throws PolicyInputError naming code or locale",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "saying only what the sources support > turning the setting off is strongly discouraged without a well-thought-out manual onboarding system",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "saying only what the sources support > never says Control Hub reminds users on a schedule, or emails existing users after the fact",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "saying only what the sources support > a new user is one never signed in and never emailed, not one added recently",
    "file": "/work/main/test/messages/explain.test.ts"
  },
  {
    "name": "a list whose entry is no longer text on a later read > is refused at that entry, the entries after it never read again",
    "file": "/work/main/test/mutation/compose-copy.test.ts"
  },
  {
    "name": "a draft PMR link refused once filled in > is quoted as filled, without the spaces written around it",
    "file": "/work/main/test/mutation/compose-copy.test.ts"
  },
  {
    "name": "a recipient's pmrLink that is not a string > is refused, even an object whose trim gives a link",
    "file": "/work/main/test/mutation/compose-copy.test.ts"
  },
  {
    "name": "a list whose entry throws when it is copied > is refused as unreadable, even when a later read would answer again",
    "file": "/work/main/test/mutation/compose-copy.test.ts"
  },
  {
    "name": "links written with Unicode spaces around them > are linked without the spaces, from the draft and from the recipient",
    "file": "/work/main/test/mutation/compose-links.test.ts"
  },
  {
    "name": "a blank PMR link in the draft > gives no PMR section and no issue when meetings are not included",
    "file": "/work/main/test/mutation/compose-links.test.ts"
  },
  {
    "name": "a list whose entry changes on a later read > is written as the check saw it: the email never links what a later read gives",
    "file": "/work/main/test/mutation/compose-links.test.ts"
  },
  {
    "name": "options > refuses null, naming the options and what was received",
    "file": "/work/main/test/mutation/compose-links.test.ts"
  },
  {
    "name": "the recipient's address > may be 254 characters long",
    "file": "/work/main/test/mutation/compose-links.test.ts"
  },
  {
    "name": "a row of the export > reads each service cell Control Hub writes, in any case and with spaces, and an empty one as not held",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "a row of the export > says \"cell\" for a row of one cell and \"cells\" for more, with nothing else about it",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "a row of the export > names the id column and the value for an id that is no address, before any other issue",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "a row of the export > quotes a status with its spaces, suggests it trimmed, and lists the statuses of the options once each, trimmed",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "a row of the export > quotes at most 100 characters of a value, then an ellipsis",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "a row of the export > gives previousLicense only to a user the older export holds, and keeps no undefined field",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "a row of the export > leaves a column with only blank cells undecided, and decides it by its first value",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "a header without the id column (read through readControlHubHeader) > names no id column and reads every row as having no id",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "refused headers, named as written > names a repeated column trimmed, and lists the columns trimmed for an option naming none",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "the licences of an older export > decides a column by its first non-blank value: TRUE or FALSE a paid service, text ignored from then on",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "the licences of an older export > keeps the first value of a column it decides, for the report of the columns",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "the licences of an older export > counts as unread a row with too many cells, an empty id, one cell that is not blank, or a quote never closed",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "the licences of an older export > skips blank lines before the header",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "the licences of an older export > reads the columns with the options it is given, where the older export has them",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "the licences of an older export > gives the header's own refusal, and the first refusal when a later line could be a header",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "detecting the export by its header line > \"First Name, \\\"User ID/Email (Required)\\\" ,User Status\\n\" is control-hub",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "detecting the export by its header line > \"First Name,\\\" User ID/Email (Required) \\\",User Status\\n\" is control-hub",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "detecting the export by its header line > \"User \\\"ID/Email (Required),User Status\\n\" is csv",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "detecting the export by its header line > \"User ID/Email (Req\\\"uired),User Status\\n\" is csv",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "the messages of a CSV without a header > says the input is empty when no row was skipped or the row holds no issue, else why the header could not be read",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "the messages of a CSV without a header > describes an issue with its path, or its message alone at the empty path",
    "file": "/work/main/test/mutation/formats-control-hub.test.ts"
  },
  {
    "name": "CSV line numbers, line breaks counted in each cell > counts every LF, every CRLF once and every lone CR, wherever it stands in the cell",
    "file": "/work/main/test/mutation/formats-edges.test.ts"
  },
  {
    "name": "CSV line numbers, line breaks counted in each cell > adds up the breaks of every cell of a row",
    "file": "/work/main/test/mutation/formats-edges.test.ts"
  },
  {
    "name": "CSV line numbers, line breaks counted in each cell > numbers the rows after cells with several breaks of each kind as an editor does",
    "file": "/work/main/test/mutation/formats-edges.test.ts"
  },
  {
    "name": "CSV cells > keys each cell by its own column, the last one too",
    "file": "/work/main/test/mutation/formats-edges.test.ts"
  },
  {
    "name": "NDJSON lines > drops only the carriage return that ends a line: one inside a string is a JSON error",
    "file": "/work/main/test/mutation/formats-edges.test.ts"
  },
  {
    "name": "a whole JSON document that is neither an array nor an object > is refused with the sentence that says what was expected, null first",
    "file": "/work/main/test/mutation/formats-edges.test.ts"
  },
  {
    "name": "Control Hub's ignored columns > say the reason the header gave, or the first value that decided them, never both",
    "file": "/work/main/test/mutation/formats-edges.test.ts"
  },
  {
    "name": "the decoder, fed its first bytes a few at a time > holds them until it can tell the encoding, then decodes them with the rest",
    "file": "/work/main/test/mutation/formats-edges.test.ts"
  },
  {
    "name": "the decoder, fed its first bytes a few at a time > reads UTF-16 whose mark comes in two chunks, and drops the mark only at the start",
    "file": "/work/main/test/mutation/formats-edges.test.ts"
  },
  {
    "name": "the decoder, fed its first bytes a few at a time > refuses bytes that are not UTF-8 rather than replacing them",
    "file": "/work/main/test/mutation/formats-edges.test.ts"
  },
  {
    "name": "the CSV header > trims names, lists the known columns for an unknown one, and names the right spelling of a miscased one",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "the CSV header > says \"column\" for one missing column and \"columns\" for several",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "a CSV row > reads each cell by its column: flags in any case, counts as numbers, empty cells as none",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "a CSV row > refuses a row with too few or too many cells, counting them in words",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "a CSV row > says why a malformed row was skipped, escaping what a terminal would act on",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "CSV line numbers > moves past every line break inside cells: LF, CRLF and a lone CR, and skips blank lines",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "CSV line numbers > after a skipped row, counts on from the line after it, never backwards",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "CSV line numbers > numbers rows of a whole CSV text as an editor does",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "CSV line numbers > reports a row csv-parse skips at the line it gives, in order with the rows before it",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "NDJSON and JSON > reads NDJSON lines with CRLF endings and blank lines, numbering lines from 1",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "NDJSON and JSON > says why a line or a document is not JSON, escaping control characters",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "NDJSON and JSON > names each kind of location as the admin finds it, and a duplicate by the earlier one",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "telling the format from the first line > \"﻿[{\\\"id\\\":\\\"a\\\"}]\" is json",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "telling the format from the first line > \"\\r\\n  \\r\\n{\\\"id\\\":\\\"a\\\"}\\n\" is ndjson",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "telling the format from the first line > \"{\\\"items\\\":[]}\" is webex-people",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "telling the format from the first line > \"{\\n  \\\"items\\\": []\\n}\" is webex-people",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "telling the format from the first line > \"[]\" is json",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "telling the format from the first line > \"\\\"quoted\\\",x\" is csv",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "telling the format from the first line > \"null\" is csv",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "telling the format from the first line > \"  {\\\"id\\\":\\\"a\\\"}  \" is ndjson",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "telling the format from the first line > strips a byte order mark at the start only, and a carriage return at the end of the line only",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "telling the format from the first line > gives the first line with content, and whether it ended",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "escapeControlCharacters > writes line breaks and tabs short, other controls as \\u escapes, and leaves the rest",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "the sample org > is named, and keeps its mix of users: who signed in, was emailed, converted",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "decodeText: the byte order mark decides, and only a whole one > refuses half a UTF-16LE mark as not text",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "decodeText: the byte order mark decides, and only a whole one > refuses the other half of a UTF-16LE mark as not text",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "decodeText: the byte order mark decides, and only a whole one > refuses half a UTF-16BE mark as not text",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "decodeText: the byte order mark decides, and only a whole one > refuses the other half of a UTF-16BE mark as not text",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "decodeText: the byte order mark decides, and only a whole one > refuses a UTF-8 mark without its last byte as not text",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "decodeText: the byte order mark decides, and only a whole one > refuses a UTF-8 mark without its middle byte as not text",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "decodeText: the byte order mark decides, and only a whole one > refuses a UTF-8 mark without its first byte as not text",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "decodeText: the byte order mark decides, and only a whole one > refuses the last byte of a UTF-8 mark alone as not text",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "decodeText: the byte order mark decides, and only a whole one > removes one byte order mark, and keeps a second one as text",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "the word catalogues of the command line and the page > hold English and French",
    "file": "/work/main/test/mutation/formats.test.ts"
  },
  {
    "name": "parseInstant reads inside its text only > on every prefix of valid instants, each one longer by a character, and each with a character replaced",
    "file": "/work/main/test/mutation/input-instant-in-bounds.test.ts"
  },
  {
    "name": "parseInstant reads inside its text only > on texts that end right after the seconds, inside the fraction, or after the zone sign",
    "file": "/work/main/test/mutation/input-instant-in-bounds.test.ts"
  },
  {
    "name": "parseInstant reads inside its text only > reads a fraction digit 9 as a digit",
    "file": "/work/main/test/mutation/input-instant-in-bounds.test.ts"
  },
  {
    "name": "parseInstant agrees with the pattern and the calendar > on every near miss of a set of valid instants",
    "file": "/work/main/test/mutation/input-instant-oracle.test.ts"
  },
  {
    "name": "parseInstant agrees with the pattern and the calendar > on the last day of every month of common, leap and century years, and the day after",
    "file": "/work/main/test/mutation/input-instant-oracle.test.ts"
  },
  {
    "name": "parseInstant agrees with the pattern and the calendar > on every month and day field from 00 to 39, hour 00 to 29 and minute and second 00 to 69",
    "file": "/work/main/test/mutation/input-instant-oracle.test.ts"
  },
  {
    "name": "parseInstant agrees with the pattern and the calendar > refuses what is not a string",
    "file": "/work/main/test/mutation/input-instant-oracle.test.ts"
  },
  {
    "name": "an own `then` that is not a function > is an unknown setting, not a thenable",
    "file": "/work/main/test/mutation/input-look-alike-edges.test.ts"
  },
  {
    "name": "an own `then` that is not a function > is an ignored field of a snapshot",
    "file": "/work/main/test/mutation/input-look-alike-edges.test.ts"
  },
  {
    "name": "an object without a prototype > is read as a record even with an own `then` function",
    "file": "/work/main/test/mutation/input-look-alike-edges.test.ts"
  },
  {
    "name": "an object without a prototype > is read as a record even with its own Symbol.toStringTag",
    "file": "/work/main/test/mutation/input-look-alike-edges.test.ts"
  },
  {
    "name": "parseOrgSettings reads each plain setting once > reads { autoSendActivationEmails: true, meetingsIncluded: true } given by getters once each",
    "file": "/work/main/test/mutation/input-settings-read.test.ts"
  },
  {
    "name": "parseOrgSettings reads each plain setting once > reads { autoSendActivationEmails: false, meetingsIncluded: false } given by getters once each",
    "file": "/work/main/test/mutation/input-settings-read.test.ts"
  },
  {
    "name": "parseOrgSettings reads each plain setting once > reads { autoSendActivationEmails: true, meetingsIncluded: false } given by getters once each",
    "file": "/work/main/test/mutation/input-settings-read.test.ts"
  },
  {
    "name": "parseOrgSettings reads each plain setting once > reads { autoSendActivationEmails: false, meetingsIncluded: true } given by getters once each",
    "file": "/work/main/test/mutation/input-settings-read.test.ts"
  },
  {
    "name": "parseOrgSettings, whatever the order of the keys > reads meetingsIncluded given before autoSendActivationEmails once each",
    "file": "/work/main/test/mutation/input-settings-read.test.ts"
  },
  {
    "name": "parseOrgSettings, whatever the order of the keys > refuses an unknown key beside a valid meetingsIncluded, before it or after it",
    "file": "/work/main/test/mutation/input-settings-read.test.ts"
  },
  {
    "name": "a bad invitedAt beside a valid lastEmailedAt > is the one issue, whether lastEmailedAt is before 1970, at it or after it",
    "file": "/work/main/test/mutation/input-snapshot-edges.test.ts"
  },
  {
    "name": "a bad invitedAt beside a valid lastEmailedAt > while a valid invitedAt after a lastEmailedAt before 1970 is named on lastEmailedAt",
    "file": "/work/main/test/mutation/input-snapshot-edges.test.ts"
  },
  {
    "name": "a Proxy whose getPrototypeOf trap throws > gives no field it only inherits",
    "file": "/work/main/test/mutation/input-snapshot-edges.test.ts"
  },
  {
    "name": "a Proxy whose getPrototypeOf trap throws > gives its own fields",
    "file": "/work/main/test/mutation/input-snapshot-edges.test.ts"
  },
  {
    "name": "a snapshot that is not a plain object > gives every field it holds itself: a class instance, an object without a prototype, a Proxy hiding its prototype",
    "file": "/work/main/test/mutation/input-snapshot-edges.test.ts"
  },
  {
    "name": "a snapshot that is not a plain object > gives none it only inherits, each optional field absent",
    "file": "/work/main/test/mutation/input-snapshot-edges.test.ts"
  },
  {
    "name": "a key in a message (formatPath) > writes a key of 40 characters whole",
    "file": "/work/main/test/mutation/issue.test.ts"
  },
  {
    "name": "a key in a message (formatPath) > cuts a key of 41 characters or more to its first 40 and an ellipsis",
    "file": "/work/main/test/mutation/issue.test.ts"
  },
  {
    "name": "a key in a message (formatPath) > cuts each long segment of a path alone, and never a number",
    "file": "/work/main/test/mutation/issue.test.ts"
  },
  {
    "name": "a key in a message (formatPath) > names an unknown setting of 41 characters by its first 40",
    "file": "/work/main/test/mutation/issue.test.ts"
  },
  {
    "name": "a received string in a message (describeValue) > quotes a string of 40 characters whole",
    "file": "/work/main/test/mutation/issue.test.ts"
  },
  {
    "name": "a received string in a message (describeValue) > quotes a string of 41 characters or more by its first 40 and an ellipsis",
    "file": "/work/main/test/mutation/issue.test.ts"
  },
  {
    "name": "an entry readJournal checked, given to uncertainSends > comes back as the very entry, in its line",
    "file": "/work/main/test/mutation/journal-checked.test.ts"
  },
  {
    "name": "an entry readJournal checked, given to uncertainSends > comes back as the very entry, given alone",
    "file": "/work/main/test/mutation/journal-checked.test.ts"
  },
  {
    "name": "an entry readJournal checked, given to uncertainSends > comes back as the very entry in a line of the caller's own making",
    "file": "/work/main/test/mutation/journal-checked.test.ts"
  },
  {
    "name": "an entry readJournal checked, given to uncertainSends > comes back as the very entry read under a polluted Object.prototype too",
    "file": "/work/main/test/mutation/journal-checked.test.ts"
  },
  {
    "name": "an entry readJournal checked, given to uncertainSends > while a copy of it is checked again, and given back as the checked copy",
    "file": "/work/main/test/mutation/journal-checked.test.ts"
  },
  {
    "name": "a source's return that is not a function > is never called through a call method of its own when an invalid entry stops the reading",
    "file": "/work/main/test/mutation/journal-checked.test.ts"
  },
  {
    "name": "readJournal on a clean Object.prototype > reads valid line 1 with no per-line check: {\"userId\":\"u1\",\"at\":\"2026-05-01T08:00:00Z\",\"email\":\"activation\"}",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a clean Object.prototype > reads valid line 2 with no per-line check: {\"userId\":\"u2\",\"at\":\"2026-05-01T10:00:00.250+02:00\",\"email\":\"reminder\"}",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a clean Object.prototype > reads valid line 3 with no per-line check: {\"userId\":\"u3\",\"at\":\"2026-05-01T08:00:00Z\",\"email\":\"activation\",\"status\":\"sending\"}",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a clean Object.prototype > reads valid line 4 with no per-line check: {\"userId\":\"u3\",\"at\":\"2026-05-01T08:00:02Z\",\"email\":\"activation\",\"status\":\"sent\",\"messageId\":\"<m3@example.com>\"}",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a clean Object.prototype > reads valid line 5 with no per-line check: {\"userId\":\"u4\",\"at\":\"2026-05-01T08:00:03Z\",\"email\":\"reminder\",\"status\":\"failed\",\"reply\":\"550 no such user\"}",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a clean Object.prototype > reads valid line 6 with no per-line check: {\"userId\":\"u5\",\"at\":\"2026-05-01T08:00:04Z\",\"email\":\"reminder\",\"status\":\"sent\",\"messageId\":\"<m5@x>\",\"reply\":\"250 ok\"}",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a clean Object.prototype > reads valid line 7 with no per-line check: {\"userId\":\"u6\",\"at\":\"2026-05-01T08:00:05Z\",\"email\":\"activation\",\"messageId\":\"\",\"reply\":\"\"}",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a clean Object.prototype > reads valid line 8 with no per-line check: {\"userId\":\"u7\",\"at\":\"2026-05-01T08:00:06Z\",\"email\":\"activation\",\"by\":\"ana\",\"note\":null}",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a clean Object.prototype > reads a journal of every kind of valid line with as many calls as one line",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a clean Object.prototype > checks in full a line with a key callee, which is read as one without it",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a polluted Object.prototype > checks every line in full when it holds status, with the same entries",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a polluted Object.prototype > checks every line in full when it holds callee, with the same entries",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "readJournal on a polluted Object.prototype > checks every line in full when it holds Symbol(Symbol.toStringTag), with the same entries",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "a line whose userId is empty > is an invalid line, whatever else it holds",
    "file": "/work/main/test/mutation/journal-fast-path.test.ts"
  },
  {
    "name": "an item that is not an object > null is an invalid entry at its index, in each batch function",
    "file": "/work/main/test/mutation/journal-history.test.ts"
  },
  {
    "name": "an item that is not an object > 42 is an invalid entry at its index, in each batch function",
    "file": "/work/main/test/mutation/journal-history.test.ts"
  },
  {
    "name": "an item that is not an object > \"x\" is an invalid entry at its index, in each batch function",
    "file": "/work/main/test/mutation/journal-history.test.ts"
  },
  {
    "name": "an item that is not an object > true is an invalid entry at its index, in each batch function",
    "file": "/work/main/test/mutation/journal-history.test.ts"
  },
  {
    "name": "an item that is not an object > is an invalid line of a journal read from text, which never throws",
    "file": "/work/main/test/mutation/journal-history.test.ts"
  },
  {
    "name": "distinct emails > counts an activation email 4 ms after a reminder as a second email",
    "file": "/work/main/test/mutation/journal-history.test.ts"
  },
  {
    "name": "distinct emails > counts a first reminder and an activation email at its instant as two emails, and the reminder again as none",
    "file": "/work/main/test/mutation/journal-history.test.ts"
  },
  {
    "name": "entries at one instant written with different offsets > give the first email as the text that sorts first, in either order",
    "file": "/work/main/test/mutation/journal-history.test.ts"
  },
  {
    "name": "entries at one instant written with different offsets > give the last email as the text that sorts first, in either order",
    "file": "/work/main/test/mutation/journal-history.test.ts"
  },
  {
    "name": "texts that sort against their instants > keep the earliest instant as the first email, in either order",
    "file": "/work/main/test/mutation/journal-ties.test.ts"
  },
  {
    "name": "texts that sort against their instants > keep the latest instant as the last email, in either order",
    "file": "/work/main/test/mutation/journal-ties.test.ts"
  },
  {
    "name": "texts that sort against their instants > keep both among three emails, in every order",
    "file": "/work/main/test/mutation/journal-ties.test.ts"
  },
  {
    "name": "a snapshot with lastEmailedAt null, for a user with one email in the journal > gets no lastEmailedAt, after one activation email",
    "file": "/work/main/test/mutation/journal-with-history.test.ts"
  },
  {
    "name": "a snapshot with lastEmailedAt null, for a user with one email in the journal > gets no lastEmailedAt, after one reminder email",
    "file": "/work/main/test/mutation/journal-with-history.test.ts"
  },
  {
    "name": "French counts at one and at two > writes days in the plural from two on, a fraction below two in the singular",
    "file": "/work/main/test/mutation/messages.test.ts"
  },
  {
    "name": "French counts at one and at two > puts the verb in the singular for one user or item",
    "file": "/work/main/test/mutation/messages.test.ts"
  },
  {
    "name": "the fingerprint of an id > is compared in full: an id whose stored fingerprint differs in any one of its three words is another id",
    "file": "/work/main/test/mutation/planning-id-set.test.ts"
  },
  {
    "name": "the fingerprint of an id > is kept in the list in the order the ids came, with its item index, the list growing with the table",
    "file": "/work/main/test/mutation/planning-id-set.test.ts"
  },
  {
    "name": "the fingerprint of an id > is tagged in the table with its third hash's low byte, 1 in place of 0",
    "file": "/work/main/test/mutation/planning-id-set.test.ts"
  },
  {
    "name": "the fingerprint of an id > with a third hash ending in a 0 byte gets tag 1, and is found again",
    "file": "/work/main/test/mutation/planning-id-set.test.ts"
  },
  {
    "name": "the fingerprint of an id > is read from the list only where the tag matches",
    "file": "/work/main/test/mutation/planning-id-set.test.ts"
  },
  {
    "name": "the table > starts with 1,024 slots and grows only once three quarters of them are in use, repeats taking none",
    "file": "/work/main/test/mutation/planning-id-set.test.ts"
  },
  {
    "name": "the table > keeps each fingerprint at the slot its first hash names, or after it with no empty slot between",
    "file": "/work/main/test/mutation/planning-id-set.test.ts"
  },
  {
    "name": "decide reads each setting once > reads a plain setting given by a getter exactly once",
    "file": "/work/main/test/mutation/policy-settings-read.test.ts"
  },
  {
    "name": "decide reads each setting once > decides on the value first read, never on what a second read would give",
    "file": "/work/main/test/mutation/policy-settings-read.test.ts"
  },
  {
    "name": "decide reads each setting once > reads the settings of a batch once, not once per user",
    "file": "/work/main/test/mutation/policy-settings-read.test.ts"
  },
  {
    "name": "previewSettingsChange refusing the settings > names after, and calls it settings, when only the settings being considered are bad",
    "file": "/work/main/test/mutation/preview.test.ts"
  },
  {
    "name": "previewSettingsChange refusing the settings > names before, and calls it settings, when only the settings now are bad",
    "file": "/work/main/test/mutation/preview.test.ts"
  },
  {
    "name": "previewSettingsChange refusing the settings > names both, before first, when both are bad",
    "file": "/work/main/test/mutation/preview.test.ts"
  },
  {
    "name": "previewSettingsChange changes > carries the manual side's trigger whichever way the setting turns",
    "file": "/work/main/test/mutation/preview.test.ts"
  },
  {
    "name": "parseReminderCadence > refuses x days, naming the field and what it received",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "parseReminderCadence > refuses NaN days, naming the field and what it received",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "parseReminderCadence > refuses Infinity days, naming the field and what it received",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "parseReminderCadence > refuses -1 days, naming the field and what it received",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "parseReminderCadence > refuses 3651 days, naming the field and what it received",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "parseReminderCadence > refuses null days, naming the field and what it received",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "parseReminderCadence > folds -0 into 0 for every field",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "parseReminderCadence > says a field could not be read when its getter throws, and quotes a value it could read",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "planReminders options > refuses options that are not an object, as reminder options",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "planReminders options > refuses a missing, unreadable or malformed now, each in its own words",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "planReminders options > refuses an unreadable or bad cadence and an unknown option, with a valid now",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "explainReminder > refuses an unknown status as a reminder status",
    "file": "/work/main/test/mutation/reminders.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: unreadable and wrong fields > says id could not be read when reading it throws",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: unreadable and wrong fields > says status could not be read when reading it throws",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: unreadable and wrong fields > says invitePending could not be read when reading it throws",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: unreadable and wrong fields > says loginEnabled could not be read when reading it throws",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: unreadable and wrong fields > says lastActivity could not be read when reading it throws",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: unreadable and wrong fields > says licenses could not be read when reading it throws",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: unreadable and wrong fields > says what each wrong field received",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: unreadable and wrong fields > names an empty id beside the other issues of the person",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: unreadable and wrong fields > refuses a person that is not an object, or cannot be read, in a page",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: unreadable and wrong fields > reads only date-times as a whole, not inside other text",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: licences > reads each licence entry, naming an unreadable, mistyped or empty one",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: licences > hands isPaidLicense each id trimmed, and takes its answer",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: licences > quotes the message of an Error isPaidLicense throws, and nothing else it throws",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: licences > reads the isPaidLicense, history and assumeInvitedAtCreated options, naming what it could not use",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: licences > reads previous: not a person, an unreadable id, and an id of another person",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "the licence catalog (the licenses option) > skips entries that are not licences, and keeps the first of two with one id",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "classifyWebexLicense by name > calls each free licence name free, in any case and with spaces around, and another name paid",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "licenseTypeCode: the edges of the base64 decoder > reads a type from a well-formed id, with or without padding and in base64url",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "licenseTypeCode: the edges of the base64 decoder > reads nothing from an id that is not base64 as a whole, or not an id of a licence",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "orgSettingsFromWebex > says which part of the setting could not be read, or what it received",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "orgSettingsFromWebex > leaves meetingsIncluded out of the settings when it was not given",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople: the page and its options > refuses a page that is not a list, or whose length is not a count, before mapping anyone",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople: the page and its options > reads previous: none, unreadable, not a list, a bad length, an entry without id, an id twice",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople: the page and its options > reads history: unreadable, a throwing function or Map, and asks only for real ids",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: the history is checked beside the person > names a history invitedAt of \"soon\" with a licence issue",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: the history is checked beside the person > names a history lastEmailedAt of 42 with a licence issue",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: the history is checked beside the person > names a history remindersSent of 1.5 with a licence issue",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: the history is checked beside the person > names a history remindersSent of -1 with a licence issue",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: the history is checked beside the person > names a history remindersSent of \"2\" with a licence issue",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: the history is checked beside the person > says a history invitedAt could not be read",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: the history is checked beside the person > says a history lastEmailedAt could not be read",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: the history is checked beside the person > says a history remindersSent could not be read",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: the history is checked beside the person > leaves out of the snapshot what the history leaves out",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: the history is checked beside the person > moves an issue between the history fields to the history option",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: assumeInvitedAtCreated > does not read created when a history is given, even with the assumption",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson: assumeInvitedAtCreated > a malformed assumption is one issue, and created is not read for it",
    "file": "/work/main/test/mutation/webex.test.ts"
  },
  {
    "name": "the packed package, installed by name > works with import (ESM)",
    "file": "/work/main/test/package/packed.test.ts"
  },
  {
    "name": "the packed package, installed by name > works with require (CommonJS)",
    "file": "/work/main/test/package/packed.test.ts"
  },
  {
    "name": "the packed package, installed by name > resolves every code entry of the exports map both ways",
    "file": "/work/main/test/package/packed.test.ts"
  },
  {
    "name": "the packed package, installed by name > reads files with the formats entry in Node, with import and with require",
    "file": "/work/main/test/package/packed.test.ts"
  },
  {
    "name": "the packed package, installed by name > ships no tests, sources or configuration",
    "file": "/work/main/test/package/packed.test.ts"
  },
  {
    "name": "the benchmark references > the baseline gives the decision decide gives, for every valid input",
    "file": "/work/main/test/performance/bench-references.test.ts"
  },
  {
    "name": "the benchmark references > the baseline refuses every snapshot decide refuses, and nothing else",
    "file": "/work/main/test/performance/bench-references.test.ts"
  },
  {
    "name": "the benchmark references > the baseline refuses the settings decide refuses",
    "file": "/work/main/test/performance/bench-references.test.ts"
  },
  {
    "name": "the benchmark references > the baseline accepts and refuses exactly what decide does on the mixed inputs the bench checks",
    "file": "/work/main/test/performance/bench-references.test.ts"
  },
  {
    "name": "the benchmark references > json-rules-engine decides as decide does",
    "file": "/work/main/test/performance/bench-references.test.ts"
  },
  {
    "name": "the tuned per-user path matches the code it replaced > parseInstant reads every string exactly as the regular expression and Date did",
    "file": "/work/main/test/performance/fast-paths.test.ts"
  },
  {
    "name": "the tuned per-user path matches the code it replaced > isEmailAddress reads every string as the pattern the JSON Schema states",
    "file": "/work/main/test/performance/fast-paths.test.ts"
  },
  {
    "name": "the tuned per-user path matches the code it replaced > parseInstant agrees on the calendar edges: leap days, year 0000, offsets across midnight",
    "file": "/work/main/test/performance/fast-paths.test.ts"
  },
  {
    "name": "the tuned per-user path matches the code it replaced > parseInstant answers null, without running any code, for what is not a string",
    "file": "/work/main/test/performance/fast-paths.test.ts"
  },
  {
    "name": "the tuned per-user path matches the code it replaced > parseUserSnapshot gives the same value or the same issues, in the same order",
    "file": "/work/main/test/performance/fast-paths.test.ts"
  },
  {
    "name": "the tuned per-user path matches the code it replaced > decide gives the same decision, or throws the same error with the same issues",
    "file": "/work/main/test/performance/fast-paths.test.ts"
  },
  {
    "name": "the tuned per-user path matches the code it replaced > decide reads each settings field once when the settings are good",
    "file": "/work/main/test/performance/fast-paths.test.ts"
  },
  {
    "name": "the tuned per-user path matches the code it replaced > a getter that decides another user in the middle of a decision spoils neither",
    "file": "/work/main/test/performance/fast-paths.test.ts"
  },
  {
    "name": "the tuned per-user path matches the code it replaced > decideEach and planActivation decide each item as the reference does, duplicates included",
    "file": "/work/main/test/performance/fast-paths.test.ts"
  },
  {
    "name": "the per-user path > decide bundles only the policy, input, planning and checklist code",
    "file": "/work/main/test/performance/per-user-graph.test.ts"
  },
  {
    "name": "the per-user path > decideEach bundles only the policy, input, planning and checklist code",
    "file": "/work/main/test/performance/per-user-graph.test.ts"
  },
  {
    "name": "the per-user path > planActivation bundles only the policy, input, planning and checklist code",
    "file": "/work/main/test/performance/per-user-graph.test.ts"
  },
  {
    "name": "the per-user path > parseUserSnapshot bundles only the policy, input, planning and checklist code",
    "file": "/work/main/test/performance/per-user-graph.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > covers every breach the issue names",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: next() gives null",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: next() gives 42",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: next() gives undefined",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: next() gives a string",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: next() gives an object after an item",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: { done: 1 }",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: { done: 'yes' }",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: { done: {} } after an item",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: a function with done: true",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: { done: 0 } and { done: '' } go on, as for...of does",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: a done getter that throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: a value getter that throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: a result Proxy whose traps throw",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: an iterator method returning null",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: an iterator method returning 42",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: an iterator whose next is 5",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: an iterator with no next",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planActivation: sync: an iterator whose next is an object",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: next() gives null",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: next() gives 42",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: next() gives undefined",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: next() gives a string",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: next() gives an object after an item",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: { done: 1 }",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: { done: 'yes' }",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: { done: {} } after an item",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: a function with done: true",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: { done: 0 } and { done: '' } go on, as for...of does",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: a done getter that throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: a value getter that throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: a result Proxy whose traps throw",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: an iterator method returning null",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: an iterator method returning 42",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: an iterator whose next is 5",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: an iterator with no next",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > decideEach: sync: an iterator whose next is an object",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: next() gives null",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: next() gives 42",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: next() gives undefined",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: next() gives a string",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: next() gives an object after an item",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: { done: 1 }",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: { done: 'yes' }",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: { done: {} } after an item",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: a function with done: true",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: { done: 0 } and { done: '' } go on, as for...of does",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: a done getter that throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: a value getter that throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: a result Proxy whose traps throw",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: an iterator method returning null",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: an iterator method returning 42",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: an iterator whose next is 5",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: an iterator with no next",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > previewSettingsChange: sync: an iterator whose next is an object",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: next() gives null",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: next() gives 42",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: next() gives undefined",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: next() gives a string",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: next() gives an object after an item",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: { done: 1 }",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: { done: 'yes' }",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: { done: {} } after an item",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: a function with done: true",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: { done: 0 } and { done: '' } go on, as for...of does",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: a done getter that throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: a value getter that throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: a result Proxy whose traps throw",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: an iterator method returning null",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: an iterator method returning 42",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: an iterator whose next is 5",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: an iterator with no next",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "a sync source that breaks the iteration protocol > planReminders: sync: an iterator whose next is an object",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: next() gives null",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: next() gives 42",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: next() gives undefined",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: next() gives a string",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: next() gives an object after an item",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: { done: 1 }",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: { done: 'yes' }",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: { done: {} } after an item",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: a function with done: true",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: { done: 0 } and { done: '' } go on, as for...of does",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: a done getter that throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: a value getter that throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: a result Proxy whose traps throw",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: an iterator method returning null",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: an iterator method returning 42",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: an iterator whose next is 5",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: an iterator with no next",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > decideEach: async: an iterator whose next is an object",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "an async source that breaks the iteration protocol > refuses a next that resolves to a non-object after the items before it were decided",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "the protocol as for...of reads it > reads next once, when the iteration starts, and calls it on the iterator",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "the protocol as for...of reads it > never reads value once done is truthy",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "the protocol as for...of reads it > still names the index of the item whose next throws",
    "file": "/work/main/test/planning/broken-iterables.test.ts"
  },
  {
    "name": "IdSet > gives -1 for a new id and the first index for a repeat",
    "file": "/work/main/test/planning/id-set.test.ts"
  },
  {
    "name": "IdSet > agrees with one Map on sequences of ids with repeats, across every growth of its table",
    "file": "/work/main/test/planning/id-set.test.ts"
  },
  {
    "name": "IdSet > keeps 200,000 distinct ids apart, ids that differ in one character or only in their order too, and finds each again",
    "file": "/work/main/test/planning/id-set.test.ts"
  },
  {
    "name": "IdSet > draws new seeds for each set, and still finds the same repeats",
    "file": "/work/main/test/planning/id-set.test.ts"
  },
  {
    "name": "invariant 10: a batch is the sum of its singles > planActivation over an array gives each user what decide gives it alone, in order, losing no one",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "invariant 10: a batch is the sum of its singles > holds for Sets and generators too",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "invariant 10: a batch is the sum of its singles > holds for decideEach, sync and over an async iterable",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "planActivation on a batch with bad items > reports each bad, duplicate or hostile item by index and field, and decides every other one",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "planActivation on a batch with bad items > decides the first of two items with the same id and reports the later one",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "planActivation on a batch with bad items > names the earlier item of a repeated id as duplicateOf, in every batch function",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "planActivation on a batch with bad items > a repeated id that is itself invalid is reported for its own fields, not as a duplicate",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "planActivation on a batch with bad items > gives all six kinds as keys even for an empty org",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "planActivation on a batch with bad items > throws PolicyInputError on bad settings before reading a single user",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "planActivation on a batch with bad items > throws PolicyInputError when users is not iterable, or the iterable itself fails",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "planActivation on a batch with bad items > never mutates the items, and works on frozen ones",
    "file": "/work/main/test/planning/plan-activation.test.ts"
  },
  {
    "name": "invariant 1: totality > gives every valid pair exactly one well-formed decision",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 1: totality > gives any other value a PolicyInputError naming the same fields the parsers name, never a decision",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 2: free is silent > decides skip-free for a free user under every setting and history",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 3: conversion is never suppressed > decides notify-conversion for a free-to-paid user under every setting",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 4: the setting reaches only suppressible users > changes a decision only for new and inactive users, only between the automatic kinds and manual-required",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 5: off means nothing automatic > never decides auto-send or reminder-eligible with auto-send off",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 5: off means nothing automatic > sends every new or inactive user to manual work",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 6: on means no manual work > never decides manual-required with auto-send on, set or omitted",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 7: default is on > decides an omitted setting exactly like true",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 8: signing in ends onboarding > decides no-action for a paid, non-converting user who signed in, whatever else is true",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 9: purity > gives the same output for the same input, and never mutates it",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 9: purity > works on deeply frozen inputs",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "invariant 9: purity > reads no clock and no randomness",
    "file": "/work/main/test/policy/invariants.test.ts"
  },
  {
    "name": "POLICY_VERSION is pinned to the decisions > covers the whole abstract input space",
    "file": "/work/main/test/policy/policy-version.test.ts"
  },
  {
    "name": "POLICY_VERSION is pinned to the decisions > every decision carries POLICY_VERSION",
    "file": "/work/main/test/policy/policy-version.test.ts"
  },
  {
    "name": "POLICY_VERSION is pinned to the decisions > the decisions are the ones recorded for POLICY_VERSION 1.0.0",
    "file": "/work/main/test/policy/policy-version.test.ts"
  },
  {
    "name": "POLICY_VERSION is pinned to the decisions > no two versions record the same decisions",
    "file": "/work/main/test/policy/policy-version.test.ts"
  },
  {
    "name": "POLICY_VERSION is pinned to the decisions > versions are semver and recorded in increasing order",
    "file": "/work/main/test/policy/policy-version.test.ts"
  },
  {
    "name": "each rule row of the policy > free-license > is skip-free with auto-send on",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > free-license > is skip-free with the setting omitted, exactly as with it on",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > free-license > is skip-free with auto-send off",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > free-to-paid-conversion > is notify-conversion with auto-send on",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > free-to-paid-conversion > is notify-conversion with the setting omitted, exactly as with it on",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > free-to-paid-conversion > is notify-conversion with auto-send off",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > already-signed-in > is no-action with auto-send on",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > already-signed-in > is no-action with the setting omitted, exactly as with it on",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > already-signed-in > is no-action with auto-send off",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > new-user > is auto-send with auto-send on",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > new-user > is auto-send with the setting omitted, exactly as with it on",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > new-user > is manual-required with auto-send off",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > inactive-user > is reminder-eligible with auto-send on",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > inactive-user > is reminder-eligible with the setting omitted, exactly as with it on",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > inactive-user > is manual-required with auto-send off",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > lists the rows in the precedence order of DOMAIN.md",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > gives every rule row its own reasons, all of them known kebab-case codes",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "each rule row of the policy > says in the reasons of new and inactive users how the setting was",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "the conditions the rule rows carry > give every combination of facts a row",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "the conditions the rule rows carry > decide as decide does: the first row whose when holds",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "the conditions the rule rows carry > hold for the example user of their own row",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "the conditions the rule rows carry > let a conversion win over signing in and the email history (precedence)",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "the manual-email checklist on manual-required decisions > leaves out the Personal Meeting Room link without Webex Meetings",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "the manual-email checklist on manual-required decisions > asks for the Personal Meeting Room link with Webex Meetings",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "the manual-email checklist on manual-required decisions > does not depend on Meetings for any other kind",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "decisions are plain JSON > round-trips through JSON unchanged and has no undefined-valued keys",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "decisions are plain JSON > shares no mutable state between decisions",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "public constants > lists the six outcome kinds",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "public constants > freezes the default settings: automatic emails on, no Meetings",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "public constants > has a non-empty policy version",
    "file": "/work/main/test/policy/rules.test.ts"
  },
  {
    "name": "src/policy > holds the policy files, the checklist ids among them",
    "file": "/work/main/test/policy/walls.test.ts"
  },
  {
    "name": "src/policy > checklist.ts imports nothing from the layers above the policy",
    "file": "/work/main/test/policy/walls.test.ts"
  },
  {
    "name": "src/policy > decide.ts imports nothing from the layers above the policy",
    "file": "/work/main/test/policy/walls.test.ts"
  },
  {
    "name": "src/policy > decision.ts imports nothing from the layers above the policy",
    "file": "/work/main/test/policy/walls.test.ts"
  },
  {
    "name": "src/policy > outcomes.ts imports nothing from the layers above the policy",
    "file": "/work/main/test/policy/walls.test.ts"
  },
  {
    "name": "src/policy > policy-version.ts imports nothing from the layers above the policy",
    "file": "/work/main/test/policy/walls.test.ts"
  },
  {
    "name": "src/policy > rules.ts imports nothing from the layers above the policy",
    "file": "/work/main/test/policy/walls.test.ts"
  },
  {
    "name": "previewSettingsChange, as properties > lists exactly the users whose kind differs, in input order, with the kinds decide gives",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "previewSettingsChange, as properties > moves users only between auto-send/reminder-eligible and manual-required, the way the setting turns",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "previewSettingsChange, as properties > gives exactly the advisories of the setting change, whatever the users",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "previewSettingsChange, by example > turning automatic emails off",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "previewSettingsChange, by example > turning them back on",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "previewSettingsChange, by example > leaving the setting alone, even when meetingsIncluded changes, moves no one and needs no advisory",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "previewSettingsChange, by example > every advisory code is reachable",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "previewSettingsChange, by example > takes any iterable: a Set or a generator gives what the array gives",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "previewSettingsChange, by example > reads each user once",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "previewSettingsChange, by example > throws PolicyInputError naming before or after, before reading any user",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "previewSettingsChange on a large org > lists 200,000 changes without spreading them into a call (no stack overflow)",
    "file": "/work/main/test/preview/preview-settings-change.test.ts"
  },
  {
    "name": "explainReminder > has a distinct message for every status in every language, English by default",
    "file": "/work/main/test/reminders/explain-reminder.test.ts"
  },
  {
    "name": "explainReminder > says what to do: today, not yet (24 hours), escalate, nothing",
    "file": "/work/main/test/reminders/explain-reminder.test.ts"
  },
  {
    "name": "explainReminder > follows French typography: a no-break space before colons and semicolons, never a plain one",
    "file": "/work/main/test/reminders/explain-reminder.test.ts"
  },
  {
    "name": "explainReminder > automatic: what the setting allows, never that Control Hub sends reminders on its own",
    "file": "/work/main/test/reminders/explain-reminder.test.ts"
  },
  {
    "name": "explainReminder > refuses an unknown status or locale, naming the field",
    "file": "/work/main/test/reminders/explain-reminder.test.ts"
  },
  {
    "name": "the shape of the plan > sorts inactive users into due, upcoming and exhausted, in input order, and counts everyone",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "the shape of the plan > leaves reminders to Control Hub when automatic emails are on (the default)",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "the shape of the plan > writes dueAt in UTC whatever offset the snapshot used",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "the shape of the plan > gives the last email back as the snapshot wrote it",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "the shape of the plan > plans a repeated id once, as planActivation does, and reports the repeat",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "the shape of the plan > takes any iterable and frozen inputs, and changes none of them",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "cadence boundaries (defaults: first after 3 days, every 7, at most 3) > calls the first reminder due exactly firstAfterDays after the invitation, not a millisecond sooner",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "cadence boundaries (defaults: first after 3 days, every 7, at most 3) > calls each later reminder due everyDays after the last email",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "cadence boundaries (defaults: first after 3 days, every 7, at most 3) > counts reminders: the one before the maximum is planned, the maximum is exhausted",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "cadence boundaries (defaults: first after 3 days, every 7, at most 3) > reads an absent or null history as no reminder yet, the invitation being the last email",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "cadence boundaries (defaults: first after 3 days, every 7, at most 3) > times the first reminder from the invitation even when a later email was recorded, 24 hours after it at the soonest",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "cadence boundaries (defaults: first after 3 days, every 7, at most 3) > with zero days, waits exactly 24 hours after the last email",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "cadence boundaries (defaults: first after 3 days, every 7, at most 3) > takes fractional days as that many hours, and still never less than 24",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "cadence boundaries (defaults: first after 3 days, every 7, at most 3) > plans a user emailed after `now` (a clock ahead, a snapshot from later) as upcoming",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "cadence boundaries (defaults: first after 3 days, every 7, at most 3) > uses the defaults it documents",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "a daylight-saving change, in offset timestamps > does not call a reminder due at the same clock time the next day when only 23 hours have passed",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "a daylight-saving change, in offset timestamps > counts days as 24-hour spans across the spring change: the due time moves an hour on the local clock",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "a daylight-saving change, in offset timestamps > counts days as 24-hour spans across the autumn change too",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > puts a negative reminder count in invalid, names the field, and still plans everyone else",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > puts a fractional reminder count in invalid, names the field, and still plans everyone else",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > puts a reminder count as text in invalid, names the field, and still plans everyone else",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > puts an infinite reminder count in invalid, names the field, and still plans everyone else",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > puts a last email before the invitation in invalid, names the field, and still plans everyone else",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > puts a last email on an impossible day in invalid, names the field, and still plans everyone else",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > puts a last email with no offset in invalid, names the field, and still plans everyone else",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > puts a last email as a date only in invalid, names the field, and still plans everyone else",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > puts a last email as epoch milliseconds in invalid, names the field, and still plans everyone else",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > puts an invitation that is not an instant in invalid, names the field, and still plans everyone else",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > rejects a last email with no invitation",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad history values > reports a history field whose getter throws, without stopping the batch",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses a now that is missing",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses a now that is a date without a time",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses a now that is a time without an offset",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses a now that is an impossible day",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses a now that is a number",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses a now that is a Date",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses a now that is empty",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses cadence.firstAfterDays = -1",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses cadence.firstAfterDays = NaN",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses cadence.everyDays = Infinity",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses cadence.everyDays = 7",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses cadence.everyDays = 3651",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses cadence.maxReminders = 1.5",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses cadence.maxReminders = -1",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses cadence.maxReminders = null",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > names every bad field at once, unknown keys included, in its message too",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > refuses a cadence or options that are not objects",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > reports options whose getters throw as issues",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "bad now, cadence or settings > checks the settings first, and then the options, before reading any user",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "a large org > plans 200,000 inactive users without spreading them into a call (no stack overflow)",
    "file": "/work/main/test/reminders/plan-reminders.test.ts"
  },
  {
    "name": "planReminders properties > never calls a reminder due within 24 hours of the last email",
    "file": "/work/main/test/reminders/properties.test.ts"
  },
  {
    "name": "planReminders properties > calls nothing due, upcoming or exhausted with automatic emails on",
    "file": "/work/main/test/reminders/properties.test.ts"
  },
  {
    "name": "planReminders properties > calls no one due who already had the most reminders, and calls all of them exhausted",
    "file": "/work/main/test/reminders/properties.test.ts"
  },
  {
    "name": "planReminders properties > never makes a due user not due by moving now forward",
    "file": "/work/main/test/reminders/properties.test.ts"
  },
  {
    "name": "planReminders properties > stops calling a user due once the reminder is recorded, for the next 24 hours at least",
    "file": "/work/main/test/reminders/properties.test.ts"
  },
  {
    "name": "planReminders properties > gives the same answer to the same input, and changes no input",
    "file": "/work/main/test/reminders/properties.test.ts"
  },
  {
    "name": "planReminders properties > accounts for every item: counts add up and each inactive user lands in exactly one list",
    "file": "/work/main/test/reminders/properties.test.ts"
  },
  {
    "name": "planReminders properties > reports each broken snapshot (bad history included) where it is, and plans everyone else as if it were absent",
    "file": "/work/main/test/reminders/properties.test.ts"
  },
  {
    "name": "planReminders properties > plans each user of a batch as it plans that user alone",
    "file": "/work/main/test/reminders/properties.test.ts"
  },
  {
    "name": "runs the example of docs/reminders.md",
    "file": "/work/main/test/reminders/readme.test.ts"
  },
  {
    "name": "the committed schema files > schemas/user-snapshot.json is what `npm run schemas` generates (run it after changing the code)",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > schemas/org-settings.json is what `npm run schemas` generates (run it after changing the code)",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > schemas/decision.json is what `npm run schemas` generates (run it after changing the code)",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > schemas/manual-email-draft.json is what `npm run schemas` generates (run it after changing the code)",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > schemas/journal-entry.json is what `npm run schemas` generates (run it after changing the code)",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > schemas/user-snapshot.json is a valid draft 2020-12 schema that strict Ajv compiles",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > schemas/org-settings.json is a valid draft 2020-12 schema that strict Ajv compiles",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > schemas/decision.json is a valid draft 2020-12 schema that strict Ajv compiles",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > schemas/manual-email-draft.json is a valid draft 2020-12 schema that strict Ajv compiles",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > schemas/journal-entry.json is a valid draft 2020-12 schema that strict Ajv compiles",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > ships every file under its exact subpath",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > activation-email-policy/schemas/user-snapshot.json resolves through the exports map",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > activation-email-policy/schemas/org-settings.json resolves through the exports map",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > activation-email-policy/schemas/decision.json resolves through the exports map",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > activation-email-policy/schemas/manual-email-draft.json resolves through the exports map",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "the committed schema files > activation-email-policy/schemas/journal-entry.json resolves through the exports map",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > format as an annotation: what the parser accepts the schema accepts, and the reverse up to the documented checks",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > format asserted (ajv-formats): what the parser accepts the schema accepts, and the reverse up to the documented checks",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > would catch a schema with hasSignedIn not required",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > would catch a schema with an empty id allowed",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > would catch a schema with a negative remindersSent allowed",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > would catch a schema with an unsafe remindersSent allowed",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > would catch a schema with any instant string allowed",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > would catch a schema with a last email without a first allowed",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > would catch a schema with previousLicense null refused",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > would catch a schema with licence in any case",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > would catch a schema with extra fields refused",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > format as an annotation: refuses every flaw of the testing kit but the documented ones",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > format asserted (ajv-formats): refuses every flaw of the testing kit but the documented ones",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > the parser still refuses 2026-02-30T00:00:00Z, which the pattern lets through",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > the parser still refuses 2026-02-29T00:00:00Z, which the pattern lets through",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > the parser still refuses 1900-02-29T12:00:00+01:00, which the pattern lets through",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > the parser still refuses 2026-04-31T09:00:00Z, which the pattern lets through",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > the parser still refuses a last email before the first, which no schema can compare",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "user-snapshot.json agrees with parseUserSnapshot > the schema does express that a last email needs a first one",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "org-settings.json agrees with parseOrgSettings > exactly, both ways (formats asserted: false)",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "org-settings.json agrees with parseOrgSettings > exactly, both ways (formats asserted: true)",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "org-settings.json agrees with parseOrgSettings > would catch a schema with unknown keys allowed",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "org-settings.json agrees with parseOrgSettings > would catch a schema with a string flag allowed",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "org-settings.json agrees with parseOrgSettings > would catch a schema with a null flag allowed",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "org-settings.json agrees with parseOrgSettings > carries the defaults as annotations",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > accepts every decision over the whole abstract input space",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > accepts the decisions of generated inputs",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses an unknown kind",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses a kind its rule cannot give",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses a trigger outside manual-required",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses manual-required without its checklist",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses an unknown trigger",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses an unknown checklist item",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses no reasons",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses an unknown reason",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses a repeated reason",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses an empty user id",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses an extra field",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "decision.json describes every decision > refuses no policy version",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > accepts a draft exactly when no filled-in field is unusable (formats asserted: false)",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > accepts a draft exactly when no filled-in field is unusable (formats asserted: true)",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > would catch a schema with any https link as the portal",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > would catch a schema with an http portal link",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > would catch a schema with any scheme in support links",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > would catch a schema with an empty list of training links",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > would catch a schema with an http PMR link",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > would catch a schema with a number as text",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > refuses what is not a draft, as checkManualEmail throws on it",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > the checker still refuses https://example.com:99999/ (an invalid port), which the pattern lets through",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > the checker still refuses https://[::1/ (a broken IP literal), which the pattern lets through",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > the checker still refuses https://exa<mple.com/ (a forbidden host character), which the pattern lets through",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > the checker accepts https:help.example.com (missing slashes), which the pattern refuses",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "manual-email-draft.json agrees with checkManualEmail > the checker accepts https://help.example.com/a\nb (a line break inside, which the URL Standard strips), which the pattern refuses",
    "file": "/work/main/test/schema/json-schema.test.ts"
  },
  {
    "name": "docs/ecosystem.md > has its two snippets",
    "file": "/work/main/test/schema/readme-ecosystem.test.ts"
  },
  {
    "name": "docs/ecosystem.md > runs the tRPC snippet against the build",
    "file": "/work/main/test/schema/readme-ecosystem.test.ts"
  },
  {
    "name": "docs/ecosystem.md > runs the Ajv snippet on the shipped schema",
    "file": "/work/main/test/schema/readme-ecosystem.test.ts"
  },
  {
    "name": "userSnapshotSchema and orgSettingsSchema implement Standard Schema v1 > userSnapshotSchema carries version 1 and the package as vendor, frozen",
    "file": "/work/main/test/schema/standard-schema.test.ts"
  },
  {
    "name": "userSnapshotSchema and orgSettingsSchema implement Standard Schema v1 > orgSettingsSchema carries version 1 and the package as vendor, frozen",
    "file": "/work/main/test/schema/standard-schema.test.ts"
  },
  {
    "name": "userSnapshotSchema and orgSettingsSchema implement Standard Schema v1 > validates snapshots exactly as parseUserSnapshot does: same verdict, value and issues",
    "file": "/work/main/test/schema/standard-schema.test.ts"
  },
  {
    "name": "userSnapshotSchema and orgSettingsSchema implement Standard Schema v1 > validates settings exactly as parseOrgSettings does: same verdict, defaults and issues",
    "file": "/work/main/test/schema/standard-schema.test.ts"
  },
  {
    "name": "userSnapshotSchema and orgSettingsSchema implement Standard Schema v1 > reports every issue with a message and a path of property keys",
    "file": "/work/main/test/schema/standard-schema.test.ts"
  },
  {
    "name": "userSnapshotSchema and orgSettingsSchema implement Standard Schema v1 > never throws, even on values whose property reads throw",
    "file": "/work/main/test/schema/standard-schema.test.ts"
  },
  {
    "name": "userSnapshotSchema and orgSettingsSchema implement Standard Schema v1 > ignores the spec options argument (no vendor options exist)",
    "file": "/work/main/test/schema/standard-schema.test.ts"
  },
  {
    "name": "through tRPC, a consumer of any Standard Schema > infers the procedure input and output types from the schemas",
    "file": "/work/main/test/schema/standard-schema.test.ts"
  },
  {
    "name": "through tRPC, a consumer of any Standard Schema > accepts what the parser accepts and rejects the rest with the parser issues",
    "file": "/work/main/test/schema/standard-schema.test.ts"
  },
  {
    "name": "through tRPC, a consumer of any Standard Schema > turns bad settings into BAD_REQUEST with the settings issues",
    "file": "/work/main/test/schema/standard-schema.test.ts"
  },
  {
    "name": "arbUserSnapshot > makes only snapshots that parseUserSnapshot accepts unchanged, with every optional field present, null and absent",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbUserSnapshot > gives batches with distinct ids, as the README draws them, that plan with nothing invalid",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbUserSnapshot > draws remindersSent from 0 up to the largest safe integer",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbUserId > makes non-empty ids of many shapes",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbInstant > makes real instants with every offset form, 0 to 9 fraction digits and the calendar edges",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbOrgSettings > makes only valid settings, each field true, false or left out, never an unknown key",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > agrees with RULES on which rows yield each kind",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > lands every draw on auto-send and hits every row that yields it",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > lands every draw on skip-free and hits every row that yields it",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > lands every draw on notify-conversion and hits every row that yields it",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > lands every draw on manual-required and hits every row that yields it",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > lands every draw on reminder-eligible and hits every row that yields it",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > lands every draw on no-action and hits every row that yields it",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > makes every kind and every row when no kind is asked",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > narrows to one rule row, alone or with a kind",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > refuses a kind no row yields with the PolicyInputError every bad argument gets",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > refuses an unknown rule, an unknown option and a rule that never yields the kind, naming each",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > refuses an argument that is neither a kind nor options, and options that cannot be read",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbDecisionInput(kind) > accepts a kind alone, options with either part, and nothing at all",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbInvalidUserSnapshot > makes only inputs parseUserSnapshot rejects with one issue, on exactly the path it gives",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbInvalidUserSnapshot > breaks every field of the snapshot field table: a required one left out, one that may not be null set to null",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbInvalidUserSnapshot > breaks a valid snapshot in one field only: putting that field back makes it valid",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "arbInvalidUserSnapshot > includes the look-alikes a hand-written test forgets",
    "file": "/work/main/test/testing/arbitraries.test.ts"
  },
  {
    "name": "userSnapshot > is a new paid user, never signed in, never emailed",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "userSnapshot > puts overrides on top and returns a fresh object each time",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "userSnapshot > leaves out an optional field overridden with undefined",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "userSnapshot > throws a PolicyInputError naming each bad override",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "userSnapshot > names lastEmailedAt when it is set without invitedAt",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "userSnapshot > names a required field overridden with undefined",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "userSnapshot > refuses unknown keys, typos included, instead of dropping them",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "userSnapshot > refuses overrides that are not an object",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "userSnapshot > turns overrides whose reads throw into a PolicyInputError",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "userSnapshot > builds batches when each user has its own id",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "orgSettings > fills every default and keeps overrides",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "orgSettings > throws a PolicyInputError naming a bad or unknown setting",
    "file": "/work/main/test/testing/builders.test.ts"
  },
  {
    "name": "the main entry in a browser bundle > src/index.ts pulls in neither the kit nor fast-check nor Node built-ins",
    "file": "/work/main/test/testing/package.test.ts"
  },
  {
    "name": "the main entry in a browser bundle > dist/index.js pulls in neither the kit nor fast-check nor Node built-ins",
    "file": "/work/main/test/testing/package.test.ts"
  },
  {
    "name": "the main entry in a browser bundle > the built CommonJS main entry does not require fast-check either",
    "file": "/work/main/test/testing/package.test.ts"
  },
  {
    "name": "the built kit > loads fast-check instead of bundling it, never statically, and loads the main entry beside it",
    "file": "/work/main/test/testing/package.test.ts"
  },
  {
    "name": "a project that installed the package and fast-check > sees one PolicyInputError class across both entries with import (ESM)",
    "file": "/work/main/test/testing/package.test.ts"
  },
  {
    "name": "a project that installed the package and fast-check > sees one PolicyInputError class across both entries with require (CommonJS)",
    "file": "/work/main/test/testing/package.test.ts"
  },
  {
    "name": "the built declarations, in a TypeScript project > type-checks a user of both entries (nodenext, strict), and reports each wrong use",
    "file": "/work/main/test/testing/package.test.ts"
  },
  {
    "name": "the packed kit in a project without fast-check > is installed without fast-check, with the licence text beside it",
    "file": "/work/main/test/testing/packed-kit.test.ts"
  },
  {
    "name": "the packed kit in a project without fast-check > builds with import (ESM); an arbitrary names the peer dependency to install",
    "file": "/work/main/test/testing/packed-kit.test.ts"
  },
  {
    "name": "the packed kit in a project without fast-check > builds with require (CommonJS); an arbitrary names the peer dependency to install",
    "file": "/work/main/test/testing/packed-kit.test.ts"
  },
  {
    "name": "the packed kit in a project without fast-check > says what to install, and that the builders need nothing",
    "file": "/work/main/test/testing/packed-kit.test.ts"
  },
  {
    "name": "nextAction > emails a new paid user when automatic emails are on",
    "file": "/work/main/test/testing/readme-example.test.ts"
  },
  {
    "name": "nextAction > asks the admin, and never emails, when the policy says the email is manual",
    "file": "/work/main/test/testing/readme-example.test.ts"
  },
  {
    "name": "nextAction > always tells a converted user, whatever the settings",
    "file": "/work/main/test/testing/readme-example.test.ts"
  },
  {
    "name": "nextAction > rejects a broken snapshot and names the field at fault",
    "file": "/work/main/test/testing/readme-example.test.ts"
  },
  {
    "name": "docs/testing-kit.md > shows test/testing/readme-example.test.ts as it is",
    "file": "/work/main/test/testing/readme.test.ts"
  },
  {
    "name": "docs/testing-kit.md > names every runtime export of the kit",
    "file": "/work/main/test/testing/readme.test.ts"
  },
  {
    "name": "a deliberately failing property > shrinks \"nothing is ever manual\" to the smallest manual input",
    "file": "/work/main/test/testing/shrinking.test.ts"
  },
  {
    "name": "a deliberately failing property > shrinks \"nobody was first emailed in 2030 or later\" to one first email, on the first instant that fails",
    "file": "/work/main/test/testing/shrinking.test.ts"
  },
  {
    "name": "a deliberately failing property > shrinks a broken snapshot to a short one",
    "file": "/work/main/test/testing/shrinking.test.ts"
  },
  {
    "name": "the built webex entry > works by name with import",
    "file": "/work/main/test/webex/built-entry.test.ts"
  },
  {
    "name": "the built webex entry > works by name with require",
    "file": "/work/main/test/webex/built-entry.test.ts"
  },
  {
    "name": "the built webex entry > imports the main entry instead of carrying a copy, and no Node built-in",
    "file": "/work/main/test/webex/built-entry.test.ts"
  },
  {
    "name": "licenseTypeCode > reads the type of each fixture licence",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "licenseTypeCode > returns null for ids without a type, the shape of Cisco's published examples",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "licenseTypeCode > accepts padding, missing padding and base64url digits alike",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "licenseTypeCode > reads ids from other clusters too",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "licenseTypeCode > returns null for what is not a typed licence id, never throws",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "licenseTypeCode > decodes the type of any well-formed id, in every base64 spelling (property)",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "licenseTypeCode > never throws on any string (property)",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "the built-in classification > takes exactly the four observed types as free",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "the built-in classification > classifies by type, then by name for ids without a type, else not at all",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "the built-in classification > lets the type win over the name",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "the built-in classification > matches free names in any case and spacing, and ignores empty or unreadable names",
    "file": "/work/main/test/webex/license-type.test.ts"
  },
  {
    "name": "orgSettingsFromWebex > maps the setting value to autoSendActivationEmails",
    "file": "/work/main/test/webex/org-settings-from-webex.test.ts"
  },
  {
    "name": "orgSettingsFromWebex > adds meetingsIncluded from extra",
    "file": "/work/main/test/webex/org-settings-from-webex.test.ts"
  },
  {
    "name": "orgSettingsFromWebex > returns settings that parseOrgSettings accepts",
    "file": "/work/main/test/webex/org-settings-from-webex.test.ts"
  },
  {
    "name": "orgSettingsFromWebex > rejects another key and any value that is not a JSON boolean",
    "file": "/work/main/test/webex/org-settings-from-webex.test.ts"
  },
  {
    "name": "orgSettingsFromWebex > never throws",
    "file": "/work/main/test/webex/org-settings-from-webex.test.ts"
  },
  {
    "name": "mapping properties > never throws, and every mapped snapshot passes parseUserSnapshot unchanged",
    "file": "/work/main/test/webex/properties.test.ts"
  },
  {
    "name": "mapping properties > maps every well-formed person whose licences can all be classified",
    "file": "/work/main/test/webex/properties.test.ts"
  },
  {
    "name": "mapping properties > lets the caller's isPaidLicense always win, for this person and for previous",
    "file": "/work/main/test/webex/properties.test.ts"
  },
  {
    "name": "mapping properties > classifies a person with a paid licence as paid, and one with free licences only as free",
    "file": "/work/main/test/webex/properties.test.ts"
  },
  {
    "name": "mapping properties > never takes an email from the People API: no record, no email, whatever created and invitePending say",
    "file": "/work/main/test/webex/properties.test.ts"
  },
  {
    "name": "mapping properties > gives a person with a recorded first email exactly that history",
    "file": "/work/main/test/webex/properties.test.ts"
  },
  {
    "name": "mapping properties > maps a page as the sum of its people mapped one by one",
    "file": "/work/main/test/webex/properties.test.ts"
  },
  {
    "name": "the example of docs/webex.md > is in docs/webex.md as written here",
    "file": "/work/main/test/webex/readme-example.test.ts"
  },
  {
    "name": "the example of docs/webex.md > goes from People and Licenses JSON and a journal to a plan",
    "file": "/work/main/test/webex/readme-example.test.ts"
  },
  {
    "name": "the example of docs/webex.md > makes everyone with no record a new user, created long ago or not",
    "file": "/work/main/test/webex/readme-example.test.ts"
  },
  {
    "name": "the example of docs/webex.md > finds the conversion once the previous page is given",
    "file": "/work/main/test/webex/readme-example.test.ts"
  },
  {
    "name": "the example of docs/webex.md > runs the override shown in docs/webex.md",
    "file": "/work/main/test/webex/readme-example.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > maps a signed-in paid person whose ids are comma-joined and flags are strings",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > maps a person with free licences only, flags as booleans, to free",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > maps a paid, invited, never-signed-in person with no history as never emailed, created notwithstanding",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > takes created as the invitation only when told to assume it",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > maps a pending person with no invitation as never signed in and never emailed",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > sees a conversion through previous",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > classifies ids without a type by their name in licenses, and reports them otherwise",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > returns a snapshot that parseUserSnapshot accepts as it is",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > takes the history from the caller, every field as given",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > names each bad history field under options.history",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > names a bad assumeInvitedAtCreated",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on the fixture people > carries emails[0] as email when it is one address, and leaves it out otherwise, never refusing the person",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "the seed's cases, from a People API person > a paid person who never signed in and has no history is a new user: auto-send, or manual-required / new-user",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "the seed's cases, from a People API person > with a recorded email, the same person is inactive: reminder-eligible, or manual-required / inactive-user",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on missing and malformed fields > names the path of every problem, person by person",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on missing and malformed fields > reads created only under the assumption, and then names it when it is missing",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on missing and malformed fields > lets one paid licence settle a person whose other licence is unknown",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on missing and malformed fields > rewrites a created date in a close variant of the strict shape, same instant, under the assumption",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on missing and malformed fields > reads hasSignedIn from lastActivity first, then invitePending and status",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on missing and malformed fields > accepts only booleans and the strings \"true\" and \"false\" as flags",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on missing and malformed fields > treats a missing or empty licences list as no licence, so free, and rejects anything but an array of strings",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on missing and malformed fields > rejects an id that is empty or not a string, and a previous that is someone else",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson, on missing and malformed fields > reports every problem at once",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson never throws > turns hostile values into issues on their paths",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson never throws > turns a throwing or non-boolean isPaidLicense into an issue on that licence",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson never throws > turns malformed options into issues under options",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotFromWebexPerson never throws > never mutates its inputs (frozen inputs work)",
    "file": "/work/main/test/webex/snapshot-from-person.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > maps a whole page in page order, with a conversion found in the previous page",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > accepts the items arrays as well as the responses",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > puts every person it cannot map in invalid, by index, and drops no one",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > carries each person's first address as email",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > reads the history from a map or a function, by person id",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > takes created as the invitation of a pending person with no record only when told to assume it",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > takes the journal's history as it is",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > makes a bad or throwing history answer an issue on that person only",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > classifies a licence once per page, never across calls",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > leaves repeated ids to planActivation, which reports them",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > survives hostile people",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > throws PolicyInputError, before mapping anyone, for a page that is no list",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "snapshotsFromWebexPeople > throws PolicyInputError for malformed options, naming each",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "the seed's cases, from a People API page > with no record of her, she is a new user, however long ago she was created",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "the seed's cases, from a People API page > once her first email is recorded, she is inactive, and reminders follow the record",
    "file": "/work/main/test/webex/snapshots-from-people.test.ts"
  },
  {
    "name": "killed with SIGKILL after 3 accepted messages > a rerun sends everyone else once; only the uncertain may lack a message; the journal agrees with the server",
    "file": "/work/main/test/cli/send/crash.test.ts"
  },
  {
    "name": "killed with SIGKILL after 17 accepted messages > a rerun sends everyone else once; only the uncertain may lack a message; the journal agrees with the server",
    "file": "/work/main/test/cli/send/crash.test.ts"
  },
  {
    "name": "killed with SIGKILL after 29 accepted messages > a rerun sends everyone else once; only the uncertain may lack a message; the journal agrees with the server",
    "file": "/work/main/test/cli/send/crash.test.ts"
  },
  {
    "name": "a message the server accepts > arrives once, with its recipient, subject, text and HTML, accents intact",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "a message the server accepts > keeps one connection for many messages",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "faults > a temporary 451, then acceptance: sent on the second try, after the first wait",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "faults > a 451 every time: deferred after every wait, nothing delivered",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "faults > a permanent 550 for one recipient: failed at once with the reply, the next recipient still sent",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "faults > the connection dropped before the message went out: retried on a new connection, delivered once",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "faults > the connection dropped after the message went out, with no reply: uncertain, never sent again",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "faults > a server that is not there: deferred after the waits, and the reason names the server",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "credentials > go over STARTTLS when the server offers it, and the login succeeds",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "credentials > go over TLS from the first byte with smtps://",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "credentials > a certificate that cannot be verified: no session, no login, whatever the host",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "credentials > are never sent unencrypted to a server off this machine: the session stops before AUTH",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "credentials > may go unencrypted to this machine",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "credentials > a refused login stops the run, and no message names the password or the user",
    "file": "/work/main/test/cli/send/deliver.test.ts"
  },
  {
    "name": "receives what send sends, prints a line per message, saves it whole, and stops on SIGTERM",
    "file": "/work/main/test/cli/send/mail-server-script.test.ts"
  },
  {
    "name": "--smtp > reads the scheme, the host and the port, with the usual ports by default",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--smtp > takes credentials from the URL (percent-decoded), else from SMTP_USER and SMTP_PASSWORD",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--smtp > shows the server without the credentials, and redacts every form of them",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--smtp > refuses not a URL, without quoting the URL",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--smtp > refuses another scheme, without quoting the URL",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--smtp > refuses a path, without quoting the URL",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--smtp > refuses a query, without quoting the URL",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--smtp > never quotes a password it refuses",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--smtp > knows this machine from any other",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--rate > spaces messages evenly: 60 a minute is one a second",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--rate > does not wait when the messages are slower than the rate",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--rate > never waits without a rate",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--from > takes a bare address or one with a display name",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--from > refuses two addresses",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--from > refuses no address",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "--from > refuses a line break",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": ".eml files > are named after the user and the email; an id with unsafe characters gets a hash, so two never collide",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": ".eml files > are written whole: the bytes, and no temporary file left",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": ".eml files > replace an older file in one step",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": ".eml files > a folder that is not there: an error, and nothing written",
    "file": "/work/main/test/cli/send/parts.test.ts"
  },
  {
    "name": "who gets what > without --yes: lists who would get which email, prints the first message, sends and records nothing",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "who gets what > with --yes: one message per selected user, with every checklist item in text and HTML, accents intact",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "who gets what > the journal: sending before each message, sent with the Message-ID the server received after it",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "who gets what > run again: nobody is emailed twice",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "who gets what > --only: the named users alone; a named user who gets nothing now is listed with why",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "who gets what > --only with an id the input does not hold: exit 2, nothing sent",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "who gets what > automatic emails on: nothing to send by hand, and it says so",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "who gets what > in French: the emails and the output",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": ".eml files > --out DIR --yes: one whole RFC 5322 file per user, multipart text and HTML in UTF-8; nothing recorded",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": ".eml files > --out without --yes writes nothing",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "faults > a temporary 451, then acceptance: sent once, after one wait",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "faults > a permanent 550 for one recipient: failed with the reply, in the journal and the output; the others sent; exit 1",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "faults > a 451 every time: deferred after every try, journal closed with the reply, sent on the next run",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "faults > the connection dropped before a message: retried on a new connection, every user once",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "faults > the connection dropped after a message went out: uncertain, not sent again, not even on the next run unless --resend-uncertain",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "faults > a server that cannot be reached: exit 2 before anything is recorded",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "faults > --rate: messages spaced evenly",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "the terminal > Ctrl-C: the message on its way finishes, the rest is left for the next run, none uncertain",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "the terminal > a progress line on a terminal, erased before the summary; none when standard error is not one",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "credentials > from SMTP_USER and SMTP_PASSWORD, over STARTTLS, never printed",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "credentials > in the URL and refused by the server: exit 2, and neither the user nor the password appears",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "usage errors (exit 2) > neither --smtp nor --out",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "usage errors (exit 2) > both --smtp and --out",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "usage errors (exit 2) > a URL that is not smtp",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "usage errors (exit 2) > a user without a password",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "usage errors (exit 2) > a bad --rate",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "usage errors (exit 2) > a bad --from",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "usage errors (exit 2) > an incomplete draft: exit 2, naming what is missing",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "the journal decides who was emailed > a last line cut short by a killed writer is removed, said on standard error, and the send goes on",
    "file": "/work/main/test/cli/send/send.test.ts"
  },
  {
    "name": "the journal decides who was emailed > a user recorded by hand (record) is not sent the activation email again",
    "file": "/work/main/test/cli/send/send.test.ts"
  }
]