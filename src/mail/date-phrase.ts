/**
 * Words that look like a date the reader could not read: "by the 45th",
 * "by Decembr 11", "until next Fryday". Logging what an employer said, a
 * seeker should learn that the promise in it was not taken, rather than see
 * a plain reply logged without a word.
 *
 * Kept narrow so ordinary replies pass quietly: only "by", "before",
 * "until", "till" or "on" followed by an ordinal ("the 45th"), a numeric
 * date ("12/45"), a month name or a near miss of one with a day number
 * ("Decembr 11", "Dec 32"), or a near miss of a weekday ("Fryday"). Such a
 * phrase counts only when the reader (`readDecisionBy`) cannot read it as a
 * date on its own.
 */
import { readDecisionBy, type SentContext } from './decision-date.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Words ending in "day" that name no weekday. */
const OTHER_DAYS = new Set([
  'today',
  'yesterday',
  'someday',
  'holiday',
  'birthday',
  'payday',
  'everyday',
  'midday',
  'doomsday',
  'workday',
  'weekday',
  'heyday',
  'mayday',
  'noonday',
]);

/** The preposition, an optional "the" / "next", and what follows: an ordinal, a numeric date, or a word with an optional day. */
const PHRASE =
  /\b(?:by|before|until|till|on)\s+(?:the\s+)?(?:(?:next|this|coming)\s+)?(?:\d{1,3}(?:st|nd|rd|th)\b|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d/])|([a-z]+)\.?(\s+\d{1,3}(?:st|nd|rd|th)?\b)?)/gi;

/** Levenshtein distance, for near misses of month and weekday names. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

const nearest = (word: string, names: readonly string[]): number => Math.min(...names.map((n) => distance(word, n)));

/** Whether a matched phrase has the shape of a date (see the module comment). */
function looksLikeDate(word: string | undefined, day: string | undefined): boolean {
  if (word === undefined) return true; // an ordinal or a numeric date
  const w = word.toLowerCase();
  if (day !== undefined) {
    return MONTH_ABBREVIATIONS.includes(w) || (w.length >= 3 && nearest(w, MONTHS) <= (w.length >= 5 ? 2 : 1));
  }
  // A weekday misspelt; a real one, or a plural ("on Sundays"), is a weekday the reader knows.
  if (!/d[ae]?y$/.test(w) || OTHER_DAYS.has(w) || WEEKDAYS.includes(w.replace(/s$/, ''))) return false;
  return w.length >= 5 && nearest(w, WEEKDAYS) <= 3;
}

/**
 * The first phrase of `text` that looks like a date but cannot be read as
 * one ("by the 45th"), as written; null when there is none.
 * @param text what they said
 * @param sent when they said it (the reader needs a day to read against)
 */
export function unreadDatePhrase(text: string, sent: SentContext): string | null {
  for (const m of text.matchAll(PHRASE)) {
    if (!looksLikeDate(m[1], m[2])) continue;
    const phrase = m[0].trim().replace(/\.$/, '');
    const words = phrase.replace(/^\S+\s+/, '');
    if (readDecisionBy(`We will decide by ${words}.`, { date: sent.date }) === null) return phrase;
  }
  return null;
}

/** A date-like phrase the reader could not read, as logging reports it. */
export interface UnreadDateWarning {
  code: 'unread-date';
  message: string;
  phrase: string;
}

/** `unreadDatePhrase` as a list of warnings: none, or one naming the phrase. */
export function unreadDateWarnings(text: string, sent: SentContext): UnreadDateWarning[] {
  const phrase = unreadDatePhrase(text, sent);
  if (phrase === null) return [];
  return [
    { code: 'unread-date', message: `"${phrase}" does not read as a date, so no decision date was logged`, phrase },
  ];
}
