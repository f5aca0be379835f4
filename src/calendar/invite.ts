/**
 * Calendar invitations in: reads the interview an iCalendar `METHOD:REQUEST`
 * schedules (start, length, attendees). Used for `text/calendar` parts of
 * mail and, later, by `afterview import ics`. Built on ical.js, which
 * resolves `TZID` against the VTIMEZONE the invitation carries.
 */
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';

/** The interview an invitation schedules. */
export interface Invitation {
  /** ISO 8601 instant with the offset the invitation's zone has at that time (or `Z` for UTC times). */
  start: string;
  durationMinutes: number;
  attendees: { name: string | null; email: string }[];
  summary: string | null;
  /** The organiser's address, when given. */
  organizer: string | null;
  /** The event's UID, to recognise an updated invitation for the same meeting. */
  uid: string | null;
}

/** Invitations without DTEND or DURATION last this long (PLAYBOOK: default 60 min). */
const DEFAULT_DURATION_MINUTES = 60;

/**
 * Reads the first VEVENT of an iCalendar text whose `METHOD` is `REQUEST`
 * (or absent, as in a bare `.ics` file).
 * @returns the invitation, or null when the text is not iCalendar, the method is
 *   another one (`CANCEL`, `REPLY`), there is no VEVENT with a start, or the
 *   event is all-day. Never throws.
 */
export function readInvitation(ics: string): Invitation | null {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(ics));
  } catch {
    return null;
  }
  try {
    const method = root.getFirstPropertyValue('method');
    if (method != null && String(method).toUpperCase() !== 'REQUEST') return null;
    for (const vtz of root.getAllSubcomponents('vtimezone')) {
      const tz = new ICAL.Timezone(vtz);
      if (!ICAL.TimezoneService.has(tz.tzid)) ICAL.TimezoneService.register(tz);
    }
    const vevent = root.getFirstSubcomponent('vevent');
    if (!vevent) return null;
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    if (!start || start.isDate) return null;
    const startTzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
    const startIso = instantOf(start, typeof startTzid === 'string' ? startTzid : null);
    if (!startIso) return null;
    const end = event.endDate;
    let minutes = DEFAULT_DURATION_MINUTES;
    if (end && !end.isDate) {
      const diff = Math.round((end.toUnixTime() - start.toUnixTime()) / 60);
      if (diff > 0 && diff <= 24 * 60) minutes = diff;
    }
    const attendees = vevent.getAllProperties('attendee').flatMap((p) => {
      const email = mailto(String(p.getFirstValue() ?? ''));
      if (!email) return [];
      const cn = p.getParameter('cn');
      return [{ name: typeof cn === 'string' && cn.trim() !== '' ? cn.trim() : null, email }];
    });
    const organizer = vevent.getFirstProperty('organizer');
    return {
      start: startIso,
      durationMinutes: minutes,
      attendees,
      summary: stringOrNull(vevent.getFirstPropertyValue('summary')),
      organizer: organizer ? mailto(String(organizer.getFirstValue() ?? '')) : null,
      uid: stringOrNull(vevent.getFirstPropertyValue('uid')),
    };
  } catch {
    return null;
  }
}

/**
 * The UID of the meeting a `METHOD:CANCEL` calendar text calls off, or null
 * when the text is not a cancellation (or names no UID). Never throws.
 */
export function readCancellation(ics: string): string | null {
  try {
    const root = new ICAL.Component(ICAL.parse(ics));
    if (String(root.getFirstPropertyValue('method') ?? '').toUpperCase() !== 'CANCEL') return null;
    return stringOrNull(root.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid'));
  } catch {
    return null;
  }
}

/**
 * The start as an ISO instant. A TZID the invitation does not define (no
 * VTIMEZONE) is looked up as an IANA zone with Temporal; an unknown zone or a
 * floating time is read as UTC, since nothing better is known.
 */
function instantOf(t: ICAL.Time, tzid: string | null): string | null {
  const floating = t.zone == null || t.zone === ICAL.Timezone.localTimezone;
  if (floating && tzid) {
    try {
      const zoned = Temporal.PlainDateTime.from({
        year: t.year,
        month: t.month,
        day: t.day,
        hour: t.hour,
        minute: t.minute,
        second: t.second,
      }).toZonedDateTime(tzid.replace(/^\//, ''));
      return zoned.toString({ timeZoneName: 'never', smallestUnit: 'second' });
    } catch {
      // Not an IANA name (e.g. "Eastern Standard Time"): fall through to UTC.
    }
  }
  const epochSeconds = t.toUnixTime();
  const utc = new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (floating || t.zone === ICAL.Timezone.utcTimezone) return utc;
  const offsetSeconds = t.utcOffset();
  const local = new Date((epochSeconds + offsetSeconds) * 1000).toISOString().slice(0, 19);
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds) / 60;
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

function mailto(value: string): string | null {
  const addr = value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  return addr.includes('@') ? addr : null;
}

function stringOrNull(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}
