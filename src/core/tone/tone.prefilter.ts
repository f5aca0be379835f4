/**
 * A cheap test that tells when a phrase rule cannot match a text, so the
 * tone check runs a rule's full pattern (large alternations with Unicode
 * word boundaries, slow to run and to compile) only on texts that hold one
 * of the words the rule needs.
 *
 * `requiredLiterals` reads a regular-expression source and gives a set of
 * strings such that every match of the pattern contains at least one of them
 * ("need" or "needing" for `so\s+need(?:ing)?`), or null when no such set is
 * known (a pattern that may match in many shapes, such as `\d+`). The set is
 * sound by construction: a literal, a small character class, an optional
 * group or a choice between branches is expanded into the exact strings it
 * may match; a sequence needs whatever its best part needs; a choice needs
 * one of what each branch needs; anything else (escapes such as `\s`, wide
 * classes, `.`, repetitions that may match nothing) needs nothing.
 * Lookarounds match no text of their own and count as the empty string.
 *
 * `literalFilter` turns the set into a test run with the rule's own flags, so
 * case is read exactly as the rule reads it.
 */

/** More strings than this in one expanded set is not worth keeping. */
const MAX_STRINGS = 64;

/** A character class of more characters than this is not expanded. */
const MAX_CLASS = 8;

interface Info {
  /** Every string the part may match, when known and small; null otherwise. */
  exact: Set<string> | null;
  /** Strings one of which every match of the part contains; null when none is known. */
  needs: Set<string> | null;
}

const ANYTHING: Info = { exact: null, needs: null };
const EMPTY: Info = { exact: new Set(['']), needs: null };

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A set of strings usable as a need: non-empty, none of them empty. */
function asNeed(set: Set<string> | null): Set<string> | null {
  if (!set || set.size === 0) return null;
  for (const s of set) if (s.length === 0) return null;
  return set;
}

function shortest(set: Set<string>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const s of set) if (s.length < min) min = s.length;
  return min;
}

/** Whether need `a` is a better filter than `b`: longer shortest string, then fewer strings. */
function better(a: Set<string> | null, b: Set<string> | null): boolean {
  if (!a) return false;
  if (!b) return true;
  const la = shortest(a);
  const lb = shortest(b);
  return la !== lb ? la > lb : a.size < b.size;
}

function needOf(info: Info): Set<string> | null {
  const fromExact = asNeed(info.exact);
  return better(fromExact, info.needs) ? fromExact : info.needs;
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
    let needs: Set<string> | null = new Set();
    for (const b of branches) {
      if (exact && b.exact && exact.size + b.exact.size <= MAX_STRINGS) for (const s of b.exact) exact.add(s);
      else exact = null;
      const n = needOf(b);
      if (needs && n) for (const s of n) needs.add(s);
      else needs = null;
    }
    return { exact, needs };
  }

  private alternative(): Info {
    const parts: Info[] = [];
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') parts.push(this.term());
    let best: Set<string> | null = null;
    let run: Set<string> | null = new Set(['']);
    let whole: Set<string> | null = new Set(['']);
    for (const part of parts) {
      const n = needOf(part);
      if (better(n, best)) best = n;
      if (whole) whole = part.exact ? product(whole, part.exact) : null;
      if (!part.exact) {
        if (better(asNeed(run), best)) best = asNeed(run);
        run = new Set(['']);
        continue;
      }
      const next: Set<string> | null = run ? product(run, part.exact) : null;
      if (next) {
        run = next;
      } else {
        if (better(asNeed(run), best)) best = asNeed(run);
        run = part.exact;
      }
    }
    if (better(asNeed(run), best)) best = asNeed(run);
    return { exact: whole, needs: best };
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
 * Strings one of which every match of the regular-expression `source`
 * contains, or null when no such set is known. Throws on syntax it does not
 * read (backreferences, `\k`, `\c`, `\x`), so an unread pattern is noticed.
 */
export function requiredLiterals(source: string): Set<string> | null {
  return needOf(new Parser(source).parse());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A test that is false only when `source`, read with `flags`, cannot match
 * the text: whether the text holds one of its required literals, read with
 * the same flags (minus `g`, `y`). Without required literals, always true.
 */
export function literalFilter(source: string, flags: string): (text: string) => boolean {
  const needs = requiredLiterals(source);
  if (!needs) return () => true;
  const re = new RegExp(
    [...needs]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    flags.replace(/[gy]/gu, ''),
  );
  return (text) => re.test(text);
}
