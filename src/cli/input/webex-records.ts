import { PolicyInputError } from '../../index';
import { recordsFromWebexPeople, type SourceRecord } from '../../formats';
import { snapshotsFromWebexPeople } from '../../webex';
import { UsageError } from '../usage-error';

/**
 * Maps a People API page with the Webex adapter and lays it out as located records
 * (`recordsFromWebexPeople`); a page or option the adapter refuses is a usage error.
 */
export function webexRecords(page: object, licenses: unknown, previous: unknown, command: string): SourceRecord[] {
  try {
    return recordsFromWebexPeople(
      snapshotsFromWebexPeople(page, {
        ...(licenses === undefined ? {} : { licenses: licenses as never }),
        ...(previous === undefined ? {} : { previous: previous as never }),
      }),
    );
  } catch (error) {
    if (error instanceof PolicyInputError) throw new UsageError(error.message, command);
    throw error;
  }
}
