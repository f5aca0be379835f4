/**
 * The header that marks afterview's own morning digest, so reading mail
 * (the inbox sync) passes it by instead of filing it as unmatched mail.
 */

/** The header's name; its value is the digest's day. */
export const DIGEST_HEADER = 'X-Afterview-Digest';

/** Whether the message's header section carries the digest header. */
export function isDigestMessage(raw: Uint8Array): boolean {
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 16_384)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const headers = end === -1 ? head : head.slice(0, end);
  return new RegExp(`(^|\\n)${DIGEST_HEADER}:`, 'i').test(headers);
}
