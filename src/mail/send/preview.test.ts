import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { composeMessage } from './compose.js';
import { previewMessage } from './preview.js';

describe('previewMessage', () => {
  it('reads a message back as its recipient sees it: subject, text and headers decoded, long lines whole', async () => {
    const subject = 'Merci — thank you for the onsite, Zoë';
    const long = `${'Thank you for the café chat about how the team ships. '.repeat(30)}Ünïcödé at the end.`;
    const body = `Hi Zoë,\n\n${long}\n\nSam`;
    const message = await composeMessage({
      from: { name: 'Sám Lée', email: 'sam@example.com' },
      to: 'zoe@acme.example',
      subject,
      body,
      inReplyTo: '<a@acme.example>',
      messageIdDomain: 'example.com',
      now: Temporal.Instant.from('2026-11-26T14:00:00Z'),
    });
    // What goes on the wire is encoded: no line of it is the long line, and the subject is in encoded words.
    expect(message.raw).toMatch(/^Subject: =\?UTF-8\?Q\?/m);
    expect(message.raw).not.toContain('café');
    expect(Math.max(...message.raw.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(78);

    const preview = await previewMessage(message.raw);
    expect(preview.subject).toBe(subject);
    expect(preview.text.trimEnd()).toBe(body);
    const header = (name: string) => preview.headers.find((h) => h.name === name)?.value;
    expect(header('From')).toBe('Sám Lée <sam@example.com>');
    expect(header('Subject')).toBe(subject);
    expect(header('To')).toBe('zoe@acme.example');
    expect(header('In-Reply-To')).toBe('<a@acme.example>');
    expect(header('Message-ID')).toBe(message.messageId);
  });
});
