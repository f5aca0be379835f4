/**
 * A composed message as the person who gets it will read it: the rendered
 * text (quoted-printable or base64, encoded words in headers) read back
 * with the same MIME parser that reads incoming mail, so `send --dry-run`
 * shows what arrives, not what we meant to send.
 */
import PostalMime, { decodeWords } from 'postal-mime';

/** What the recipient's mail app shows. */
export interface MessagePreview {
  /** The subject, decoded. */
  subject: string;
  /** The text, decoded, with LF line breaks and long lines as written (no transfer-encoding breaks). */
  text: string;
  /** Every header in order, unfolded, with encoded words decoded (`From: Sám Lée <sam@example.com>`). */
  headers: { name: string; value: string }[];
}

/**
 * Reads `raw` (an RFC 5322 message, as `composeMessage` renders it) back
 * into what its reader sees. Rejects only when the parser does, which a
 * message from `composeMessage` never makes it do.
 */
export async function previewMessage(raw: string): Promise<MessagePreview> {
  const email = await PostalMime.parse(raw);
  return {
    subject: email.subject ?? '',
    text: (email.text ?? '').replace(/\r\n?/g, '\n'),
    headers: email.headers.map((h) => ({ name: h.originalKey ?? h.key, value: decodeWords(h.value) })),
  };
}
