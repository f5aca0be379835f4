import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type Agenda,
  type AgendaItem,
  DEFAULT_SETTINGS,
  type Facts,
  type Interview,
  type Opportunity,
} from '../core/model.js';
import { exportIcs, holdUid, interviewUid, itemUid } from './export.js';

const ZONE = 'America/New_York';
const zdt = (s: string) => Temporal.ZonedDateTime.from(s);
const instant = (s: string) => Temporal.Instant.from(s);
const date = (s: string) => Temporal.PlainDate.from(s);

function interview(over: Partial<Interview> & Pick<Interview, 'id' | 'at'>): Interview {
  return {
    durationMinutes: 60,
    round: null,
    interviewers: [],
    timelineAsked: false,
    decisionBy: null,
    notes: '',
    ...over,
  };
}

function opportunity(over: Partial<Opportunity> & Pick<Opportunity, 'id' | 'company'>): Opportunity {
  return {
    role: null,
    interest: 3,
    createdAt: instant('2026-11-02T15:00:00Z'),
    status: 'open',
    closedAt: null,
    url: null,
    notes: '',
    contacts: [],
    interviews: [],
    touches: [],
    offers: [],
    snoozed: [],
    dismissed: [],
    ...over,
  };
}

const acme = opportunity({
  id: 'acme',
  company: 'Acme',
  role: 'Backend Engineer',
  contacts: [
    { id: 'jane', name: 'Jane Doe', email: 'jane@acme.example', title: 'Hiring manager' },
    { id: 'raj', name: 'Raj, "the" Lead', email: 'raj@acme.example', title: null },
    { id: 'kim', name: 'Kim Park', email: null, title: 'Recruiter' },
  ],
  interviews: [
    // 2026-11-20 14:00 EST = 19:00 UTC.
    interview({
      id: 'i1',
      at: instant('2026-11-20T19:00:00Z'),
      durationMinutes: 90,
      round: 'Onsite',
      interviewers: ['jane', 'raj', 'kim', 'ghost'],
      decisionBy: date('2026-12-04'),
      notes: 'talked about the billing migration',
    }),
    // Upcoming, 2026-12-02 10:00 EST = 15:00 UTC.
    interview({ id: 'i2', at: instant('2026-12-02T15:00:00Z'), round: 'Phone interview', interviewers: [] }),
  ],
});

const globex = opportunity({
  id: 'globex',
  company: 'Globex',
  status: 'withdrawn',
  closedAt: instant('2026-11-25T12:00:00Z'),
  interviews: [
    interview({ id: 'g1', at: instant('2026-11-18T15:00:00Z') }),
    interview({ id: 'g2', at: instant('2026-11-30T15:00:00Z') }),
  ],
});

const facts: Facts = {
  profile: {
    name: 'Sam Lee',
    email: 'sam@example.com',
    timezone: ZONE,
    country: 'US',
    signature: null,
    settings: { ...DEFAULT_SETTINGS },
  },
  opportunities: [acme, globex],
};

const thankYou: AgendaItem = {
  id: 'thank-you:acme:i1:jane',
  kind: 'thank-you',
  opportunityId: 'acme',
  company: 'Acme',
  role: 'Backend Engineer',
  contactId: 'jane',
  interviewId: 'i1',
  opensAt: zdt('2026-11-20T15:30:00-05:00[America/New_York]'),
  dueAt: zdt('2026-11-21T15:30:00-05:00[America/New_York]'),
  state: 'overdue',
  title: 'Thank Jane for the onsite',
  why: 'A short note soon after an interview keeps you in mind.',
  draft: {
    to: 'jane@acme.example',
    subject: 'Thank you, Jane',
    body: 'Hi Jane,\nthanks for today; the billing migration, too.\n\nSam',
  },
  guidance: null,
};

const keepSearching: AgendaItem = {
  id: 'keep-searching:2026-11-26',
  kind: 'keep-searching',
  opportunityId: null,
  company: null,
  role: null,
  contactId: null,
  interviewId: null,
  opensAt: zdt('2026-11-26T00:00:00-05:00[America/New_York]'),
  dueAt: zdt('2026-11-29T23:59:59-05:00[America/New_York]'),
  state: 'due',
  title: 'Add an opportunity this week',
  why: 'Only one search is open.',
  draft: null,
  guidance: 'You have 1 open opportunity; aim for 3.',
};

const hold = {
  opportunityId: 'acme',
  company: 'Acme',
  role: 'Backend Engineer',
  until: date('2026-12-04'),
  checkInFrom: date('2026-12-07'),
  reason: 'Acme said they would decide by Friday, December 4.',
  offerNudge: null,
};

const agenda: Agenda = {
  asOf: zdt('2026-11-26T09:00:00-05:00[America/New_York]'),
  timezone: ZONE,
  items: [thankYou, keepSearching],
  holds: [hold],
  pipeline: { open: 1, interviewing: 1, offers: 0, addedLast7Days: 0 },
};

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent');
  const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
  return { cal, events, byUid };
}

function get(map: Map<string, ICAL.Component>, uid: string): ICAL.Component {
  const e = map.get(uid);
  if (e === undefined) throw new Error(`no event ${uid}`);
  return e;
}

const timeOf = (e: ICAL.Component, name: string) => e.getFirstPropertyValue(name) as ICAL.Time;

describe('exportIcs', () => {
  const text = exportIcs({ agenda, facts, calendarName: 'Job search' });
  const { cal, events, byUid } = parse(text);

  it('is a VCALENDAR with our product id and name, with CRLF lines folded at 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//afterview//afterview//EN\r\n')).toBe(true);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Job search');
    expect(text).not.toMatch(/[^\r]\n/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/TZID|VTIMEZONE/);
  });

  it('has one event per item, live interview and hold, with stable UIDs', () => {
    expect([...byUid.keys()].sort()).toEqual(
      [
        'thank-you:acme:i1:jane@afterview',
        'keep-searching:2026-11-26@afterview',
        'interview:acme:i1@afterview',
        'interview:acme:i2@afterview',
        'interview:globex:g1@afterview',
        'hold:acme:2026-12-04@afterview',
      ].sort(),
    );
    expect(events).toHaveLength(6);
  });

  it('leaves out an interview that would have started after its opportunity closed', () => {
    expect(byUid.has('interview:globex:g2@afterview')).toBe(false);
  });

  it('stamps every event with the agenda time, in UTC', () => {
    for (const e of events) expect(timeOf(e, 'dtstamp').toString()).toBe('2026-11-26T14:00:00Z');
  });

  it('puts an hour-granular item in a 30-minute slot ending at its due time, with a reminder an hour ahead', () => {
    const e = get(byUid, 'thank-you:acme:i1:jane@afterview');
    // Due 2026-11-21 15:30 EST = 20:30 UTC.
    expect(timeOf(e, 'dtstart').toString()).toBe('2026-11-21T20:00:00Z');
    expect(timeOf(e, 'dtend').toString()).toBe('2026-11-21T20:30:00Z');
    expect(timeOf(e, 'dtstart').isDate).toBe(false);
    expect(e.getFirstPropertyValue('summary')).toBe('Thank Jane for the onsite (Acme)');
    expect(e.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    const description = String(e.getFirstPropertyValue('description'));
    expect(description).toContain('A short note soon after an interview keeps you in mind.');
    expect(description).toContain(
      'Draft to jane@acme.example:\nSubject: Thank you, Jane\n\nHi Jane,\nthanks for today; the billing migration, too.',
    );
    expect(description).toContain('Due by 2026-11-21 15:30 (America/New_York)');
    expect(description).toContain('Item: thank-you:acme:i1:jane');
    const alarms = e.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarms[0]!.getFirstPropertyValue('trigger'))).toBe('-PT1H');
  });

  it('puts a day-granular item on its due date as an all-day event, reminding at 09:00 that day', () => {
    const e = get(byUid, 'keep-searching:2026-11-26@afterview');
    expect(timeOf(e, 'dtstart').isDate).toBe(true);
    expect(timeOf(e, 'dtstart').toString()).toBe('2026-11-29');
    expect(timeOf(e, 'dtend').toString()).toBe('2026-11-30');
    expect(text).toContain('DTSTART;VALUE=DATE:20261129\r\n');
    expect(e.getFirstPropertyValue('summary')).toBe('Add an opportunity this week');
    expect(String(e.getFirstPropertyValue('description'))).toContain('You have 1 open opportunity; aim for 3.');
    const alarm = e.getFirstSubcomponent('valarm')!;
    const trigger = alarm.getFirstProperty('trigger')!;
    expect(String(trigger.getFirstValue())).toBe('PT9H');
    expect(trigger.getParameter('related')).toBe('START');
  });

  it('writes an interview as a timed, busy event with its round, company, role and interviewers', () => {
    const e = get(byUid, 'interview:acme:i1@afterview');
    expect(timeOf(e, 'dtstart').toString()).toBe('2026-11-20T19:00:00Z');
    expect(timeOf(e, 'dtend').toString()).toBe('2026-11-20T20:30:00Z');
    expect(e.getFirstPropertyValue('summary')).toBe('Onsite interview: Acme (Backend Engineer)');
    expect(e.getFirstPropertyValue('transp')).toBe('OPAQUE');
    expect(e.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const attendees = e.getAllProperties('attendee').map((p) => ({
      cn: p.getParameter('cn'),
      value: String(p.getFirstValue()).toLowerCase(),
      role: p.getParameter('role'),
    }));
    expect(attendees).toEqual([
      { cn: 'Jane Doe', value: 'mailto:jane@acme.example', role: 'REQ-PARTICIPANT' },
      { cn: "Raj, 'the' Lead", value: 'mailto:raj@acme.example', role: 'REQ-PARTICIPANT' },
    ]);
    const description = String(e.getFirstPropertyValue('description'));
    expect(description).toContain('Acme, Backend Engineer');
    expect(description).toContain('Round: Onsite');
    expect(description).toContain(
      'With: Jane Doe (Hiring manager) <jane@acme.example>, Raj, "the" Lead <raj@acme.example>, Kim Park (Recruiter)',
    );
    expect(description).toContain('talked about the billing migration');
    expect(String(e.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-PT1H');
  });

  it('does not say "interview" twice when the round already does, and works without a role', () => {
    expect(get(byUid, 'interview:acme:i2@afterview').getFirstPropertyValue('summary')).toBe(
      'Phone interview: Acme (Backend Engineer)',
    );
    expect(get(byUid, 'interview:globex:g1@afterview').getFirstPropertyValue('summary')).toBe('Interview: Globex');
  });

  it('marks a hold on the promised date, all day, without a reminder', () => {
    const e = get(byUid, 'hold:acme:2026-12-04@afterview');
    expect(timeOf(e, 'dtstart').isDate).toBe(true);
    expect(timeOf(e, 'dtstart').toString()).toBe('2026-12-04');
    expect(timeOf(e, 'dtend').toString()).toBe('2026-12-05');
    expect(e.getFirstPropertyValue('summary')).toBe('Answer promised today: Acme (Backend Engineer)');
    expect(String(e.getFirstPropertyValue('description'))).toContain('A check-in is fine from 2026-12-07');
    expect(e.getAllSubcomponents('valarm')).toHaveLength(0);
  });

  it('orders events by start', () => {
    const starts = events.map((e) => timeOf(e, 'dtstart').toJSDate().getTime());
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('gives the same bytes for the same input, whatever the order of items and holds', () => {
    expect(exportIcs({ agenda, facts, calendarName: 'Job search' })).toBe(text);
    const shuffled = { ...agenda, items: [...agenda.items].reverse() };
    const reordered = { ...facts, opportunities: [...facts.opportunities].reverse() };
    expect(exportIcs({ agenda: shuffled, facts: reordered, calendarName: 'Job search' })).toBe(text);
  });

  it('does not depend on the time zone of the process', () => {
    const saved = process.env.TZ;
    try {
      // UTC+14 and UTC-10: any local-time formatting would shift dates.
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Honolulu']) {
        process.env.TZ = tz;
        expect(new Date(Date.UTC(2026, 10, 29, 12)).getTimezoneOffset()).not.toBe(0);
        expect(exportIcs({ agenda, facts, calendarName: 'Job search' })).toBe(text);
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it('keeps the UID when the item moves, so a subscribed calendar updates it', () => {
    const moved = { ...thankYou, dueAt: zdt('2026-11-22T10:00:00-05:00[America/New_York]') };
    const { byUid: after } = parse(exportIcs({ agenda: { ...agenda, items: [moved, keepSearching] }, facts }));
    expect(timeOf(get(after, 'thank-you:acme:i1:jane@afterview'), 'dtend').toString()).toBe('2026-11-22T15:00:00Z');
  });

  it('never starts an item slot before the item opens', () => {
    const prepare: AgendaItem = {
      ...thankYou,
      id: 'prepare-timeline-question:acme:i2',
      kind: 'prepare-timeline-question',
      opensAt: zdt('2026-12-02T09:50:00-05:00[America/New_York]'),
      dueAt: zdt('2026-12-02T10:00:00-05:00[America/New_York]'),
      draft: null,
    };
    const { byUid: got } = parse(exportIcs({ agenda: { ...agenda, items: [prepare] }, facts }));
    expect(timeOf(get(got, 'prepare-timeline-question:acme:i2@afterview'), 'dtstart').toString()).toBe(
      '2026-12-02T14:50:00Z',
    );
  });
});

describe('UIDs and untrusted text', () => {
  it('percent-encodes odd ids so they stay single-line and distinct', () => {
    expect(itemUid('thank-you:acme:i1:jane')).toBe('thank-you:acme:i1:jane@afterview');
    expect(interviewUid('a:b', 'c')).not.toBe(interviewUid('a', 'b:c'));
    expect(interviewUid('a b\r\nX-EVIL:1', 'é')).toBe('interview:a%20b%0D%0AX-EVIL%3A1:%C3%A9@afterview');
    expect(holdUid('acme@corp', date('2026-12-04'))).toBe('hold:acme%40corp:2026-12-04@afterview');
  });

  it('keeps line breaks in names, titles and the calendar name from starting new properties', () => {
    const evil = opportunity({
      id: 'evil\r\nUID:x',
      company: 'Evil\r\nBEGIN:VEVENT',
      contacts: [{ id: 'c', name: 'Eve\r\nATTENDEE:mailto:x@evil.example', email: 'eve@evil.example', title: null }],
      interviews: [interview({ id: 'e1', at: instant('2026-12-03T15:00:00Z'), interviewers: ['c'] })],
    });
    const item: AgendaItem = { ...keepSearching, id: 'keep-searching:x\r\nUID:y', title: 'Title\r\nSTATUS:CANCELLED' };
    const text = exportIcs({
      agenda: { ...agenda, items: [item], holds: [] },
      facts: { ...facts, opportunities: [evil] },
      calendarName: 'Mine\r\nMETHOD:CANCEL; x, y',
    });
    const lines = text.split('\r\n').map((l) => l.split(/[:;]/)[0]);
    expect(text.split('\r\n').filter((l) => l.startsWith('BEGIN:'))).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'BEGIN:VALARM',
      'BEGIN:VEVENT',
      'BEGIN:VALARM',
    ]);
    expect(lines).not.toContain('METHOD');
    expect(lines.filter((n) => n === 'UID')).toHaveLength(2);
    expect(lines.filter((n) => n === 'ATTENDEE')).toHaveLength(1);
    expect(text).not.toMatch(/\r\nSTATUS:CANCELLED/);
    const { cal, byUid } = parse(text);
    // NAME and X-WR-CALNAME are TEXT: commas and semicolons escaped (ical.js leaves X- values raw).
    expect(text).toContain('\r\nNAME:Mine METHOD:CANCEL\\; x\\, y\r\n');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Mine METHOD:CANCEL\\; x\\, y');
    expect(get(byUid, 'interview:evil%0D%0AUID%3Ax:e1@afterview').getFirstPropertyValue('summary')).toBe(
      'Interview: Evil BEGIN:VEVENT',
    );
  });

  it('writes a refresh interval when asked', () => {
    const text = exportIcs({ agenda, facts, refreshIntervalMinutes: 60 });
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(text).toContain('X-WR-CALNAME:afterview\r\n');
  });
});
