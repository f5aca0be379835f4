/**
 * The demo pipeline (`afterview demo`, the web app's one-click demo): a
 * realistic search, built relative to now in the seeker's zone, in which
 * every stage of the playbook shows: an interview to prepare for, thank-you
 * notes to send, a timeline to ask for, a promise on hold, a status check, an
 * explicit message, a silent employer to move on from, one that came back, an
 * offer to weigh and the first choice to nudge, and the nudge to keep
 * searching. (An accepted offer, and the withdrawals it brings, is the end of
 * a search, so the demo leaves it for the seeker to try.)
 */
import { Temporal } from 'temporal-polyfill';
import type { DataFile } from '../records/data-file.schema.js';
import { DEMO_DOCUMENT } from './demo.data.js';

/** A relative time in the demo's facts (demo.data.ts). */
const RELATIVE = /^\{(?:([-+]\d+)d(?: (\d{2}):(\d{2}))?|([-+]\d+)h|(zone))\}$/;

/** The demo pipeline as a data file, its times made real relative to `now` in `timeZone`. */
export function demoDocument(now: Temporal.Instant, timeZone: string): DataFile {
  const here = now.toZonedDateTimeISO(timeZone);
  const today = here.toPlainDate();
  const resolve = (text: string): string => {
    const m = RELATIVE.exec(text);
    if (!m) return text;
    const [, days, hour, minute, hours, zone] = m;
    if (zone) return timeZone;
    if (hours !== undefined)
      return here
        .add({ hours: Number(hours) })
        .round({ smallestUnit: 'hour', roundingMode: 'floor' })
        .toString({ timeZoneName: 'never', smallestUnit: 'second' });
    const day = today.add({ days: Number(days) });
    if (hour === undefined) return day.toString();
    return day
      .toZonedDateTime({ timeZone, plainTime: new Temporal.PlainTime(Number(hour), Number(minute)) })
      .toString({ timeZoneName: 'never', smallestUnit: 'second' });
  };
  return mapStrings(DEMO_DOCUMENT, resolve);
}

/** `value` with every string in it passed through `f`; objects and arrays are copied, never changed. */
function mapStrings<T>(value: T, f: (text: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  return value;
}
