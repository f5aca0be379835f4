/**
 * Only the new text of a message counts: this module sets aside what was
 * quoted from earlier messages and the signature, so an old promise quoted
 * below a reply, or an office-closure line in a signature, is never read as
 * something the sender says now.
 */

/** Lines that open a quoted earlier message; everything from here on is old text. */
const QUOTE_HEADERS: RegExp[] = [
  /^\s*On\b.{0,300}\bwrote:\s*$/i,
  /^\s*-{2,}\s*Original Message\s*-{2,}/i,
  /^\s*-{2,}\s*Forwarded message\s*-{2,}/i,
  /^\s*Begin forwarded message:/i,
  /^\s*-{5,}\s*Reply message\s*-{5,}/i,
  /^\s*Le .{0,200}a écrit\s*:\s*$/i,
  /^\s*Am .{0,200}schrieb .{0,200}:\s*$/i,
  /^\s*El .{0,200}escribió\s*:\s*$/i,
  /^\s*_{10,}\s*$/,
];

/** All of them as one pattern: one pass per line instead of one per pattern. */
const QUOTE_HEADER = new RegExp(QUOTE_HEADERS.map((re) => `(?:${re.source})`).join('|'), 'i');

/** An Outlook-style header block: `From:` followed within a few lines by `Sent:`/`Date:` and `To:`/`Subject:`. */
function isHeaderBlock(lines: string[], i: number): boolean {
  if (!/^\s*\*?From:\*?\s+\S/i.test(lines[i] ?? '')) return false;
  const next = lines.slice(i + 1, i + 6).join('\n');
  return /^\s*\*?(Sent|Date):/im.test(next) && /^\s*\*?(To|Subject):/im.test(next);
}

/** Closing words that start the sign-off block at the end of a message, each alone on its line. */
const SIGN_OFFS = [
  // Regards and wishes.
  'best',
  'best regards',
  'best wishes',
  'all the best',
  'regards',
  'kind regards',
  'warm regards',
  'warmest regards',
  'warmly',
  'warm wishes',
  // Thanks.
  'thanks',
  'thanks so much',
  'thanks again',
  'thank you',
  'thank you again',
  'many thanks',
  // Short closings.
  'cheers',
  'sincerely',
  'sincerely yours',
  'yours',
  'yours truly',
  'respectfully',
  'talk soon',
  'speak soon',
  'take care',
  // Other languages.
  'saludos',
  'cordialement',
  // Longer closings.
  'have a (great|good|nice|lovely) (day|weekend|week|evening|holiday)',
  'with thanks',
  'thanks for your patience',
  'good luck',
  '(?:thank you|thanks) (?:again )?for your (?:time|consideration|help)',
];
/** A line that is only a closing, with at most a comma, full stop or exclamation mark after it. */
const SIGN_OFF = new RegExp(`^\\s*(${SIGN_OFFS.join('|')})\\s*[,.!]?\\s*$`, 'i');

/** A sign-off is only a sign-off near the end: at most this many non-empty lines may follow it. */
const MAX_SIGNATURE_LINES = 8;

/** Phone-client footers that carry no content. */
const DEVICE_FOOTER = /^\s*(sent from my \w+.*|sent from (outlook|mail|yahoo mail).*|get outlook for \w+.*)$/i;

/**
 * Returns the new text of a message body: without quoted replies (`>` lines,
 * "On … wrote:" blocks, "-----Original Message-----", forwarded headers),
 * without the signature (after a `-- ` line, or the block that starts at a
 * closing such as "Best," near the end) and without phone footers.
 * Never returns less than the first paragraph of a non-empty body that is all
 * sign-off (a one-line "Thanks!" stays). Pure; never throws.
 */
export function newText(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^--\s?$/.test(line)) break;
    if (QUOTE_HEADER.test(line)) break;
    if (/^\s*On\b/i.test(line) && QUOTE_HEADERS[0]!.test(`${line} ${lines[i + 1] ?? ''}`)) break;
    if (isHeaderBlock(lines, i)) break;
    if (/^\s*>/.test(line)) continue;
    if (DEVICE_FOOTER.test(line)) continue;
    kept.push(line);
  }
  const withoutSignOff = cutSignOff(kept);
  return withoutSignOff
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function cutSignOff(lines: string[]): string[] {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!SIGN_OFF.test(lines[i]!)) continue;
    const after = lines.slice(i + 1).filter((l) => l.trim() !== '').length;
    if (after > MAX_SIGNATURE_LINES) return lines;
    const before = lines.slice(0, i);
    return before.some((l) => l.trim() !== '') ? before : lines;
  }
  return lines;
}
