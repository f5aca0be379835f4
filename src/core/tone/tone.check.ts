/**
 * The tone check (PLAYBOOK "Drafts and tone", CONTRACT "The tone check"):
 * flags, with the span and a better wording, pleading, over-apology,
 * pressure, text that names neither the company (or a short form of it, its
 * first word or words: "Northbeam" for Northbeam Studios) nor the role, check-ins over
 * 150 words, repeated exclamation marks, and claims of other offers or
 * processes that the facts do not back.
 *
 * Phrase rules (tone.rules.ts) are case-insensitive and whole-word, except
 * capitals read as emphasis. Two or more apologies in one text are a stack
 * and each is flagged; one apology passes unless it apologises for writing at
 * all. Exclamation marks: a run of two or more marks with a "!" in it ("!!",
 * "?!") is flagged where it stands, and more than two exclamations in one
 * text are flagged as a whole, however long or short the text (three single
 * "!" in a short note count, as in a long one).
 *
 * A phrase's match is read in its clause (back to a comma, semicolon,
 * sentence end, dash or "but"): pressure is waived when the clause says so
 * ("please don't feel you need to reply right away"); a strong word of
 * pleading counts only when the seeker says it of themselves, not of someone
 * else ("the clinics are desperately short-staffed"); a claim of other offers
 * is not read just after a negation ("I don't have another offer"). A company
 * is also named by a later word of its name written with its capital ("Reed"
 * for Marsh & Reed Architects) or by its initials ("RBC"), and a role without
 * its grade or a note ("product designer" for Senior Product Designer).
 *
 * Offsets are UTF-16 indices into the text as given (`end` exclusive), as
 * JavaScript strings count them. Whole-text rules (generic, too-long, too
 * many exclamation marks) have null offsets and sort last. Where spans of one
 * rule overlap, the earliest (then the longest) is kept. The output is
 * deterministic.
 */
import { literalFilter } from './tone.prefilter.js';
import { APOLOGY, APOLOGY_STACK_SUGGESTION, isBacked, jobName, PHRASE_RULES, type PhraseRule } from './tone.rules.js';
import { TONE_RULES, type ToneFacts, type ToneFlag } from './tone.types.js';

/** A check-in reads best under this many words (PLAYBOOK "Drafts and tone"). */
export const CHECK_IN_MAX_WORDS = 150;

/** More exclamations than this in one text reads as over-eager. */
const MAX_EXCLAMATIONS = 2;

/** Letters and digits: what may not touch a phrase at either end. */
const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

function wholeWord(source: string, caseSensitive = false): RegExp {
  return new RegExp(`${BOUNDARY_BEFORE}(?:${source})${BOUNDARY_AFTER}`, caseSensitive ? 'gu' : 'giu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Each rule with its pattern and a cheap test that is false only when the
 * pattern cannot match (the text holds none of the words it needs), so the
 * full pattern runs on few texts.
 */
const COMPILED: readonly { rule: PhraseRule; re: RegExp; mayMatch: (text: string) => boolean }[] = PHRASE_RULES.map(
  (rule) => ({
    rule,
    re: wholeWord(rule.pattern, rule.caseSensitive),
    mayMatch: literalFilter(rule.pattern, rule.caseSensitive ? 'u' : 'iu'),
  }),
);

/**
 * Curly quotes become straight ones and non-breaking spaces plain ones, one
 * UTF-16 unit for one, so offsets found in the result hold for the original.
 */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/gu, "'").replace(/[\u00A0\u202F]/gu, ' ');
}

/**
 * Words too common to stand for a company on their own: "Global" is not a
 * short form of Global Freight, nor "The" of The Rowan Group.
 */
const GENERIC_NAME_WORDS = new Set(
  (
    'the a an global international national united american british european ' +
    'general first new north south east west northern southern eastern western central royal city county ' +
    'state metro digital smart data tech health care home star blue green red black white gold golden silver ' +
    'bright big great best prime pacific atlantic summit peak apex advanced applied integrated creative modern ' +
    'open pro one all total premier select superior standard universal my our your'
  ).split(' '),
);

/** Words that join the parts of a name. */
const JOINING_WORDS = new Set(['and', '&', '+', 'of', 'for', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'de', 'und']);

/**
 * A company name and the forms a seeker may name it by: without a legal
 * suffix ("Acme, Inc." -> "Acme"), and by its first word or words
 * ("Northbeam" for Northbeam Studios, "Rowan" for The Rowan Group), unless
 * those words are all too common to stand for it ("Global", "The").
 */
function companyForms(company: string): string[] {
  const full = company.trim();
  const bare = full.replace(/,?\s+(?:inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|ag|sa|bv|pty)\.?$/iu, '').trim();
  const words = bare.split(/\s+/u).filter((w) => w.length > 0);
  const start = words[0]?.toLowerCase() === 'the' ? 1 : 0;
  const short: string[] = [];
  for (let end = start + 1; end < words.length; end += 1) {
    const head = words.slice(start, end);
    // A short form does not end on a joining word ("Marsh &" of Marsh & Reed), and needs a word of its own.
    if (JOINING_WORDS.has(head[head.length - 1]!.toLowerCase())) continue;
    if (head.every((w) => w.length < 3 || GENERIC_NAME_WORDS.has(w.toLowerCase()))) continue;
    short.push(head.join(' '));
  }
  return [...new Set([full, bare, ...short].filter((s) => s.length > 0))];
}

/**
 * Words that say what kind of business a company is: a name's later word
 * stands for the company only when it is not one of these ("Reed" of Marsh &
 * Reed Architects does, "Architects" does not).
 */
const TRADE_WORDS = new Set(
  (
    'group groups partners partnership holdings labs lab systems solutions software technologies technology tech ' +
    'media health healthcare bank banking capital consulting consultants services foods food logistics analytics ' +
    'design designs games gaming energy hotels hotel insurance retail press clinic clinics college schools school ' +
    'council outfitters engineering ventures industries company associates agency foundation trust university ' +
    'hospital pharma pharmaceuticals robotics studio studios architects architecture interiors law legal finance ' +
    'financial dental motors auto automotive freight transport travel marketing digital network networks works ' +
    'outdoor outdoors cycles bakery cafe coffee kitchen restaurant restaurants care homes home library museum ' +
    'center centre institute academy partners collective co company'
  ).split(' '),
);

/**
 * Later words of a name that stand for it on their own, written as in the
 * name with a capital ("Reed" of Marsh & Reed Architects), and its initials
 * in capitals ("RBC" for Royal Bank of Canada). Matched case-sensitively, so
 * "the architects I met" or "a reed bed" do not count.
 */
function capitalForms(company: string): string[] {
  const bare = company
    .trim()
    .replace(/,?\s+(?:inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|ag|sa|bv|pty)\.?$/iu, '')
    .trim();
  const words = bare.split(/\s+/u).filter((w) => /^[\p{L}][\p{L}'-]*$/u.test(w));
  const forms = words
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w) && w.length >= 4)
    .filter((w) => !GENERIC_NAME_WORDS.has(w.toLowerCase()) && !TRADE_WORDS.has(w.toLowerCase()));
  const initials = words
    .filter((w) => !JOINING_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!)
    .join('');
  if (initials.length >= 2 && initials.length <= 5) forms.push(initials.toUpperCase());
  return forms;
}

/** Seniority and grade words a seeker may leave off a role: "Senior", "Lead", "II". */
const ROLE_GRADE =
  /^(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|chief|head|associate|graduate|trainee|interim)\s+/iu;

/**
 * A role and the forms a seeker may name it by: without a grade in front
 * ("Product Designer" for Senior Product Designer), without a note in
 * brackets or after a dash or comma ("Data Engineer" for Data Engineer
 * (Platform)), without a grade number at the end, and any two or more of
 * its words in a row that hold a word of four letters or more ("Architectural
 * Assistant" or "Part II" of Part II Architectural Assistant).
 */
function roleForms(role: string): string[] {
  const core = role
    .replace(/\s*\([^)]*\)\s*/gu, ' ')
    .replace(/\s+[-\u2013\u2014,/].*$/u, '')
    .replace(/\s+(?:i{1,3}|iv|\d)$/iu, '')
    .trim();
  const forms = [role.trim(), core];
  let shorter = core;
  while (ROLE_GRADE.test(shorter)) {
    shorter = shorter.replace(ROLE_GRADE, '');
    forms.push(shorter);
  }
  // any two or more words of it in a row ("Architectural Assistant", "Part II" of Part II Architectural Assistant)
  const words = core.split(/\s+/u).filter((w) => w.length > 0);
  for (let from = 0; from < words.length; from += 1) {
    for (let to = from + 2; to <= words.length; to += 1) {
      const run = words.slice(from, to);
      if (run.some((w) => w.length >= 4 && !ROLE_GRADE.test(`${w} `))) forms.push(run.join(' '));
    }
  }
  // a form of one short word ("Engineer" alone) is too loose to count as naming the role
  return [...new Set(forms.filter((f) => f.split(/\s+/u).length >= 2 || f === role.trim()))];
}

/** Patterns built for names, kept: a check builds the same few for every text about one job. */
const NAME_PATTERNS = new Map<string, RegExp>();

/** The pattern of `source` with `flags`, built once (a `g` one is used from `lastIndex` 0, synchronously). */
function namePattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = NAME_PATTERNS.get(key);
  if (!re) {
    if (NAME_PATTERNS.size >= 1000) NAME_PATTERNS.clear();
    re = new RegExp(source, flags);
    NAME_PATTERNS.set(key, re);
  }
  return re;
}

/**
 * A role named by one of its own words as a job: its last word ("the
 * Assistant role", "the designer position") or its first word past any grade
 * ("the devops job" of DevOps Engineer, "the payroll role" of Senior Payroll
 * Officer).
 */
function namesRoleByHead(text: string, role: string): boolean {
  const words = role
    .replace(/\s*\([^)]*\)\s*/gu, ' ')
    .trim()
    .split(/\s+/u);
  if (words.length < 2) return false;
  let first = 0;
  while (first < words.length - 1 && ROLE_GRADE.test(`${words[first]} `)) first += 1;
  const heads = [...new Set([words[words.length - 1], words[first]])].filter(
    (w): w is string => w !== undefined && w.length >= 4,
  );
  if (heads.length === 0) return false;
  return namePattern(
    `${BOUNDARY_BEFORE}(?:${heads.map(escapeRegExp).join('|')})\\s+(?:role|position|job|post|opening|vacancy)${BOUNDARY_AFTER}`,
    'iu',
  ).test(text);
}

/** A letter or digit at the end, or at the start, of a short slice. */
const LETTER_AT_END = /[\p{L}\p{N}]$/u;
const LETTER_AT_START = /^[\p{L}\p{N}]/u;

/**
 * Whether the literal pattern `re` (global; words joined by `\s+`, so it
 * matches at most one way at any start) matches `text` somewhere with no
 * letter or digit touching it where `before` or `after` asks. The same as
 * wrapping it in `BOUNDARY_BEFORE`/`BOUNDARY_AFTER`, without compiling those
 * Unicode classes, case-folded, into one pattern per name.
 */
function matchesBounded(re: RegExp, text: string, before: boolean, after: boolean): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const clearBefore = !before || !LETTER_AT_END.test(text.slice(Math.max(0, m.index - 2), m.index));
    const clearAfter = !after || !LETTER_AT_START.test(text.slice(end, end + 2));
    if (clearBefore && clearAfter) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

function mentionsExactly(text: string, word: string): boolean {
  return matchesBounded(namePattern(escapeRegExp(word), 'gu'), text, true, true);
}

function mentions(text: string, phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
  // Names may start or end with a symbol (C++, .NET): a boundary only applies next to a letter or digit.
  const before = LETTER_AT_START.test(phrase.trim());
  const after = LETTER_AT_END.test(phrase.trim());
  return matchesBounded(namePattern(words, 'giu'), text, before, after);
}

/**
 * Claims are checked only when the facts say something about the seeker's
 * other opportunities: a text checked with no facts, or with only a company
 * or `isCheckIn`, cannot be told what is backed.
 */
function knowsOtherProcesses(facts: ToneFacts | undefined): facts is ToneFacts {
  return facts !== undefined && (facts.otherOpenOpportunities !== undefined || facts.hasOtherOffer !== undefined);
}

/**
 * Words that take the pressure off what follows in the same clause: "don't
 * feel you need to reply right away", "no need to answer today", "there's no
 * rush to decide by Friday".
 */
const WAIVER =
  /(?<![\p{L}\p{N}])(?:no\s+(?:need|rush|hurry|pressure)|(?:don't|do\s+not|doesn't|does\s+not|needn't|won't|will\s+not)\s+(?:feel\s+(?:like\s+)?(?:you\s+)?)?(?:need|have|must|feel|rush|hurry)|not\s+(?:urgent|in\s+a\s+(?:rush|hurry))|never\s+feel)(?![\p{L}\p{N}])/iu;

/** The seeker speaking of themselves: "I", "I'm", "me", "my", "im". */
const SEEKER = /(?<![\p{L}\p{N}'])(?:i|i'm|im|i've|i'd|i'll|me|my|myself)(?![\p{L}\p{N}'])/iu;
/** Someone else as the subject of a clause: "the clinics are", "the team has been", "they". */
const THIRD_PARTY =
  /(?<![\p{L}\p{N}'])(?:the|your|their|our|they|they're|it|it's|he|she|we|team|staff|people|everyone)(?![\p{L}\p{N}'])/iu;
/** A negation just before a claim: "I'm not applying elsewhere", "I don't have another offer". */
const NEGATED_END = /(?:(?<![\p{L}\p{N}])(?:not|never|no\s+longer|nor)|n't)(?:\s+[\p{L}'-]+){0,2}\s*$/iu;

/** The clause before `start`: back to a comma, semicolon, sentence end, dash or "but". */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(0, start);
  const cut = Math.max(
    ...[...before.matchAll(/[.!?;,:\n\u2014\u2013]|(?<![\p{L}\p{N}])but(?![\p{L}\p{N}])/giu)].map(
      (m) => m.index + m[0].length,
    ),
    0,
  );
  return before.slice(cut);
}

/** Whether a phrase rule's match stands: not waived, not said of someone else, not denied. */
function stands(rule: PhraseRule, text: string, start: number): boolean {
  const clause = clauseBefore(text, start);
  if (rule.rule === 'pressure' && WAIVER.test(clause)) return false;
  if (rule.seekerOnly && THIRD_PARTY.test(clause) && !SEEKER.test(clause)) return false;
  if (rule.needs && NEGATED_END.test(clause)) return false;
  return true;
}

function phraseFlags(text: string, facts: ToneFacts | undefined, filtered: boolean): ToneFlag[] {
  const flags: ToneFlag[] = [];
  for (const { rule, re, mayMatch } of COMPILED) {
    if (rule.needs && (!knowsOtherProcesses(facts) || isBacked(rule.needs, facts))) continue;
    if (filtered && !mayMatch(text)) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      if (!stands(rule, text, start)) continue;
      const end = start + m[0].length;
      flags.push({ rule: rule.rule, start, end, text: '', suggestion: rule.suggestion(facts) });
    }
  }
  return flags;
}

const APOLOGY_RE = wholeWord(APOLOGY);

/**
 * Two or more apologies in one text are a stack: each one is flagged. A
 * single apology (say, for the seeker's own late reply) passes unless a
 * phrase rule catches it (apologising for writing at all).
 */
function apologyStackFlags(text: string): ToneFlag[] {
  const found = [...text.matchAll(APOLOGY_RE)];
  if (found.length < 2) return [];
  return found.map((m) => ({
    rule: 'over-apology',
    start: m.index,
    end: m.index + m[0].length,
    text: '',
    suggestion: APOLOGY_STACK_SUGGESTION,
  }));
}

function exclamationFlags(text: string): ToneFlag[] {
  const flags: ToneFlag[] = [];
  let occurrences = 0;
  // A run of marks with at least one "!" ("!", "!!", "?!", "!?!") is one exclamation; two or more marks in a run are repeated.
  for (const m of text.matchAll(/[!?]*![!?]*/gu)) {
    occurrences += 1;
    if (m[0].length < 2) continue;
    flags.push({
      rule: 'exclamations',
      start: m.index,
      end: m.index + m[0].length,
      text: '',
      suggestion: 'One exclamation mark at most; a full stop reads as confident: "Thank you."',
    });
  }
  if (occurrences > MAX_EXCLAMATIONS) {
    flags.push({
      rule: 'exclamations',
      start: null,
      end: null,
      text: `${occurrences} exclamation marks`,
      suggestion: 'Keep one exclamation mark at most, for the thanks, and end the other sentences with a full stop.',
    });
  }
  return flags;
}

function genericFlag(text: string, facts: ToneFacts): ToneFlag | null {
  const company = facts.company?.trim() || null;
  const role = facts.role?.trim() || null;
  if (!company && !role) return null;
  if (company && companyForms(company).some((form) => mentions(text, form))) return null;
  if (company && capitalForms(company).some((form) => mentionsExactly(text, form))) return null;
  if (role && (roleForms(role).some((form) => mentions(text, form)) || namesRoleByHead(text, role))) return null;
  const names = [company, role].filter((s): s is string => s !== null);
  return {
    rule: 'generic',
    start: null,
    end: null,
    text: `names neither ${names.join(' nor ')}`,
    suggestion: `Make it about this job: mention ${jobName(facts)}, e.g. "I enjoyed learning about ${jobName(facts)}."`,
  };
}

/** Words as a reader counts them: runs of letters or digits (with inner apostrophes or hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function tooLongFlag(text: string): ToneFlag | null {
  const words = countWords(text);
  if (words <= CHECK_IN_MAX_WORDS) return null;
  return {
    rule: 'too-long',
    start: null,
    end: null,
    text: `${words} words`,
    suggestion: `Cut it to under ${CHECK_IN_MAX_WORDS} words: your interest in the role, one line on why, and the question about their timeline.`,
  };
}

const RULE_ORDER = new Map(TONE_RULES.map((rule, i) => [rule, i]));

function compareFlags(a: ToneFlag, b: ToneFlag): number {
  if (a.start !== b.start) {
    if (a.start === null) return 1;
    if (b.start === null) return -1;
    return a.start - b.start;
  }
  if (a.end !== b.end) return (a.end ?? 0) - (b.end ?? 0);
  const byRule = (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0);
  if (byRule !== 0) return byRule;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** Keeps one flag per rule where spans overlap: the earliest, then the longest. */
function dropOverlaps(flags: ToneFlag[]): ToneFlag[] {
  const spans = flags
    .filter((f) => f.start !== null)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (b.end ?? 0) - (a.end ?? 0));
  const kept: ToneFlag[] = [];
  const reach = new Map<string, number>();
  for (const flag of spans) {
    const until = reach.get(flag.rule) ?? -1;
    if ((flag.start ?? 0) < until) continue;
    kept.push(flag);
    reach.set(flag.rule, flag.end ?? 0);
  }
  return [...kept, ...flags.filter((f) => f.start === null)];
}

/**
 * Checks the tone of a message. Without `facts`, only the checks that need no
 * facts run (pleading, over-apology, pressure, exclamations). With facts:
 * `generic` when a company or role is given, `too-long` when `isCheckIn`, and
 * `unbacked-claim` when `otherOpenOpportunities` or `hasOtherOffer` is given
 * (then the missing one counts as "none"). Never throws; an empty text gives
 * no flags.
 */
export function checkTone(text: string, facts?: ToneFacts): ToneFlag[] {
  return check(text, facts, true);
}

/**
 * The same check with every rule's full pattern run on every text, without
 * the literal filter: the reference the tests hold `checkTone` to.
 */
export function checkToneUnfiltered(text: string, facts?: ToneFacts): ToneFlag[] {
  return check(text, facts, false);
}

function check(text: string, facts: ToneFacts | undefined, filtered: boolean): ToneFlag[] {
  const normal = normalise(text);
  const flags = [...phraseFlags(normal, facts, filtered), ...apologyStackFlags(normal), ...exclamationFlags(normal)];
  if (facts) {
    const generic = genericFlag(normal, facts);
    if (generic) flags.push(generic);
    if (facts.isCheckIn) {
      const long = tooLongFlag(normal);
      if (long) flags.push(long);
    }
  }
  return dropOverlaps(flags)
    .map((f) => (f.start !== null && f.end !== null ? { ...f, text: text.slice(f.start, f.end) } : f))
    .sort(compareFlags);
}
