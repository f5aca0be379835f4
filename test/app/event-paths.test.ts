/**
 * Every path that records what happened goes through one decision
 * (src/core/events): where the app's copies used to disagree, `sent`, `import
 * mail` and `import ics` now agree, on a real SQLite file. Times in
 * America/Chicago (-06:00 all of December 2026); 2026-12-03 is a Thursday.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCalendar } from '../../src/app/commands/calendar.js';
import { importDocument, validateDocument } from '../../src/app/commands/data.js';
import { logSent } from '../../src/app/commands/facts.js';
import { importMail } from '../../src/app/commands/mail.js';
import type { AppContext } from '../../src/app/context.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';

const NOW = Temporal.Instant.from('2026-12-05T12:00:00-06:00');

let home: string;
let store: Store;
let ctx: AppContext;

/** Granite Ridge (two roles at one company) and the seeker's profile; a panel that ends after a call inside it. */
const setup = {
  format: 'afterview/1',
  profile: { name: 'Alex Rivera', email: 'alex.rivera@example.org', timezone: 'America/Chicago', country: 'US' },
  opportunities: [
    {
      id: 'granite-ridge',
      company: 'Granite Ridge',
      role: 'Platform Engineer',
      createdAt: '2026-11-01T09:00:00-06:00',
      contacts: [{ id: 'colleen', name: 'Colleen Fitzgerald', email: 'cfitzgerald@graniteridge.example' }],
      interviews: [
        // A three-hour panel from 10:00 and a half-hour call inside it at 11:00: the panel ends last, at 13:00.
        { id: 'i1', at: '2026-12-03T10:00:00-06:00', durationMinutes: 180, interviewers: ['colleen'] },
        { id: 'i2', at: '2026-12-03T11:00:00-06:00', durationMinutes: 30 },
      ],
    },
    {
      id: 'granite-ridge-data',
      company: 'Granite Ridge',
      role: 'Data Analyst',
      createdAt: '2026-11-02T09:00:00-06:00',
      url: 'https://graniteridge.example/jobs/data-analyst',
    },
  ],
};

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-events-'));
  store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  ctx = { store, now: NOW, machineZone: 'UTC', home };
  await importDocument(ctx, validateDocument(setup));
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

/** Writes one message to `dir` (this test's home by default); returns its path. */
function message(name: string, headers: string[], body: string[], dir = home): string {
  const file = join(dir, name);
  writeFileSync(file, [...headers, 'MIME-Version: 1.0', ...body, ''].join('\r\n'));
  return file;
}

const touches = async () => (await store.getOpportunity('granite-ridge'))?.touches ?? [];

describe('a thank-you without an interview named', () => {
  it('`sent` ties it to the interview that ended last, not the one that started last', async () => {
    const logged = await logSent(ctx, {
      opportunity: 'granite-ridge',
      purpose: 'thank-you',
      at: Temporal.ZonedDateTime.from('2026-12-03T14:00:00-06:00[America/Chicago]'),
    });
    const touch = (await touches()).find((t) => t.id === logged.ids[0]);
    expect(touch?.direction === 'out' && touch.interviewId).toBe('i1');
  });

  it('read from sent mail, ties it to the same interview', async () => {
    const file = message(
      'thanks.eml',
      [
        'From: Alex Rivera <alex.rivera@example.org>',
        'To: Colleen Fitzgerald <cfitzgerald@graniteridge.example>',
        'Subject: Thank you for today',
        'Date: Thu, 03 Dec 2026 14:00:00 -0600',
        'Message-ID: <thanks-1@example.org>',
      ],
      [
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hi Colleen, thank you for taking the time to meet with me today. I enjoyed the conversation.',
      ],
    );
    const report = await importMail(ctx, { paths: [file] });
    expect(report.imported).toBe(1);
    const touch = (await touches()).find((t) => t.messageId === '<thanks-1@example.org>');
    expect(touch?.direction === 'out' && [touch.purpose, touch.interviewId]).toEqual(['thank-you', 'i1']);
  });
});

describe('an invitation', () => {
  const ics = (uid: string, start: string, summary: string, organizer = 'Colleen Fitzgerald:mailto:cfitzgerald') => [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTART:${start}`,
    'DURATION:PT45M',
    `SUMMARY:${summary}`,
    `ORGANIZER;CN=${organizer}@graniteridge.example`,
    'ATTENDEE;CN=Alex Rivera:mailto:alex.rivera@example.org',
    'ATTENDEE;CN=Priya Natarajan:mailto:priya.natarajan@graniteridge.example',
    'END:VEVENT',
    'END:VCALENDAR',
  ];

  it("read from mail, names the employer's attendees as interviewers, as `import ics` does", async () => {
    const file = message(
      'invite.eml',
      [
        'From: Colleen Fitzgerald <cfitzgerald@graniteridge.example>',
        'To: Alex Rivera <alex.rivera@example.org>',
        'Subject: Invitation: Platform Engineer final round',
        'Date: Fri, 04 Dec 2026 09:00:00 -0600',
        'Message-ID: <invite-1@graniteridge.example>',
      ],
      [
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'The details are in the calendar entry.',
        '--b',
        'Content-Type: text/calendar; charset=utf-8; method=REQUEST',
        '',
        ...ics('final@graniteridge.example', '20261210T160000Z', 'Platform Engineer final round'),
        '--b--',
      ],
    );
    const report = await importMail(ctx, { paths: [file] });
    expect(report.messages[0]?.detail).toContain('interview i3 scheduled');
    const opp = await store.getOpportunity('granite-ridge');
    const interview = opp?.interviews?.find((iv) => iv.id === 'i3');
    expect([interview?.at, interview?.durationMinutes, interview?.interviewers]).toEqual([
      '2026-12-10T10:00:00-06:00',
      45,
      ['priya'],
    ]);
    expect(opp?.contacts?.find((c) => c.id === 'priya')).toMatchObject({
      name: 'Priya Natarajan',
      email: 'priya.natarajan@graniteridge.example',
    });
  });

  it('in an .ics file, finds the role it names among two at the same company, as a message is matched', async () => {
    // Sent by someone who is no contact yet: the company's mail domain fits both roles, the title names one.
    const text = ics(
      'data@graniteridge.example',
      '20261211T160000Z',
      'Data Analyst interview',
      'Sam Ortiz:mailto:sam.ortiz',
    );
    const placed = await importCalendar(ctx, { text: text.join('\r\n') });
    expect(placed).toMatchObject({ opportunityId: 'granite-ridge-data', interviewId: 'i1', duplicate: false });
  });
});

describe('mail read out of order in one import', () => {
  /** A message from Colleen carrying one calendar part for the meeting `round2@graniteridge.example`. */
  const calendarMail = (dir: string, name: string, date: string, method: string, lines: string[]) =>
    message(
      name,
      [
        'From: Colleen Fitzgerald <cfitzgerald@graniteridge.example>',
        'To: Alex Rivera <alex.rivera@example.org>',
        `Subject: Second round (${method.toLowerCase()})`,
        `Date: ${date}`,
        `Message-ID: <${name}@graniteridge.example>`,
      ],
      [
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'The details are in the calendar entry.',
        '--b',
        `Content-Type: text/calendar; charset=utf-8; method=${method}`,
        '',
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `METHOD:${method}`,
        'BEGIN:VEVENT',
        'UID:round2@graniteridge.example',
        ...lines,
        'SUMMARY:Second round',
        'ORGANIZER;CN=Colleen Fitzgerald:mailto:cfitzgerald@graniteridge.example',
        'END:VEVENT',
        'END:VCALENDAR',
        '--b--',
      ],
      dir,
    );

  it('keeps an interview a thank-you read earlier in the same import refers to, whatever a cancellation says', async () => {
    // The meeting on Tuesday 1 December 10:00 happened and was thanked for; a cancellation dated before it comes last.
    const dir = join(home, 'mail');
    mkdirSync(dir);
    calendarMail(dir, '1-invite', 'Fri, 20 Nov 2026 09:00:00 -0600', 'REQUEST', [
      'DTSTART:20261201T160000Z',
      'DTEND:20261201T170000Z',
    ]);
    message(
      '2-thanks',
      [
        'From: Alex Rivera <alex.rivera@example.org>',
        'To: Colleen Fitzgerald <cfitzgerald@graniteridge.example>',
        'Subject: Thank you',
        'Date: Tue, 01 Dec 2026 12:00:00 -0600',
        'Message-ID: <thanks-2@example.org>',
      ],
      ['Content-Type: text/plain; charset=utf-8', '', 'Hi Colleen, thank you for meeting with me this morning.'],
      dir,
    );
    calendarMail(dir, '3-cancel', 'Wed, 25 Nov 2026 09:00:00 -0600', 'CANCEL', ['DTSTART:20261201T160000Z']);
    const report = await importMail(ctx, { paths: [dir] });
    expect(report.imported).toBe(3);
    const opp = await store.getOpportunity('granite-ridge');
    const thanks = opp?.touches?.find((t) => t.messageId === '<thanks-2@example.org>');
    expect(thanks?.direction === 'out' && thanks.interviewId).toBe('i3');
    expect(opp?.interviews?.map((iv) => iv.id)).toContain('i3');
  });
});
