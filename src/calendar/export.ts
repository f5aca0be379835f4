/**
 * The agenda as an iCalendar file (`afterview export ics`, the calendar feed):
 * what to do and when, the interviews, and the days an employer promised an
 * answer. One pure function of its input: the same agenda and facts give the
 * same bytes, so a subscribed calendar sees changes only when something did
 * change, and UIDs stay put so an update replaces an event instead of adding one.
 *
 * Times are written in UTC (`...Z`): ical-generator with a zone but no
 * VTIMEZONE block would write UTC clock times labelled with the zone. All-day
 * events are `VALUE=DATE`, which calendars show on that date wherever the
 * viewer is.
 *
 * What becomes an event:
 * - each agenda item (upcoming, due and overdue alike; they are all open):
 *   a day-granular item (due `23:59:59` local, as PLAYBOOK's day windows are)
 *   is an all-day event on its due date with a reminder at 09:00 that day; an
 *   hour-granular item (thank-you, prepare-timeline-question) is a
 *   {@link ITEM_SLOT_MINUTES}-minute slot ending at its due time, never
 *   starting before it opens, with a reminder {@link ITEM_ALARM_MINUTES}
 *   minutes before the slot. Items are free time (TRANSPARENT).
 * - each interview, timed, busy, with its interviewers as attendees (those
 *   with an email; the rest are named in the description) and a reminder
 *   {@link INTERVIEW_ALARM_MINUTES} minutes before. Interviews of a closed
 *   opportunity that would start after it closed are left out.
 * - each hold: an all-day marker on the promised date, without a reminder.
 */
import ical, {
  escape as escapeIcalText,
  ICalAlarmType,
  type ICalAttendeeData,
  ICalAttendeeRole,
  type ICalEventData,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { Agenda, AgendaItem, Facts, Hold, Interview, Opportunity } from '../core/model.js';

/** What {@link exportIcs} renders. */
export interface ExportIcsInput {
  /** The agenda to publish; build it with upcoming items included, or they are missing from the calendar. */
  agenda: Agenda;
  /** The facts the agenda came from: interviews and contacts are read here. */
  facts: Facts;
  /** Shown by calendar apps as the calendar's name. Default {@link DEFAULT_CALENDAR_NAME}. */
  calendarName?: string;
  /**
   * How often a subscribing app should fetch again, in minutes
   * (REFRESH-INTERVAL and X-PUBLISHED-TTL). Default: not written.
   */
  refreshIntervalMinutes?: number;
}

export const DEFAULT_CALENDAR_NAME = 'afterview';
/** PRODID: `-//afterview//afterview//EN`. */
const PRODUCT = { company: 'afterview', product: 'afterview', language: 'EN' } as const;
/** Every UID ends here, so ours never collide with other calendars' events. */
export const UID_DOMAIN = 'afterview';

/** Length of the slot an hour-granular item gets: long enough to write a short note. */
export const ITEM_SLOT_MINUTES = 30;
/** Reminder ahead of an hour-granular item's slot. */
export const ITEM_ALARM_MINUTES = 60;
/** Reminder on the day of an all-day item, as a time after local midnight: 09:00. */
export const ALL_DAY_ALARM_MINUTES_AFTER_MIDNIGHT = 9 * 60;
/** Reminder ahead of an interview: time to get ready and to get there or log in. */
export const INTERVIEW_ALARM_MINUTES = 60;

/**
 * The UID of an agenda item's event: `<item id>@afterview`. In every UID,
 * characters of an id outside `A-Z a-z 0-9 . _ ~ -` (and `:` in item ids)
 * are percent-encoded as UTF-8, so any id gives a valid, distinct UID.
 */
export function itemUid(itemId: string): string {
  return `${uidPart(itemId, true)}@${UID_DOMAIN}`;
}

/** The UID of an interview's event. */
export function interviewUid(opportunityId: string, interviewId: string): string {
  return `interview:${uidPart(opportunityId, false)}:${uidPart(interviewId, false)}@${UID_DOMAIN}`;
}

/** The UID of a hold's marker. */
export function holdUid(opportunityId: string, until: Temporal.PlainDate): string {
  return `hold:${uidPart(opportunityId, false)}:${until.toString()}@${UID_DOMAIN}`;
}

/**
 * Renders the calendar as iCalendar text (CRLF line breaks, folded at 75
 * octets). DTSTAMP is `agenda.asOf` on every event, so output depends on
 * nothing but the input. Events are ordered by start, then UID; when two
 * events would share a UID the first is kept.
 *
 * Never fails on valid model values; ids may hold any characters (see
 * {@link itemUid}: unusual ones are percent-encoded in UIDs).
 */
export function exportIcs(input: ExportIcsInput): string {
  const { agenda, facts } = input;
  const zone = agenda.asOf.timeZoneId;
  const stamp = toDate(agenda.asOf.toInstant());
  const events: EventSpec[] = [];

  for (const item of agenda.items) events.push(itemEvent(item, zone, stamp));
  for (const opp of facts.opportunities) {
    for (const interview of opp.interviews) {
      if (startsAfterClosing(opp, interview, agenda.asOf.toInstant())) continue;
      events.push(interviewEvent(opp, interview, stamp));
    }
  }
  for (const hold of agenda.holds) events.push(holdEvent(hold, zone, stamp));

  events.sort((a, b) =>
    a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0,
  );
  const seen = new Set<string>();
  const calendar = ical({
    prodId: PRODUCT,
    name: escapeIcalText(oneLine(input.calendarName ?? DEFAULT_CALENDAR_NAME), false),
    ...(input.refreshIntervalMinutes === undefined ? {} : { ttl: input.refreshIntervalMinutes * 60 }),
  });
  for (const { data, remindAfterStartSeconds } of events) {
    if (seen.has(data.id)) continue;
    seen.add(data.id);
    const event = calendar.createEvent(data);
    if (remindAfterStartSeconds !== undefined) {
      // Set after the trigger: ical-generator's triggerAfter makes the alarm relate to END.
      event
        .createAlarm({
          type: ICalAlarmType.display,
          triggerAfter: remindAfterStartSeconds,
          description: data.summary ?? '',
        })
        .relatesTo('START');
    }
  }
  return calendar.toString();
}

/** One event before rendering: where it sorts, ical-generator's data, and a reminder after the start of an all-day event. */
interface EventSpec {
  sortKey: bigint;
  data: ICalEventData & { id: string };
  remindAfterStartSeconds?: number;
}

function itemEvent(item: AgendaItem, zone: string, stamp: Date): EventSpec {
  const id = itemUid(item.id);
  const summary =
    item.company !== null && !item.title.includes(item.company) ? `${item.title} (${item.company})` : item.title;
  const description = itemDescription(item, zone);
  const common = {
    id,
    stamp,
    summary: oneLine(summary),
    description,
    transparency: ICalEventTransparency.TRANSPARENT,
  };
  if (isDayGranular(item.dueAt)) {
    const day = item.dueAt.toPlainDate();
    return {
      sortKey: day.toZonedDateTime({ timeZone: zone }).epochNanoseconds,
      data: {
        ...common,
        allDay: true,
        start: day,
        end: day.add({ days: 1 }),
      },
      remindAfterStartSeconds: ALL_DAY_ALARM_MINUTES_AFTER_MIDNIGHT * 60,
    };
  }
  const end = item.dueAt.toInstant();
  const slotStart = end.subtract({ minutes: ITEM_SLOT_MINUTES });
  const opens = item.opensAt.toInstant();
  const start =
    Temporal.Instant.compare(slotStart, opens) < 0 && Temporal.Instant.compare(opens, end) <= 0 ? opens : slotStart;
  return {
    sortKey: start.epochNanoseconds,
    data: {
      ...common,
      start: toDate(start),
      end: toDate(end),
      alarms: [{ type: ICalAlarmType.display, triggerBefore: ITEM_ALARM_MINUTES * 60, description: oneLine(summary) }],
    },
  };
}

function itemDescription(item: AgendaItem, zone: string): string {
  const parts: string[] = [item.why.trim()];
  if (item.guidance !== null && item.guidance.trim() !== '') parts.push(item.guidance.trim());
  if (item.draft !== null) {
    const head = item.draft.to === null ? 'Draft:' : `Draft to ${item.draft.to}:`;
    parts.push(`${head}\nSubject: ${oneLine(item.draft.subject)}\n\n${item.draft.body.trim()}`);
  }
  const due = isDayGranular(item.dueAt)
    ? `Due by the end of ${item.dueAt.toPlainDate().toString()}`
    : `Due by ${localTime(item.dueAt, zone)}`;
  parts.push(`${due} (${zone}); open from ${localTime(item.opensAt, zone)}.\nItem: ${item.id}`);
  return parts.filter((p) => p !== '').join('\n\n');
}

function interviewEvent(opp: Opportunity, interview: Interview, stamp: Date): EventSpec {
  const round = interview.round?.trim() || null;
  const label = round === null ? 'Interview' : /\binterview\b/i.test(round) ? round : `${round} interview`;
  const summary = `${label}: ${opp.company}${opp.role === null ? '' : ` (${opp.role})`}`;
  const people = interview.interviewers
    .map((id) => opp.contacts.find((c) => c.id === id))
    .filter((c) => c !== undefined);
  const attendees: ICalAttendeeData[] = people
    .filter((c) => c.email !== null && c.email.trim() !== '')
    .map((c) => ({ name: paramText(c.name), email: oneLine(c.email ?? ''), role: ICalAttendeeRole.REQ }));
  const lines = [`${opp.company}${opp.role === null ? '' : `, ${opp.role}`}`];
  if (round !== null) lines.push(`Round: ${round}`);
  if (people.length > 0) {
    const names = people.map((c) => {
      const title = c.title === null || c.title.trim() === '' ? '' : ` (${c.title.trim()})`;
      const email = c.email === null || c.email.trim() === '' ? '' : ` <${c.email.trim()}>`;
      return `${c.name}${title}${email}`;
    });
    lines.push(`With: ${names.join(', ')}`);
  }
  if (interview.decisionBy !== null) lines.push(`They expect to decide by ${interview.decisionBy.toString()}.`);
  if (interview.notes.trim() !== '') lines.push('', interview.notes.trim());
  return {
    sortKey: interview.at.epochNanoseconds,
    data: {
      id: interviewUid(opp.id, interview.id),
      stamp,
      start: toDate(interview.at),
      end: toDate(interview.at.add({ minutes: interview.durationMinutes })),
      summary: oneLine(summary),
      description: lines.join('\n'),
      attendees,
      status: ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.OPAQUE,
      alarms: [
        { type: ICalAlarmType.display, triggerBefore: INTERVIEW_ALARM_MINUTES * 60, description: oneLine(summary) },
      ],
    },
  };
}

function holdEvent(hold: Hold, zone: string, stamp: Date): EventSpec {
  const who = `${hold.company}${hold.role === null ? '' : ` (${hold.role})`}`;
  return {
    sortKey: hold.until.toZonedDateTime({ timeZone: zone }).epochNanoseconds,
    data: {
      id: holdUid(hold.opportunityId, hold.until),
      stamp,
      allDay: true,
      start: hold.until,
      end: hold.until.add({ days: 1 }),
      summary: oneLine(`Answer promised today: ${who}`),
      description: `${hold.reason.trim()}\n\nA check-in is fine from ${hold.checkInFrom.toString()} if nothing has come by then.`,
      transparency: ICalEventTransparency.TRANSPARENT,
    },
  };
}

/** A closed opportunity's interviews that would start after it closed (or after now, when the closing time is unknown) did not happen. */
function startsAfterClosing(opp: Opportunity, interview: Interview, now: Temporal.Instant): boolean {
  if (opp.status === 'open') return false;
  return Temporal.Instant.compare(interview.at, opp.closedAt ?? now) >= 0;
}

/** PLAYBOOK's day windows end at 23:59:59 local; everything else is due at a moment. */
function isDayGranular(dueAt: Temporal.ZonedDateTime): boolean {
  return dueAt.hour === 23 && dueAt.minute === 59 && dueAt.second === 59;
}

function localTime(t: Temporal.ZonedDateTime, zone: string): string {
  const local = t.withTimeZone(zone);
  const hh = String(local.hour).padStart(2, '0');
  const mm = String(local.minute).padStart(2, '0');
  return `${local.toPlainDate().toString()} ${hh}:${mm}`;
}

function toDate(instant: Temporal.Instant): Date {
  return new Date(instant.epochMilliseconds);
}

/** Line breaks and other controls become spaces: for one-line values (summaries, names, the calendar name). */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/**
 * Percent-encodes (UTF-8) everything but `A-Z a-z 0-9 . _ ~ -` (and `:` in
 * item ids, which are already unique as a whole), so distinct ids keep
 * distinct UIDs and `:` still separates the parts of composite UIDs.
 */
function uidPart(id: string, keepColons: boolean): string {
  let out = '';
  for (const ch of id) {
    if (/^[A-Za-z0-9._~-]$/.test(ch) || (keepColons && ch === ':')) out += ch;
    else for (const byte of new TextEncoder().encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * A parameter value (CN) may hold no double quote and knows no escapes
 * (RFC 5545 section 3.1; ical-generator writes `\"`, which readers misparse):
 * double quotes become single ones, backslashes become slashes.
 */
function paramText(text: string): string {
  return oneLine(text).replace(/"/g, "'").replace(/\\/g, '/');
}
