import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailtoLink } from './mailto.js';

describe('mailtoLink', () => {
  it('encodes spaces as %20 and line breaks as %0D%0A', () => {
    expect(mailtoLink({ to: 'jane@acme.example', subject: 'Thank you', body: 'Hi Jane,\nthanks.\r\n\rSam' })).toBe(
      'mailto:jane@acme.example?subject=Thank%20you&body=Hi%20Jane%2C%0D%0Athanks.%0D%0A%0D%0ASam',
    );
  });

  it('leaves the recipient out when there is none', () => {
    expect(mailtoLink({ to: null, subject: 'Hi', body: '' })).toBe('mailto:?subject=Hi&body=');
  });

  it('encodes ?, &, =, # and % so the text cannot add fields like bcc', () => {
    const link = mailtoLink({
      to: 'jane@acme.example?bcc=x@evil.example',
      subject: 'a&bcc=x@evil.example#',
      body: '100%',
    });
    expect(link).toBe(
      'mailto:jane@acme.example%3Fbcc%3Dx@evil.example?subject=a%26bcc%3Dx%40evil.example%23&body=100%25',
    );
    const url = new URL(link);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  it('encodes non-ASCII text as UTF-8 and round-trips through decodeURIComponent', () => {
    const draft = { to: 'zoë@exämple.com', subject: 'Merci – à bientôt', body: 'Línea 1\nLínea 2 🙂' };
    const link = mailtoLink(draft);
    expect(link).toMatch(/^[\x21-\x7e]+$/);
    const [head, query] = link.slice('mailto:'.length).split('?') as [string, string];
    expect(decodeURIComponent(head)).toBe(draft.to);
    const fields = Object.fromEntries(query.split('&').map((f) => f.split('=').map(decodeURIComponent)));
    expect(fields).toEqual({ subject: draft.subject, body: 'Línea 1\r\nLínea 2 🙂' });
  });

  it('survives a lone surrogate', () => {
    expect(mailtoLink({ to: null, subject: 'a\ud800b', body: '' })).toBe('mailto:?subject=a%EF%BF%BDb&body=');
  });

  it('always yields exactly a subject and a body that decode back to the draft (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (subject, body) => {
          const link = mailtoLink({ to: 'jane@acme.example', subject, body });
          expect(link).toMatch(/^mailto:jane@acme\.example\?subject=[^?&=#]*&body=[^?&=#]*$/);
          const url = new URL(link);
          expect(decodeURIComponent(link.slice(link.indexOf('subject=') + 8, link.indexOf('&body=')))).toBe(subject);
          expect(decodeURIComponent(link.slice(link.indexOf('&body=') + 6))).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
          expect(url.protocol).toBe('mailto:');
        },
      ),
    );
  });
});
