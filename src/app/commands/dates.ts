/**
 * A date in words read back: what a form shows under its date field before
 * it is sent ("next friday" is 2026-12-04), read in the seeker's zone as the
 * command that takes the date will read it (src/app/when.ts).
 */
import { instantText } from '../seeker.js';
import { parseWhenDate, parseWhenInstant, type WhenContext } from '../when.js';

/** A calendar date as read, in the zone it was read in. */
export interface DateReading {
  kind: 'date';
  date: string;
  timezone: string;
}

/** A moment as read: ISO with the seeker's offset, to the second, and its day. */
export interface InstantReading {
  kind: 'instant';
  at: string;
  date: string;
  timezone: string;
}

/**
 * Reads `text` as a calendar date (`kind` date: a deadline, a snooze) or a
 * moment (`instant`: an interview, a message) against `when` (now in the
 * seeker's zone). Throws `invalid_date` naming the field `text`.
 */
export function readWhen(
  when: WhenContext,
  input: { text: string; kind: 'date' | 'instant' },
): DateReading | InstantReading {
  if (input.kind === 'date') {
    return { kind: 'date', date: parseWhenDate(input.text, when, 'text').toString(), timezone: when.timeZone };
  }
  const at = parseWhenInstant(input.text, when, 'text');
  return {
    kind: 'instant',
    at: instantText(at, when.timeZone),
    date: at.toPlainDate().toString(),
    timezone: when.timeZone,
  };
}
