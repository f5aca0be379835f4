/**
 * Reading a labelled mail set of our own (test/fixtures/mail-heldout, as one
 * mbox built from its messages) into a home built from its setup.json, on a
 * real SQLite file: every message is accounted for, the facts it implies are
 * there, reading it again changes nothing, and a correction made in review
 * sticks.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocument, validateDocument } from '../../src/app/commands/data.js';
import { agenda } from '../../src/app/commands/items.js';
import { importMail, inbox, reviewMail } from '../../src/app/commands/mail.js';
import { showOpportunity } from '../../src/app/commands/opportunities.js';
import type { AppContext } from '../../src/app/context.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';
import { HELD_OUT, writeSetMbox } from '../mail-sets.js';

const SET = HELD_OUT;
const NOW = Temporal.Instant.from('2026-11-20T17:00:00Z');

let home: string;
let store: Store;
let ctx: AppContext;
/** The set's 45 messages as one mbox in this test's home. */
let mbox: string;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-mail-'));
  store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  ctx = { store, now: NOW, machineZone: 'UTC', home };
  await importDocument(ctx, validateDocument(JSON.parse(readFileSync(join(SET, 'setup.json'), 'utf8'))));
  mbox = writeSetMbox(SET, join(home, 'all.mbox'));
});

afterEach(async () => {
  await store.close();
  rmSync(home, { recursive: true, force: true });
});

describe('importing the labelled set as an mbox', () => {
  it('accounts for every message: imported or kept for review, none failed or lost', async () => {
    const report = await importMail(ctx, { paths: [mbox] });
    expect(report.messages).toHaveLength(45);
    expect(report.failed).toBe(0);
    expect(report.imported + report.unmatched).toBe(45);
    const labels = JSON.parse(readFileSync(join(SET, 'labels.json'), 'utf8')) as { opportunityId: string | null }[];
    expect(report.unmatched).toBe(labels.filter((l) => l.opportunityId === null).length);
  });

  it('turns the mail into the facts the labels imply', async () => {
    await importMail(ctx, { paths: [mbox] });
    const doc = await store.exportDocument();
    const opp = (id: string) => {
      const found = doc.opportunities?.find((o) => o.id === id);
      if (!found) throw new Error(`no ${id}`);
      return found;
    };
    // The Kestrel Analytics invitation (METHOD:REQUEST) becomes the interview it schedules.
    expect(
      opp('kestrel-analytics').interviews?.some(
        (iv) =>
          Temporal.Instant.from(iv.at).equals(Temporal.Instant.from('2026-11-09T11:00:00-06:00')) &&
          iv.durationMinutes === 45,
      ),
    ).toBe(true);
    // The offer asks for an answer by December 11: the offer's deadline (its January start date is not).
    expect(opp('kestrel-analytics').offers?.some((o) => o.status === 'received' && o.deadline === '2026-12-11')).toBe(
      true,
    );
    // Rejections close; the seeker's own withdrawal closes.
    expect(opp('vellum').status).toBe('rejected');
    expect(opp('cobalt-tide').status).toBe('rejected');
    expect(opp('kestrel-freight').status).toBe('rejected');
    expect(opp('bluefin').status).toBe('withdrawn');
    // Every touch read from mail carries its Message-ID, so it can be traced.
    const touches = doc.opportunities?.flatMap((o) => o.touches ?? []) ?? [];
    expect(touches.length).toBeGreaterThanOrEqual(42);
    expect(touches.every((t) => typeof t.messageId === 'string' && t.messageId.startsWith('<'))).toBe(true);
    // The thank-you to Ravi ends his thank-you item for the Nov 9 interview.
    const thanks = opp('kestrel-analytics').touches?.find((t) => t.direction === 'out' && t.purpose === 'thank-you');
    expect(thanks?.interviewId).toBeTruthy();
  });

  it('reads the same mail again without changing anything', async () => {
    await importMail(ctx, { paths: [mbox] });
    const before = JSON.stringify(await store.exportDocument());
    const again = await importMail(ctx, { paths: [join(SET, 'messages')] });
    expect(again.duplicate).toBe(45);
    expect(JSON.stringify(await store.exportDocument())).toBe(before);
  });

  it('keeps a correction made in review when the mail is read again', async () => {
    await importMail(ctx, { paths: [mbox] });
    const waiting = await inbox(ctx);
    // The job-board alert lists a Kestrel Freight posting; the seeker files it there.
    const alert = waiting.find((m) => m.sender?.includes('jobwire'));
    expect(alert?.status).toBe('unmatched');
    await reviewMail(ctx, {
      messageId: alert?.messageId ?? '',
      action: 'assign',
      opportunity: 'kestrel-freight',
      kind: 'other',
    });
    await importMail(ctx, { paths: [mbox] });
    const filed = (await store.getOpportunity('kestrel-freight'))?.touches ?? [];
    expect(filed.filter((t) => t.messageId === alert?.messageId)).toHaveLength(1);
    expect((await inbox(ctx)).some((m) => m.messageId === alert?.messageId)).toBe(false);
  });

  it('gives an agenda in which the mail ended the waiting it answered', async () => {
    await importMail(ctx, { paths: [join(SET, 'messages')] });
    const result = await agenda(ctx, { all: true });
    // No thank-you is owed for the Kestrel Analytics interview: the sent note was read.
    expect(
      result.items.filter(
        (i) => i.kind === 'thank-you' && i.opportunityId === 'kestrel-analytics' && i.contactId === 'ravi',
      ),
    ).toHaveLength(0);
    // Rejected opportunities get nothing.
    const rejected: (string | null)[] = ['vellum', 'cobalt-tide', 'kestrel-freight'];
    expect(result.items.some((i) => rejected.includes(i.opportunityId))).toBe(false);
  });
});

describe('importing hostile mail', () => {
  it('never crashes and accounts for every message, whatever its bytes', async () => {
    const good = readFileSync(join(SET, 'messages/015-bluefin-invite-utc.eml'));
    const dir = mkdtempSync(join(tmpdir(), 'afterview-fuzz-'));
    try {
      const samples = fc.sample(
        fc.oneof(
          fc.uint8Array({ minLength: 0, maxLength: 4000 }),
          fc.integer({ min: 1, max: good.length - 1 }).map((n) => good.subarray(0, n)),
          fc
            .tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 64 }))
            .map(([at, junk]) => Buffer.concat([good.subarray(0, at), junk, good.subarray(at)])),
          fc.constant(
            Buffer.from(
              `Subject: ${'x'.repeat(200_000)}\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\n`,
            ),
          ),
          fc.constant(Buffer.from('Content-Type: text/plain; charset=klingon-9\r\n\r\n\xff\xfe\x00 caf\xe9')),
        ),
        { numRuns: 60, seed: 20261126 },
      );
      for (const [i, bytes] of samples.entries()) writeFileSync(join(dir, `m${i}.eml`), bytes);
      const report = await importMail(ctx, { paths: [dir] });
      expect(report.messages).toHaveLength(samples.length);
      expect(report.imported + report.unmatched + report.failed + report.duplicate).toBe(samples.length);
      // Failed and unmatched messages are kept for review, not dropped; files that are no message are only reported.
      const kept = await inbox(ctx, { all: true });
      const notMail = report.messages.filter((m) => m.detail.startsWith('not a mail message')).length;
      expect(kept.length + report.duplicate + notMail).toBeGreaterThanOrEqual(report.unmatched + report.failed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an invitation updated or cancelled later', () => {
  /** A message from Granite Ridge's recruiter carrying one iCalendar part. */
  const calendarMail = (n: number, date: string, ics: string[]) =>
    [
      'From: Colleen Fitzgerald <cfitzgerald@graniteridge.example>',
      'To: Alex Rivera <alex.rivera@example.org>',
      `Subject: Granite Ridge final round (${n})`,
      `Date: ${date}`,
      `Message-ID: <cal-${n}@graniteridge.example>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Details of the final round are in the calendar entry.',
      '--b',
      `Content-Type: text/calendar; charset=utf-8; method=${ics[0]}`,
      '',
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Granite Ridge//Recruiting//EN',
      `METHOD:${ics[0]}`,
      'BEGIN:VEVENT',
      'UID:gr-final-1@graniteridge.example',
      ...ics.slice(1),
      'SUMMARY:Final round',
      'ORGANIZER;CN=Colleen Fitzgerald:mailto:cfitzgerald@graniteridge.example',
      'ATTENDEE;CN=Alex Rivera:mailto:alex.rivera@example.org',
      'END:VEVENT',
      'END:VCALENDAR',
      '--b--',
      '',
    ].join('\r\n');
  const interviews = async () =>
    ((await store.getOpportunity('granite-ridge'))?.interviews ?? []).map((iv) => [iv.id, iv.at, iv.durationMinutes]);
  const read = async (name: string, text: string) => {
    const file = join(home, name);
    writeFileSync(file, text);
    return importMail(ctx, { paths: [file] });
  };

  it('moves the interview when the same meeting comes again at another time, and removes it when cancelled', async () => {
    const invite = calendarMail(1, 'Wed, 18 Nov 2026 09:00:00 -0500', [
      'REQUEST',
      'SEQUENCE:0',
      'DTSTART:20261203T193000Z',
      'DTEND:20261203T203000Z',
    ]);
    const first = await read('invite.eml', invite);
    expect(first.messages[0]?.detail).toContain('interview i1 scheduled');
    expect(await interviews()).toEqual([['i1', '2026-12-03T13:30:00-06:00', 60]]);

    // Rescheduled: same UID, a new time and length. The interview keeps its id.
    const update = calendarMail(2, 'Thu, 19 Nov 2026 09:00:00 -0500', [
      'REQUEST',
      'SEQUENCE:1',
      'DTSTART:20261204T160000Z',
      'DTEND:20261204T173000Z',
    ]);
    const second = await read('update.eml', update);
    expect(second.messages[0]?.detail).toContain('interview i1 moved to 2026-12-04T10:00:00-06:00');
    expect(await interviews()).toEqual([['i1', '2026-12-04T10:00:00-06:00', 90]]);

    // The same update read again changes nothing.
    expect((await read('update-again.eml', update.replace('<cal-2@', '<cal-2b@'))).messages[0]?.detail).not.toContain(
      'moved',
    );
    expect(await interviews()).toEqual([['i1', '2026-12-04T10:00:00-06:00', 90]]);

    // Called off before it happened: the interview goes; the message stays in the timeline.
    const cancel = calendarMail(3, 'Fri, 20 Nov 2026 09:00:00 -0500', [
      'CANCEL',
      'SEQUENCE:2',
      'DTSTART:20261204T160000Z',
    ]);
    const third = await read('cancel.eml', cancel);
    expect(third.messages[0]?.detail).toMatch(/^in scheduling -> granite-ridge \(t\d+\); interview i1 cancelled$/);
    expect(await interviews()).toEqual([]);
    const touches = (await store.getOpportunity('granite-ridge'))?.touches ?? [];
    expect(touches.map((t) => t.messageId)).toContain('<cal-3@graniteridge.example>');

    // The timeline says what each message changed, next to the message.
    const story = await showOpportunity(ctx, { opportunity: 'granite-ridge' });
    const fromMail = story.timeline.flatMap((e) =>
      e.type === 'touch' && e.messageId?.startsWith('<cal-') ? [[e.messageId, e.effects]] : [],
    );
    expect(fromMail).toEqual([
      ['<cal-1@graniteridge.example>', ['interview i1 scheduled']],
      ['<cal-2@graniteridge.example>', ['interview i1 moved to 2026-12-04T10:00:00-06:00']],
      ['<cal-2b@graniteridge.example>', []],
      ['<cal-3@graniteridge.example>', ['interview i1 cancelled']],
    ]);
  });

  it('keeps an interview whose cancellation comes after it took place', async () => {
    await read(
      'invite.eml',
      calendarMail(1, 'Mon, 16 Nov 2026 09:00:00 -0500', [
        'REQUEST',
        'DTSTART:20261117T150000Z',
        'DTEND:20261117T160000Z',
      ]),
    );
    const late = await read(
      'cancel.eml',
      calendarMail(2, 'Wed, 18 Nov 2026 09:00:00 -0500', ['CANCEL', 'DTSTART:20261117T150000Z']),
    );
    expect(late.messages[0]?.detail).not.toContain('cancelled');
    expect(await interviews()).toEqual([['i1', '2026-11-17T09:00:00-06:00', 60]]);
  });
});

describe("what a message's match settles on import", () => {
  /** Writes one plain-text message (headers, then the body) to this test's home; returns its path. */
  const write = (name: string, headers: string[], text: string) => {
    const file = join(home, name);
    const mime = ['MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8'];
    writeFileSync(file, [...headers, ...mime, '', text, ''].join('\r\n'));
    return file;
  };

  it('keeps a friend\'s "decide by" out of the timeline: other, with no decision date', async () => {
    const friend = write(
      'friend.eml',
      [
        'From: Pat <pat.whitlock@gmail.com>',
        'To: Alex Rivera <alex.rivera@example.org>',
        'Subject: Re: weekend',
        'Date: Thu, 19 Nov 2026 20:00:00 -0500',
        'Message-ID: <friend-2@gmail.com>',
      ],
      'Two offers, wow. Decide by Tuesday, November 24 and then we celebrate.',
    );
    const report = await importMail(ctx, { paths: [friend] });
    expect(report.unmatched).toBe(1);
    const kept = (await inbox(ctx)).find((m) => m.sender?.includes('pat.whitlock'));
    expect(kept?.reading).toMatchObject({ kind: 'other', decisionBy: null });
  });

  it("reads the company's unpatterned answer to the seeker's question as a reply", async () => {
    const sent = [
      'From: Alex Rivera <alex.rivera@example.org>',
      'To: Colleen Fitzgerald <cfitzgerald@graniteridge.example>',
      'Subject: Start dates',
      'Date: Thu, 19 Nov 2026 09:00:00 -0500',
      'Message-ID: <alex-start@example.org>',
    ];
    const asked = write('asked.eml', sent, 'Hi Colleen, which start dates would be possible in January?');
    const answer = [
      'From: Grid People Team <people@graniteridge.example>',
      'To: Alex Rivera <alex.rivera@example.org>',
      'Subject: Induction at Granite Ridge',
      'Date: Thu, 19 Nov 2026 15:00:00 -0500',
      'Message-ID: <people-induction@graniteridge.example>',
    ];
    const text = 'Colleen passed on your note. Our induction weeks begin on 4 and 18 January.';
    // Read in one import, as a mailbox gives them: the question, then the answer.
    await importMail(ctx, { paths: [asked, write('answer.eml', answer, text)] });
    const touches = (await store.getOpportunity('granite-ridge'))?.touches ?? [];
    const touch = touches.find((t) => t.messageId?.includes('people-induction'));
    expect(touch).toMatchObject({ direction: 'in', kind: 'reply' });
  });
});
