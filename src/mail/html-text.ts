/**
 * HTML bodies to plain text, for messages that carry no text part (ATS
 * templates often send HTML only). Block elements become line breaks, list
 * items get a dash, and `<blockquote>` content is prefixed with `> ` so that
 * quote detection works the same on converted HTML as on plain text.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  middot: '·',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
};

/** Decodes the common named entities and every numeric one; unknown names stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? Number.parseInt(ent.slice(2), 16) : Number(ent.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED_ENTITIES[ent.toLowerCase()] ?? all;
  });
}

const BLOCK = /^(p|div|br|tr|li|h[1-6]|table|ul|ol|hr|blockquote|section|article|header|footer|pre)$/;

/**
 * Converts an HTML document or fragment to readable text. Never throws;
 * malformed markup degrades to its visible characters.
 */
export function htmlToText(html: string): string {
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '');
  const out: string[] = [];
  let line = '';
  let quoteDepth = 0;
  const flush = () => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    out.push(quoteDepth > 0 ? `${'> '.repeat(quoteDepth)}${text}`.trimEnd() : text);
    line = '';
  };
  const tagRe = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<[^>]*>/g;
  let last = 0;
  for (let m = tagRe.exec(cleaned); m; m = tagRe.exec(cleaned)) {
    line += decodeEntities(cleaned.slice(last, m.index).replace(/\s+/g, ' '));
    last = m.index + m[0].length;
    const name = (m[1] ?? '').toLowerCase();
    const closing = m[0][1] === '/';
    if (!BLOCK.test(name)) continue;
    if (name === 'blockquote') {
      flush();
      quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
      continue;
    }
    if (name === 'br' || line.trim() !== '') flush();
    if (name === 'p' && closing) out.push('');
    if (name === 'li' && !closing) line = '- ';
  }
  line += decodeEntities(cleaned.slice(last).replace(/\s+/g, ' '));
  flush();
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
