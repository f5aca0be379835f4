/**
 * When an item is due, in the words the command line uses: "due today
 * 3pm", "due tomorrow", "overdue 2 days", "opens Fri, Dec 4". The agenda's
 * times carry the seeker's offset, so their calendar day is read as
 * written, never shifted to the browser's zone.
 */
import { shortDayInWords, type WallTime, wallTime } from '../../src/core/date-format.js';

const wall = wallTime;

/** "3pm", "10:30am"; nothing for the end of a day (23:59). */
function clock(at: WallTime): string {
  if (at.hour === 23 && at.minute === 59) return '';
  const h = at.hour % 12 === 0 ? 12 : at.hour % 12;
  return ` ${h}${at.minute === 0 ? '' : `:${String(at.minute).padStart(2, '0')}`}${at.hour < 12 ? 'am' : 'pm'}`;
}

/** A day relative to `asOf`: "today", "tomorrow", "yesterday", "in 3 days", else "Fri, Dec 4". */
export function dayInWords(text: string, asOf: string): string {
  const at = wall(text);
  const now = wall(asOf);
  const days = at.epochDay - now.epochDay;
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  if (days > 1 && days < 7) return `in ${days} days`;
  return shortDayInWords(at.date, now.date.year);
}

/** An item's timing in words, from its state. */
export function dueInWords(item: { state: string; dueAt: string; opensAt: string }, asOf: string): string {
  if (item.state === 'upcoming') return `opens ${dayInWords(item.opensAt, asOf)}`;
  const due = wall(item.dueAt);
  const late = wall(asOf).epochDay - due.epochDay;
  if (item.state === 'overdue') {
    if (late <= 0) return `overdue since${clock(due) || ' today'}`;
    return `overdue ${late} ${late === 1 ? 'day' : 'days'}`;
  }
  const day = dayInWords(item.dueAt, asOf);
  return `due ${day}${day === 'today' || day === 'tomorrow' ? clock(due) : ''}`;
}

/** A calendar day (`2026-11-30`, or a time's day) as "Mon, Nov 30", with the year when it is not `asOf`'s. */
export function shortDay(text: string, asOf: string): string {
  return shortDayInWords(wall(text).date, wall(asOf).date.year);
}
