/**
 * `mailto:` links for drafts (RFC 6068), so a seeker without an SMTP account
 * can open a draft in their own mail program. Pure.
 */
import type { Draft } from '../model.js';

/**
 * The draft as a `mailto:` URI: `mailto:jane@acme.example?subject=...&body=...`.
 * Every character outside RFC 3986's unreserved set and RFC 6068's allowed
 * delimiters is percent-encoded as UTF-8: spaces become `%20` (never `+`),
 * every line break becomes `%0D%0A`, and `?`, `&`, `=` and `#` in the
 * address, subject or body are encoded so they cannot add a field such as
 * `bcc=`. A null `to` gives `mailto:?subject=...`. Never fails.
 */
export function mailtoLink(draft: Pick<Draft, 'to' | 'subject' | 'body'>): string {
  const to = draft.to === null ? '' : encodeAddress(draft.to.trim());
  const subject = encodeField(draft.subject);
  const body = encodeField(draft.body.replace(/\r\n|\r|\n/g, '\r\n'));
  return `mailto:${to}?subject=${subject}&body=${body}`;
}

/** Keeps the `@` readable (RFC 6068 section 2 leaves it unencoded in `to`); encodes the rest. */
function encodeAddress(address: string): string {
  return address.split('@').map(encodeField).join('@');
}

/**
 * `encodeURIComponent` already encodes spaces, CR, LF, `?`, `&`, `=`, `#`
 * and `%`; what it leaves (`A-Z a-z 0-9 - _ . ! ~ * ' ( )`) is allowed in a
 * mailto field. Lone surrogates, which it cannot encode, become U+FFFD.
 */
function encodeField(text: string): string {
  return encodeURIComponent(
    text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );
}
