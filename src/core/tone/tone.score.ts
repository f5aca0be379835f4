/**
 * Scores the tone check on a labelled set of texts: a text is right when the
 * set of rules the check flags equals the set its label expects, exactly.
 * Gives the share of texts right, precision and recall per rule (counted per
 * text: a rule flagged twice in one text counts once), and every miss.
 *
 * Pure: the caller reads the file (`scripts/eval-tone.ts`, the blind-set
 * test) and hands the parsed JSON to `parseLabelledTexts`.
 */
import { checkTone } from './tone.check.js';
import { TONE_RULES, type ToneFacts, type ToneFlag, type ToneRule } from './tone.types.js';

/** One labelled text (test/fixtures/tone-blind/texts.json). */
export interface LabelledText {
  id: string;
  company: string;
  role: string | null;
  text: string;
  /** The rules that should flag the text; empty for a clean one. */
  expected: ToneRule[];
  /** The seeker really has another offer and other processes, so such claims are backed. */
  otherProcesses: boolean;
  /** The text is a check-in, so the word limit applies (true unless the item says `"checkIn": false`). */
  checkIn: boolean;
  note: string | null;
}

/** How one rule did over the set, counted per text. */
export interface RuleScore {
  rule: ToneRule;
  /** Texts whose label expects the rule. */
  labelled: number;
  /** Texts the check flagged with the rule. */
  flagged: number;
  /** Texts both expected and flagged. */
  correct: number;
  /** correct / flagged; null when the rule flagged nothing. */
  precision: number | null;
  /** correct / labelled; null when no text expects the rule. */
  recall: number | null;
}

/** One text's outcome. */
export interface ScoredText {
  item: LabelledText;
  /** The rules flagged, in TONE_RULES order, each once. */
  got: ToneRule[];
  right: boolean;
  flags: ToneFlag[];
}

export interface ToneScore {
  total: number;
  right: number;
  rows: ScoredText[];
  perRule: RuleScore[];
  misses: ScoredText[];
}

const KNOWN = new Set<string>(TONE_RULES);

function fail(at: string, what: string): never {
  throw new Error(`${at}: ${what}`);
}

/**
 * Reads a parsed labelled set. Throws one line naming the first thing wrong
 * and what is expected instead.
 */
export function parseLabelledTexts(value: unknown): LabelledText[] {
  if (!Array.isArray(value)) fail('the set', 'expected a JSON array of {id, company, role, text, expected}');
  const seen = new Set<string>();
  return value.map((raw, i): LabelledText => {
    const at = `item ${i + 1}`;
    if (typeof raw !== 'object' || raw === null) fail(at, 'expected an object');
    const r = raw as Record<string, unknown>;
    if (typeof r.id !== 'string' || r.id === '') fail(at, 'expected a non-empty string "id"');
    const id = r.id;
    if (seen.has(id)) fail(`item ${id}`, 'the id is used twice; ids must be unique');
    seen.add(id);
    if (typeof r.text !== 'string') fail(`item ${id}`, 'expected a string "text"');
    if (typeof r.company !== 'string') fail(`item ${id}`, 'expected a string "company"');
    if (r.role !== undefined && r.role !== null && typeof r.role !== 'string')
      fail(`item ${id}`, 'expected "role" to be a string or null');
    if (!Array.isArray(r.expected))
      fail(`item ${id}`, `expected "expected" to be an array of ${TONE_RULES.join(', ')}`);
    const expected = r.expected.map((rule) =>
      typeof rule === 'string' && KNOWN.has(rule)
        ? (rule as ToneRule)
        : fail(`item ${id}`, `unknown rule ${JSON.stringify(rule)} in "expected"; one of ${TONE_RULES.join(', ')}`),
    );
    if (r.otherProcesses !== undefined && typeof r.otherProcesses !== 'boolean')
      fail(`item ${id}`, 'expected "otherProcesses" to be true or false');
    if (r.checkIn !== undefined && typeof r.checkIn !== 'boolean')
      fail(`item ${id}`, 'expected "checkIn" to be true or false');
    return {
      id,
      company: r.company,
      role: typeof r.role === 'string' ? r.role : null,
      text: r.text,
      expected: [...new Set(expected)],
      otherProcesses: r.otherProcesses === true,
      checkIn: r.checkIn !== false,
      note: typeof r.note === 'string' ? r.note : null,
    };
  });
}

/**
 * The facts a labelled text is checked with, as the app would pass them for a
 * post-interview message to the employer: the company and role, a check-in
 * (so the word limit applies) unless the item says it is not one, and the seeker's other processes (one open
 * opportunity and an offer when `otherProcesses`, none otherwise).
 */
export function factsForLabelled(item: LabelledText): ToneFacts {
  return {
    company: item.company,
    role: item.role,
    otherOpenOpportunities: item.otherProcesses ? 1 : 0,
    hasOtherOffer: item.otherProcesses,
    isCheckIn: item.checkIn,
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Runs the tone check on every text and scores it against its label. */
export function scoreTone(items: readonly LabelledText[]): ToneScore {
  const rows = items.map((item): ScoredText => {
    const flags = checkTone(item.text, factsForLabelled(item));
    const flagged = new Set(flags.map((f) => f.rule));
    const got = TONE_RULES.filter((rule) => flagged.has(rule));
    const expected = new Set(item.expected);
    const right = got.length === expected.size && got.every((rule) => expected.has(rule));
    return { item, got, right, flags };
  });
  const perRule = TONE_RULES.map((rule): RuleScore => {
    const labelled = rows.filter((r) => r.item.expected.includes(rule)).length;
    const flagged = rows.filter((r) => r.got.includes(rule)).length;
    const correct = rows.filter((r) => r.item.expected.includes(rule) && r.got.includes(rule)).length;
    return { rule, labelled, flagged, correct, precision: ratio(correct, flagged), recall: ratio(correct, labelled) };
  });
  return {
    total: rows.length,
    right: rows.filter((r) => r.right).length,
    rows,
    perRule,
    misses: rows.filter((r) => !r.right),
  };
}

const pct = (x: number | null): string => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);

/** The score as plain text: texts right, a table per rule, then every miss with what was flagged. */
export function formatToneScore(score: ToneScore): string {
  const lines = [
    `texts right: ${score.right} of ${score.total} (${pct(ratio(score.right, score.total))})`,
    '',
    'rule              labelled flagged correct precision  recall',
  ];
  for (const r of score.perRule) {
    lines.push(
      `${r.rule.padEnd(18)}${String(r.labelled).padStart(8)}${String(r.flagged).padStart(8)}${String(r.correct).padStart(8)}${pct(r.precision).padStart(10)}${pct(r.recall).padStart(8)}`,
    );
  }
  lines.push('', `misses: ${score.misses.length}`);
  for (const m of score.misses) {
    const show = (rules: readonly ToneRule[]) => (rules.length === 0 ? 'clean' : rules.join(', '));
    lines.push(`- ${m.item.id}: expected ${show(m.item.expected)}; got ${show(m.got)}`);
    for (const f of m.flags) lines.push(`    ${f.rule}: ${JSON.stringify(f.text)}`);
    lines.push(`    ${m.item.text}`);
  }
  return lines.join('\n');
}
