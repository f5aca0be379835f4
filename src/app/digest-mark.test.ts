/** The digest's own header is recognised in the header section only. */
import { describe, expect, it } from 'vitest';
import { isDigestMessage } from './digest-mark.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('isDigestMessage', () => {
  it('finds the header in any case, and not in the body', () => {
    expect(isDigestMessage(bytes('X-Afterview-Digest: 2026-11-26\r\nSubject: Today\r\n\r\nHi'))).toBe(true);
    expect(isDigestMessage(bytes('Subject: Today\r\nx-afterview-digest: 2026-11-26\r\n\r\nHi'))).toBe(true);
    expect(isDigestMessage(bytes('Subject: Fwd\r\n\r\nX-Afterview-Digest: 2026-11-26\r\n'))).toBe(false);
    expect(isDigestMessage(bytes('Subject: Next steps\r\n\r\nHi Sam'))).toBe(false);
  });
});
