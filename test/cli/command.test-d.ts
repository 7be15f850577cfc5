// The shapes other code builds on: a command (one file + one registry line), input records.
import { expectTypeOf, test } from 'vitest';
import type { Command, ExitCode, ParsedArgs } from '../../src/cli/command';
import type { CliContext } from '../../src/cli/context';
import { loadCommand, loadCommands, type CommandName } from '../../src/cli/load-command';
import { planCommand } from '../../src/cli/commands/plan';
import type { InputFormat, SourceLocation, SourceRecord, TextInput } from '../../src/formats';
import { readUsersFromText, SAMPLE_USERS } from '../../src/formats';
import type { UserSnapshot } from '../../src/index';

test('a command runs with parsed args and a context and resolves to an exit code', () => {
  expectTypeOf(planCommand).toEqualTypeOf<Command>();
  expectTypeOf(loadCommands).returns.toEqualTypeOf<Promise<Command[]>>();
  expectTypeOf(loadCommand).returns.toEqualTypeOf<Promise<Command> | undefined>();
  expectTypeOf<CommandName>().toEqualTypeOf<'plan' | 'preview' | 'check-email' | 'reminders' | 'record' | 'send'>();
  expectTypeOf<Command['run']>().parameters.toEqualTypeOf<[ParsedArgs, CliContext]>();
  expectTypeOf<ReturnType<Command['run']>>().toEqualTypeOf<Promise<ExitCode>>();
  expectTypeOf<ExitCode>().toEqualTypeOf<0 | 1 | 2>();
});

test('formats: the five input formats, records that carry where they came from', () => {
  expectTypeOf<InputFormat>().toEqualTypeOf<'json' | 'ndjson' | 'csv' | 'webex-people' | 'control-hub'>();
  expectTypeOf<SourceRecord['location']>().toEqualTypeOf<SourceLocation>();
  expectTypeOf(readUsersFromText).returns.toEqualTypeOf<TextInput>();
  const input = readUsersFromText('');
  if (input.ok && input.format !== 'webex-people') expectTypeOf(input.records).toEqualTypeOf<readonly SourceRecord[]>();
  if (input.ok && input.format === 'webex-people') expectTypeOf(input.page).toEqualTypeOf<object>();
  // @ts-expect-error records exist only once the input was read
  void input.records;
});

test('the sample org is a list of snapshots', () => {
  expectTypeOf(SAMPLE_USERS).toEqualTypeOf<readonly UserSnapshot[]>();
});
