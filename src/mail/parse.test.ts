import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELD_OUT, MAIL_SETS, setMessages } from '../../test/mail-sets.js';
import { parseMessage, peekMessageId } from './parse.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/mail');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

describe('parseMessage', () => {
  it('keeps the Message-ID as written and the date in the sender offset', async () => {
    const m = await parseMessage(fixture('outlook-reply-latin1.eml'));
    expect(m.error).toBeNull();
    expect(m.messageId).toBe('<AM0PR01MB1234@eurprd.prod.outlook.example>');
    expect(m.date).toBe('2026-12-03T16:20:00+01:00');
    expect(m.from).toEqual({ name: 'René Dubois', address: 'rene.dubois@harbor-freight-labs.example' });
    expect(m.inReplyTo).toBe('<CAF-out-1@mail.example.com>');
    expect(m.text).toContain('décision');
  });

  it('converts an HTML-only body to text and reads Auto-Submitted', async () => {
    const m = await parseMessage(fixture('ashby-rejection-html.eml'));
    expect(m.text).toContain('Unfortunately, we have decided to pursue other candidates');
    expect(m.text).not.toContain('<p>');
    expect(m.headers.autoSubmitted).toBe('auto-generated');
  });

  it('gives a message without Message-ID a stable hash id', async () => {
    const raw = 'From: a@b.example\nSubject: hi\nDate: Fri, 27 Nov 2026 10:44:00 -0500\n\nhello\n';
    const a = await parseMessage(raw);
    const b = await parseMessage(`${raw.replace(/\n/g, '\r\n')}`);
    expect(a.messageId).toMatch(/^<sha256-[0-9a-f]{40}@afterview\.invalid>$/);
    expect(a.messageIdSynthetic).toBe(true);
    expect(b.messageId).toBe(a.messageId);
  });

  it('reads a calendar part and the references of a thread', async () => {
    // A Google-style invitation: text, HTML and a text/calendar part side by side.
    const m = await parseMessage(readFileSync(join(HELD_OUT, 'messages/005-kestrel-analytics-invite.eml')));
    expect(m.calendars).toHaveLength(1);
    expect(m.calendars[0]!.method).toBe('REQUEST');
    expect(m.calendars[0]!.content).toContain('BEGIN:VEVENT');
  });

  it('survives a broken MIME boundary and still reads the text', async () => {
    const m = await parseMessage(fixture('broken-boundary.eml'));
    expect(m.text).toContain('We will decide by Friday.');
    expect(m.date).toBe('2026-12-04T09:00:00-05:00');
  });
});

describe('a Message-ID cut off', () => {
  it('is not taken for the id: the message gets its synthetic one', async () => {
    for (const cut of ['<', '<C', '<CAF9mV2xQ7']) {
      const m = await parseMessage(
        Buffer.from(`From: a@example.org\r\nDate: Thu, 12 Nov 2026 11:18:40 -0800\r\nMessage-ID: ${cut}`),
      );
      expect(m.messageIdSynthetic, cut).toBe(true);
      expect(m.messageId).toMatch(/^<sha256-[0-9a-f]+@afterview\.invalid>$/);
    }
    const bare = await parseMessage(Buffer.from('From: a@example.org\r\nMessage-ID: 1234.5678@mail.example\r\n\r\nhi'));
    expect(bare.messageId).toBe('1234.5678@mail.example');
  });
});

describe('parseMessage never throws and never loses a message', () => {
  // An invitation whose calendar is a base64 attachment inside nested multiparts.
  const base = readFileSync(join(HELD_OUT, 'messages/015-bluefin-invite-utc.eml'));

  it('on truncations of a real message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: base.length }), async (n) => {
        const m = await parseMessage(base.subarray(0, n));
        expect(typeof m.messageId).toBe('string');
        expect(m.messageId.length).toBeGreaterThan(2);
      }),
      { numRuns: 60 },
    );
  });

  it('on binary junk, wrong charsets and broken boundaries', async () => {
    const junk = fc.oneof(
      fc.uint8Array({ maxLength: 4000 }),
      fc.string({ maxLength: 2000 }).map((s) => Buffer.from(s, 'utf8')),
      fc
        .tuple(
          fc.constantFrom('utf-8', 'iso-8859-1', 'x-unknown', 'utf-16', 'shift_jis', ''),
          fc.uint8Array({ maxLength: 500 }),
        )
        .map(([cs, body]) =>
          Buffer.concat([
            Buffer.from(
              `From: x@y.example\nSubject: =?${cs}?B?${Buffer.from(body).toString('base64').slice(0, 40)}?=\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=${cs}\nContent-Transfer-Encoding: quoted-printable\n\n`,
            ),
            Buffer.from(body),
            Buffer.from('\n--c--\n'),
          ]),
        ),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (raw) => {
        const m = await parseMessage(raw);
        expect(m.messageId).toMatch(/^<.+>$|^\S+$/);
      }),
      { numRuns: 150 },
    );
  });

  it('on a huge header: reports an error but keeps the identity', async () => {
    const raw = `Message-ID: <huge@x.example>\nX-Junk: ${'a'.repeat(3 * 1024 * 1024)}\nSubject: big\n\nbody`;
    const m = await parseMessage(raw);
    expect(m.messageId).toBe('<huge@x.example>');
  });

  it('on deep nesting', async () => {
    let raw = 'Message-ID: <deep@x.example>\nContent-Type: multipart/mixed; boundary="b0"\n\n';
    for (let i = 1; i < 200; i++) raw += `--b${i - 1}\nContent-Type: multipart/mixed; boundary="b${i}"\n\n`;
    const m = await parseMessage(raw);
    expect(m.messageId).toBe('<deep@x.example>');
  });
});

describe('peekMessageId', () => {
  it('gives the same id as a full parse, for every message of every labelled set and for one without a Message-ID', async () => {
    const files = [
      ...MAIL_SETS.flatMap((set) => setMessages(set.dir)),
      ...readdirSync(FIXTURES).map((name) => join(FIXTURES, name)),
    ];
    expect(files.length).toBe(MAIL_SETS.reduce((n, set) => n + set.total, 0) + 3);
    for (const file of files) {
      const raw = readFileSync(file);
      expect(peekMessageId(raw), file).toBe((await parseMessage(raw)).messageId);
    }
    const bare = Buffer.from('From: a@b.example\r\nSubject: no id\r\n\r\nHello');
    expect(peekMessageId(bare)).toBe((await parseMessage(bare)).messageId);
  });
});
