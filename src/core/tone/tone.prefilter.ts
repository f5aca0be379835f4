/**
 * A cheap test that tells when a phrase rule cannot match a text, so the
 * tone check runs a rule's full pattern (large alternations with Unicode
 * word boundaries, slow to run and to compile) only on texts that hold one
 * of the words the rule needs.
 *
 * `requirement` reads a regular-expression source and gives what every
 * match contains: one of a set of strings ("need" or "needing" for
 * `so\s+need(?:ing)?`), all of some such needs (each word of a phrase),
 * or any one of some (one per branch of a choice); or null when nothing is
 * known (a pattern that may match in many shapes, such as `\d+`). It is
 * sound by construction: a literal, a small character class, an optional
 * group or a choice between such parts is expanded into the exact strings it
 * may match; a sequence needs what each of its parts needs; a choice needs
 * what one of its branches needs; anything else (escapes such as `\s`, wide
 * classes, `.`, repetitions that may match nothing) needs nothing.
 * Lookarounds match no text of their own and count as the empty string.
 *
 * `literalFilter` turns it into a test that reads case exactly as the rule's
 * own flags do.
 */

/** More strings than this in one expanded set is not worth keeping. */
const MAX_STRINGS = 64;

/** A character class of more characters than this is not expanded. */
const MAX_CLASS = 8;

/**
 * What every match of a part must contain: one string of a set, all of some
 * needs, or any one of some needs.
 */
export type Need =
  | { kind: 'one-of'; strings: readonly string[] }
  | { kind: 'all'; of: readonly Need[] }
  | { kind: 'any'; of: readonly Need[] };

interface Info {
  /** Every string the part may match, when known and small; null otherwise. */
  exact: Set<string> | null;
  /** What every match of the part contains; null when nothing is known. */
  needs: Need | null;
}

const ANYTHING: Info = { exact: null, needs: null };
const EMPTY: Info = { exact: new Set(['']), needs: null };

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A set of strings as a need: non-empty, each of two characters or more (shorter ones filter nothing). */
function oneOf(set: Set<string> | null): Need | null {
  if (!set || set.size === 0) return null;
  for (const s of set) if (s.length < 2) return null;
  return { kind: 'one-of', strings: [...set] };
}

/** All of `needs` (the unknown ones dropped), or null when none is known. */
function allOf(needs: (Need | null)[]): Need | null {
  const known: Need[] = [];
  for (const n of needs) {
    if (n === null) continue;
    if (n.kind === 'all') known.push(...n.of);
    else known.push(n);
  }
  if (known.length === 0) return null;
  return known.length === 1 ? known[0]! : { kind: 'all', of: known };
}

function needOf(info: Info): Need | null {
  return oneOf(info.exact) ?? info.needs;
}

const COUNT = /\{(\d+)(?:(,)(\d*))?\}/uy;
const LOOKAROUND = /\(\?<?[=!]/uy;
const NAMED_GROUP = /\(\?<[\p{L}_$][\p{L}\p{N}_$]*>/uy;
const UNICODE_ESCAPE = /(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/uy;

/** Reads a regular-expression source (the syntax the phrase rules use) into what it needs. */
class Parser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.disjunction();
    if (this.pos < this.src.length) throw new Error(`unexpected "${this.src[this.pos]}" at ${this.pos}`);
    return info;
  }

  /** `re` (sticky) matched where the parser stands, or null. */
  private at(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    return re.exec(this.src);
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  private disjunction(): Info {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.pos += 1;
      branches.push(this.alternative());
    }
    if (branches.length === 1) return branches[0]!;
    let exact: Set<string> | null = new Set();
    const needs: Need[] = [];
    let known = true;
    for (const b of branches) {
      if (exact && b.exact && exact.size + b.exact.size <= MAX_STRINGS) for (const s of b.exact) exact.add(s);
      else exact = null;
      const n = needOf(b);
      if (n) needs.push(n);
      else known = false;
    }
    return { exact, needs: known ? { kind: 'any', of: needs } : null };
  }

  private alternative(): Info {
    const parts: Info[] = [];
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') parts.push(this.term());
    // each run of parts whose strings are known is one need; every other part adds its own
    const needs: (Need | null)[] = [];
    let run = new Set(['']);
    let whole: Set<string> | null = new Set(['']);
    for (const part of parts) {
      if (whole) whole = part.exact ? product(whole, part.exact) : null;
      if (!part.exact) {
        needs.push(oneOf(run), needOf(part));
        run = new Set(['']);
        continue;
      }
      const next = product(run, part.exact);
      if (next) {
        run = next;
      } else {
        needs.push(oneOf(run));
        run = part.exact;
      }
    }
    needs.push(oneOf(run));
    return { exact: whole, needs: allOf(needs) };
  }

  private term(): Info {
    const atom = this.atom();
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '?' || c === '*' || c === '+') {
      this.pos += 1;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === '{' && this.at(COUNT)) {
      const m = this.at(COUNT)!;
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    } else {
      return atom;
    }
    if (this.peek() === '?') this.pos += 1; // lazy: matches the same strings
    if (min === 0) {
      if (max === 1 && atom.exact) return { exact: new Set([...atom.exact, '']), needs: null };
      return ANYTHING;
    }
    let exact: Set<string> | null = null;
    if (max === min && atom.exact) {
      exact = new Set(['']);
      for (let i = 0; i < min && exact; i += 1) exact = product(exact, atom.exact);
    }
    return { exact, needs: needOf(atom) };
  }

  private atom(): Info {
    const c = this.peek()!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const ch = this.escape();
      return ch === null ? ANYTHING : { exact: new Set([ch]), needs: null };
    }
    if (c === '^' || c === '$') {
      this.pos += 1;
      return EMPTY;
    }
    if (c === '.') {
      this.pos += 1;
      return ANYTHING;
    }
    const ch = String.fromCodePoint(this.src.codePointAt(this.pos)!);
    this.pos += ch.length;
    return { exact: new Set([ch]), needs: null };
  }

  private group(): Info {
    const lookaround = this.at(LOOKAROUND);
    const named = this.at(NAMED_GROUP);
    const open = lookaround?.[0] ?? named?.[0] ?? (this.src.startsWith('(?:', this.pos) ? '(?:' : '(');
    this.pos += open.length;
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new Error(`missing ")" at ${this.pos}`);
    this.pos += 1;
    return lookaround ? EMPTY : inner;
  }

  /** Reads an escape; gives the one character it stands for, or null for a class of characters. */
  private escape(): string | null {
    this.pos += 1;
    const c = this.src[this.pos]!;
    this.pos += 1;
    if ('sSdDwWbB'.includes(c)) return c === 'b' || c === 'B' ? '' : null;
    if (c === 'p' || c === 'P') {
      const close = this.src.indexOf('}', this.pos);
      this.pos = close + 1;
      return null;
    }
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === 'r') return '\r';
    if (c === 'u') {
      const m = this.at(UNICODE_ESCAPE);
      if (!m) throw new Error(`bad "\\u" escape at ${this.pos}`);
      this.pos += m[0].length;
      return String.fromCodePoint(Number.parseInt(m[1] ?? m[2]!, 16));
    }
    if (/[0-9kcx]/u.test(c)) throw new Error(`unsupported escape "\\${c}" at ${this.pos}`);
    return c;
  }

  private charClass(): Info {
    this.pos += 1;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos += 1;
    }
    const chars = new Set<string>();
    let wide = negated;
    let first = true;
    while (this.peek() !== ']' || first) {
      first = false;
      if (this.pos >= this.src.length) throw new Error('missing "]"');
      const from = this.classChar();
      if (this.peek() === '-' && this.src[this.pos + 1] !== ']' && from !== null) {
        this.pos += 1;
        const to = this.classChar();
        if (to === null) throw new Error(`bad range at ${this.pos}`);
        const a = from.codePointAt(0)!;
        const b = to.codePointAt(0)!;
        if (b - a + 1 > MAX_CLASS) wide = true;
        else for (let x = a; x <= b; x += 1) chars.add(String.fromCodePoint(x));
      } else if (from === null) {
        wide = true;
      } else {
        chars.add(from);
      }
    }
    this.pos += 1;
    if (wide || chars.size > MAX_CLASS) return ANYTHING;
    return { exact: chars, needs: null };
  }

  private classChar(): string | null {
    if (this.peek() === '\\') {
      const ch = this.escape();
      return ch === '' ? null : ch;
    }
    const ch = String.fromCodePoint(this.src.codePointAt(this.pos)!);
    this.pos += ch.length;
    return ch;
  }
}

/**
 * What every match of the regular-expression `source` contains, or null when
 * nothing is known. Throws on syntax it does not read (backreferences, `\k`,
 * `\c`, `\x`), so an unread pattern is noticed.
 */
export function requirement(source: string): Need | null {
  return needOf(new Parser(source).parse());
}

/** The text last probed, with the answers so far, shared by every filter. */
let probed: { text: string; lower: string; caseless: Map<string, boolean>; exact: Map<string, boolean> } | null = null;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Whether `text` holds `s`, read as a pattern with flags `iu` (`caseless`) or
 * `u`. Caseless, an ASCII string is looked up in the lower-cased text, where
 * every character `iu` reads as an ASCII letter has become that letter (the
 * long s and the Kelvin sign are the two outside ASCII that fold into it);
 * any other string is read by a pattern.
 */
function holds(text: string, s: string, caseless: boolean): boolean {
  if (probed?.text !== text) {
    const lower = text.toLowerCase().replace(/\u017F/gu, 's');
    probed = { text, lower, caseless: new Map(), exact: new Map() };
  }
  const memo = caseless ? probed.caseless : probed.exact;
  let found = memo.get(s);
  if (found === undefined) {
    if (!caseless) found = text.includes(s);
    else if (!/[^\n -~]/u.test(s)) found = probed.lower.includes(s.toLowerCase());
    else found = new RegExp(escapeRegExp(s), 'iu').test(text);
    memo.set(s, found);
  }
  return found;
}

function meets(need: Need, text: string, caseless: boolean): boolean {
  if (need.kind === 'one-of') return need.strings.some((s) => holds(text, s, caseless));
  if (need.kind === 'all') return need.of.every((n) => meets(n, text, caseless));
  return need.of.some((n) => meets(n, text, caseless));
}

/**
 * A test that is false only when `source`, read with `flags` (`iu` or `u`),
 * cannot match the text: the text lacks what every match contains. Without
 * a known requirement, always true.
 */
export function literalFilter(source: string, flags: string): (text: string) => boolean {
  const need = requirement(source);
  const caseless = flags.includes('i');
  if (!need) return () => true;
  return (text) => meets(need, text, caseless);
}
