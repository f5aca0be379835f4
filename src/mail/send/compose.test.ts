import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type ComposeInput, composeMessage, MAX_REFERENCES } from './compose.js';
import { SendError } from './send-error.js';

const base: ComposeInput = {
  from: { name: 'Sam Lee', email: 'sam@example.com' },
  to: 'jane@acme.example',
  subject: 'Thank you for the onsite',
  body: 'Hi Jane,\nthank you for the time today.\n\nSam',
  messageIdDomain: 'example.com',
  now: Temporal.Instant.from('2026-11-21T20:00:00Z'),
};

async function codeOf(input: ComposeInput): Promise<string> {
  try {
    await composeMessage(input);
  } catch (error) {
    if (error instanceof SendError) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('composeMessage', () => {
  it('renders an RFC 5322 message with CRLF line breaks, the Date from now and a fresh Message-ID', async () => {
    const m = await composeMessage(base);
    expect(m.messageId).toMatch(/^<[0-9a-f-]{36}@example\.com>$/);
    expect(m.raw).not.toMatch(/[^\r]\n/);
    expect(m.raw).toContain('From: Sam Lee <sam@example.com>\r\n');
    expect(m.raw).toContain('To: jane@acme.example\r\n');
    expect(m.raw).toContain('Subject: Thank you for the onsite\r\n');
    expect(m.raw).toContain(`Message-ID: ${m.messageId}\r\n`);
    expect(m.raw).toContain('Date: Sat, 21 Nov 2026 20:00:00 +0000\r\n');
    expect(m.raw).not.toMatch(/^(In-Reply-To|References|Bcc|Cc):/im);
    expect(m.envelope).toEqual({ from: 'sam@example.com', to: ['jane@acme.example'] });
    expect(m.body).toBe('Hi Jane,\r\nthank you for the time today.\r\n\r\nSam');

    const parsed = await PostalMime.parse(m.raw);
    expect(parsed.subject).toBe('Thank you for the onsite');
    expect(parsed.messageId).toBe(m.messageId);
    expect(parsed.from).toMatchObject({ name: 'Sam Lee', address: 'sam@example.com' });
    expect(parsed.text?.replace(/\r\n/g, '\n').trimEnd()).toBe('Hi Jane,\nthank you for the time today.\n\nSam');
  });

  it('gives each message its own Message-ID', async () => {
    const [a, b] = await Promise.all([composeMessage(base), composeMessage(base)]);
    expect(a.messageId).not.toBe(b.messageId);
  });

  it('encodes non-ASCII subjects and names instead of writing raw bytes', async () => {
    const m = await composeMessage({
      ...base,
      from: { name: 'Zoë Ångström', email: 'zoe@example.com' },
      subject: 'Merci – à bientôt',
    });
    const headerBlock = m.raw.slice(0, m.raw.indexOf('\r\n\r\n'));
    expect(headerBlock).toMatch(/^[\x20-\x7e\r\n]*$/);
    const parsed = await PostalMime.parse(m.raw);
    expect(parsed.subject).toBe('Merci – à bientôt');
    expect(parsed.from?.name).toBe('Zoë Ångström');
  });

  it('threads a reply: In-Reply-To, and References ending with it', async () => {
    const m = await composeMessage({
      ...base,
      inReplyTo: 'abc@acme.example',
      references: ['<root@acme.example>', '<abc@acme.example>', '<root@acme.example>'],
    });
    expect(m.inReplyTo).toBe('<abc@acme.example>');
    expect(m.references).toEqual(['<root@acme.example>', '<abc@acme.example>']);
    expect(m.raw).toContain('In-Reply-To: <abc@acme.example>\r\n');
    expect(m.raw).toContain('References: <root@acme.example> <abc@acme.example>\r\n');
  });

  it('adds In-Reply-To to References when the thread was not given', async () => {
    const m = await composeMessage({ ...base, inReplyTo: '<abc@acme.example>' });
    expect(m.references).toEqual(['<abc@acme.example>']);
  });

  it('keeps the root and the latest references of a very long thread', async () => {
    const refs = Array.from({ length: 30 }, (_, i) => `<m${i}@acme.example>`);
    const m = await composeMessage({ ...base, inReplyTo: '<m29@acme.example>', references: refs });
    expect(m.references).toHaveLength(MAX_REFERENCES);
    expect(m.references[0]).toBe('<m0@acme.example>');
    expect(m.references.at(-1)).toBe('<m29@acme.example>');
    expect(m.references[1]).toBe(`<m${30 - (MAX_REFERENCES - 1)}@acme.example>`);
  });

  it('refuses a subject that tries to add a Bcc header', async () => {
    expect(await codeOf({ ...base, subject: 'Hello\r\nBcc: x@evil.example' })).toBe('invalid_header');
    expect(await codeOf({ ...base, subject: 'Hello\nBcc: x@evil.example' })).toBe('invalid_header');
    expect(await codeOf({ ...base, subject: 'Hello\rBcc: x@evil.example' })).toBe('invalid_header');
  });

  it('refuses a sender name with a newline, a tab, NUL, NEL or a Unicode line separator', async () => {
    for (const name of ['Sam\nBcc: x@evil.example', 'Sam\tLee', 'Sam\u0000', 'Sam\u0085Lee', 'Sam\u2028Lee']) {
      expect(await codeOf({ ...base, from: { name, email: 'sam@example.com' } })).toBe('invalid_header');
    }
  });

  it('says which value was wrong', async () => {
    await expect(composeMessage({ ...base, subject: 'a\r\nb' })).rejects.toThrow(/subject/);
    await expect(composeMessage({ ...base, from: { name: 'a\nb', email: 'sam@example.com' } })).rejects.toThrow(
      /sender name/,
    );
  });

  it('refuses recipients that are not exactly one plain address', async () => {
    for (const to of [
      '',
      '   ',
      'jane@acme.example, x@evil.example',
      'jane@acme.example;x@evil.example',
      'jane@acme.example\r\nBcc: x@evil.example',
      'Jane Doe <jane@acme.example>',
      'jane',
      'jane@localhost',
      'jane doe@acme.example',
      'jane@acme.example\n',
    ]) {
      expect(await codeOf({ ...base, to }), JSON.stringify(to)).toBe('invalid_recipient');
    }
  });

  it('accepts ordinary addresses, trimmed', async () => {
    const m = await composeMessage({ ...base, to: '  jane.doe+jobs@mail.acme-corp.example ' });
    expect(m.to).toBe('jane.doe+jobs@mail.acme-corp.example');
  });

  it('refuses a malformed sender address, Message-ID or Message-ID domain', async () => {
    expect(await codeOf({ ...base, from: { name: null, email: 'sam@example.com\r\nBcc: x@evil.example' } })).toBe(
      'invalid_header',
    );
    expect(await codeOf({ ...base, from: { name: null, email: 'not an address' } })).toBe('invalid_header');
    expect(await codeOf({ ...base, inReplyTo: '<abc@acme.example>\r\nBcc: x@evil.example' })).toBe('invalid_header');
    expect(await codeOf({ ...base, inReplyTo: '<no-at-sign>' })).toBe('invalid_header');
    expect(await codeOf({ ...base, references: ['<a@b> <c@d>'] })).toBe('invalid_header');
    expect(await codeOf({ ...base, messageIdDomain: 'example.com>\r\nX: y' })).toBe('invalid_header');
  });

  it('refuses an empty subject', async () => {
    expect(await codeOf({ ...base, subject: '  ' })).toBe('invalid_header');
  });

  it('writes a sender without a name as a bare address', async () => {
    const m = await composeMessage({ ...base, from: { name: null, email: 'sam@example.com' } });
    expect(m.raw).toContain('From: sam@example.com\r\n');
  });

  it('keeps a body that looks like headers inside the body', async () => {
    const m = await composeMessage({ ...base, body: 'Bcc: x@evil.example\n\nhello' });
    const headerBlock = m.raw.slice(0, m.raw.indexOf('\r\n\r\n'));
    expect(headerBlock).not.toContain('Bcc');
    const parsed = await PostalMime.parse(m.raw);
    expect(parsed.bcc ?? []).toEqual([]);
    expect(parsed.text).toContain('Bcc: x@evil.example');
  });

  it('never lets a subject or a sender name add a header (property)', async () => {
    const expected = [
      'From',
      'To',
      'Subject',
      'Message-ID',
      'Date',
      'Content-Transfer-Encoding',
      'MIME-Version',
      'Content-Type',
    ];
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('x\r\nBcc: a@evil.example', 'x\nTo: b@evil.example', '\u2028Cc: c@evil.example'),
    );
    await fc.assert(
      fc.asyncProperty(text, text, async (subject, name) => {
        let raw: string;
        try {
          raw = (await composeMessage({ ...base, subject, from: { name, email: 'sam@example.com' } })).raw;
        } catch (error) {
          expect(error).toBeInstanceOf(SendError);
          expect(['invalid_header']).toContain((error as SendError).code);
          return;
        }
        const headerBlock = raw.slice(0, raw.indexOf('\r\n\r\n'));
        const names = headerBlock
          .split('\r\n')
          .filter((line) => !/^[ \t]/.test(line))
          .map((line) => line.slice(0, line.indexOf(':')));
        expect(names).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
