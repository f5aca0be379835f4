/**
 * Words to a date: reads the day by which an employer said they would decide
 * or get back (`decisionBy`), or, in an offer, the day by which the seeker is
 * asked to answer. Implements INGEST.md "From words to a date" exactly.
 *
 * Only sentences about hearing back, deciding or answering are read; slots,
 * start dates, office closures and application deadlines never are. Relative
 * words are read against the message's own date in the sender's UTC offset.
 * chrono-node finds absolute dates and weekdays; every day is computed here
 * with Temporal from the components it reports (chrono follows the process
 * zone and has its own ideas about "end of next week").
 */
import * as chrono from 'chrono-node/en';
import type { Temporal } from 'temporal-polyfill';
import {
  bdDay,
  civilFromDays,
  dayOfWeek,
  daysFromCivil,
  daysInMonth,
  fromEpochDay,
  holidayDays,
  isBusinessDayNumber,
  nbDay,
  nearestOccurrence,
} from '../core/time.js';
import { phrases, words } from './phrases.js';

/** When and where the words were written. */
export interface SentContext {
  /** ISO 8601 date-time with the sender's offset, e.g. `2026-11-16T12:05:51-05:00` (a bare date works too). */
  date: string;
  /** Public holidays as ISO dates, skipped by "the next few days" (business days); default none. */
  holidays?: ReadonlySet<string>;
  /**
   * The words are an offer: the date the seeker is asked to answer by counts
   * too ("let us know by Friday"). Elsewhere only the employer's own
   * promises do.
   */
  offer?: boolean;
}

/**
 * A day from the message's own day. Days are epoch days (days since
 * 1970-01-01, see core/time.ts): plain integers, because Temporal's polyfill
 * costs microseconds per step and every message with a promise takes several.
 */
type Compute = (base: number, holidays: ReadonlySet<number>) => number | null;

interface Candidate {
  index: number;
  end: number;
  compute: Compute;
  /** Introduced by "by", "within", "before"...: the words give a bound, not an event. */
  strong: boolean;
}

const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_NAMES = WEEKDAYS.join('|');
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const WITHIN =
  '(?:within|in|inside of|over|during|(?<=\\b(?:valid|open|stands?|good|held)\\s)for)(?:\\s+the\\s+(?:next|coming))?';
/** A length after "within": "within 10", "in about two", "within 7 to 10", "in 2-3" (the longer end counts). */
const SPAN = `${WITHIN}\\s+(?:(?:about|around|roughly|approximately|approx\\.?|some|another|a\\s+further|up\\s+to)\\s+)?${NUM}(?:\\s*(?:-|–|—|to|or)\\s*${NUM})?`;
/** A part of a month, as the INGEST table names them and as senders loosen them. */
const PART =
  'early|(?:the\\s+)?(?:beginning|start)\\s+of|mid|(?:the\\s+)?middle\\s+of|later?|(?:the\\s+)?(?:tail\\s+)?(?:end|close)\\s+of|(?:the\\s+)?(?:first|front|second|back|latter|last)\\s+half\\s+of|(?:the\\s+)?(?:early|earlier|opening|first|later|latter|closing|final|last|back)\\s+(?:few\\s+|couple\\s+of\\s+)?(?:part|days|weeks|stages?)\\s+of';
const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 };

/**
 * A sentence must talk about the employer hearing back or deciding to carry
 * a promise. "Your decision", "let me know" and the like ask the seeker
 * instead: they count only in an offer (see `ANSWER_CUE`).
 */
const CUE = words(
  // Hearing back, deciding, answering.
  [
    'hear(?:d|ing)?\\s+(?:back|from)',
    'get(?:ting)?\\s+back\\s+to(?!\\s+(?:me|us)\\b)',
    'come\\s+back\\s+to',
    'back\\s+to\\s+you',
    'circle\\s+back',
    'decid(?:e|es|ed|ing)',
    // "Please reply by Friday" asks the seeker to do something: no promise.
    '(?<!your\\s)(?<!\\b(?:please|kindly)\\s)(?:decisions?|answers?|respon(?:d|ds|ded|ding|se|ses)|repl(?:y|ies))',
    'outcomes?',
    'feedback',
    'news',
    'next\\s+steps?',
  ],
  // Telling the seeker.
  [
    'let\\s+you\\s+know',
    '(?:keep|get)\\s+you\\s+(?:posted|updated)',
    'update',
    "(?:we'?ll|will|should|to|i'?ll)\\s+know",
    '(?<!let\\s(?:me|us)\\s)know\\s+(?:about|where|whether|if|more|by)',
    // Not a request to the seeker ("could you confirm by Wednesday").
    // Nor "to confirm your attendance", which is the seeker's to do.
    '(?<!\\b(?:you|please)\\s+(?:please\\s+|kindly\\s+)?)confirm(?!\\s+(?:your\\s+(?:attendance|availability|place|slot|booking|details|interest)|receipt|attendance))',
    'reach\\s+out',
    'be\\s+in\\s+touch',
    'get\\s+in\\s+touch',
    'contact\\s+(?:you|everyone|everybody|all\\s+(?:of\\s+)?(?:you|them)|(?:the\\s+|all\\s+)?(?:[\\w-]+\\s+)?(?:candidates|applicants))',
    '(?:e-?mail|call|ring|phone|write\\s+to|text|message|ping)\\s+you\\b',
    'follow\\s+up\\s+with\\s+you',
    // "You'll hear by COB Monday", "we will notify every applicant", "inform the shortlisted candidates".
    "(?:you'?ll|you\\s+will|you\\s+should|expect\\s+to)\\s+hear",
    'notif(?:y|ied|ies|ying|ications?)',
    'be\\s+contacted',
    // "Candidates will be informed of their results by January 8", "you will be advised of the outcome".
    // Not "please be advised that the office is closed".
    'be\\s+(?:informed|advised|told)\\b(?!\\s+that\\b)',
    'inform\\s+(?:you|all|every|each|the\\s+(?:[\\w-]+\\s+)?(?:candidates|applicants))',
  ],
  // Public and large employers: the letters or decisions go out ("letters to all candidates will go out").
  [
    '(?:letters?|decisions?|notifications?|outcomes?|results?|offers?)\\s+(?:[\\w-]+\\s+){0,4}(?:will|shall|should|to|are\\s+to|is\\s+to|(?:are|is)(?:\\s+(?:normally|usually|typically|generally|often|always|then))?)\\s+(?:be\\s+)?(?:go(?:ing)?\\s+out|sent(?:\\s+out)?|made|extended|issued|posted|mailed|released|published|announced|communicated|shared)',
    'send\\s+out\\s+(?:the\\s+|our\\s+)?(?:decisions?|letters?|outcomes?|results?|notifications?)',
  ],
  // The review itself.
  [
    'complete\\s+(?:its|our|the|their)\\s+review',
    'review\\s+(?:of\\s+)?(?:applications|candidates)',
    'finali[sz](?:e|ed|es|ing)',
    // Closing the process: "wrap things up", "make our call", "conclude the search".
    'wrap\\s+(?:things|it|this|everything|the\\s+process)?\\s*up',
    '(?:make|made|making)\\s+(?:our|a|the|their)\\s+(?:final\\s+)?(?:call|choice|selection)',
    'conclude\\s+(?:the|our|this)\\s+(?:process|search|recruitment)',
    // Offers going out are the decision: "aim to make an offer by the end of November".
    '(?:make|making|extend|extending|send|sending|get|getting)\\s+(?:an?\\s+|the\\s+|our\\s+)?offers?',
    // Public employers appoint: "we expect to make an appointment by the end of January".
    '(?:make|making)\\s+(?:an|the|our)\\s+appointments?\\b(?!\\s+(?:with|to\\s+see|at))',
  ],
);

/**
 * In an offer, the date the seeker is asked to answer by is the one to read
 * (INGEST.md): these words ask for that answer.
 */
const ANSWER_CUE = words(
  // Asking for the answer.
  [
    'let(?:ting)?\\s+(?:me|us)\\s+know',
    'get\\s+back\\s+to\\s+(?:me|us)',
    'your\\s+(?:\\w+\\s+)?(?:decision|answer|response|reply)',
    '(?:respond|reply|answer)\\s+(?:to\\s+(?:me|us|this)\\s+)?(?:by|within)',
    'accept(?:ance)?',
    'sign(?:ed|ing)?',
    'signature',
  ],
  // How long the offer stands ("open for you until late December").
  [
    'expires?',
    'valid\\s+(?:until|through|for)',
    '(?:open|stands?)\\s+(?:for\\s+you\\s+)?(?:until|through|till)',
    '(?:hold|holding|keep|keeping)\\s+(?:the|this|your|our)\\s+(?:[\\w-]+\\s+)?offer',
    '(?:take|have)\\s+until',
    'deadline',
  ],
);

const OFFER_CUE = new RegExp(`${CUE.source}|${ANSWER_CUE.source}`, 'i');

/** A length counted from another event than the message. */
const FROM_ANOTHER_EVENT =
  /^\s+(?:of|from|after|following)\s+(?:(?:the|our|your|their|its|each)\s+)?(?:[\w-]+\s+)?(?:closing|deadline|interview|assessment|panel|meeting|final|last|start|advert|close|receipt|receiving)\b/i;

/** A bound said on its own, after the promise it bounds. */
const LATEST = /\b(?:at\s+the\s+(?:very\s+)?latest|no\s+later\s+than)\b/i;

/**
 * A sentence that asks the seeker to do something ("Please confirm your
 * participation no later than 18 November", "Kindly send the forms by
 * return, at the latest Friday"): its bound is theirs, never the promise
 * of the sentence before.
 */
const ASKS_THE_SEEKER =
  /^\s*(?:please|kindly)\b|\b(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:confirm|reply|respond|send|return|upload|complete|submit|sign|let)\b|\byou\s+(?:must|should|need\s+to|are\s+(?:asked|required|requested)\s+to)\b/i;

/** News told as done: "you have been selected", "we are pleased to let you know". */
const NEWS_NOW = words([
  "(?:you\\s+have|you[’']ve)\\s+been\\s+(?:selected|invited|shortlisted|chosen)",
  '(?:pleased|delighted|happy)\\s+to\\s+(?:let\\s+you\\s+know|inform\\s+you|confirm)',
]);

/** Words that put a sentence in the future: a promise is made in them ("we'll decide", "I expect to know"). */
const FUTURE = words(
  // Will, shall, 'll, going to.
  ['will', 'shall', "(?:we|i|you|they|she|he)'ll", 'going\\s+to'],
  // Expecting, planning, hoping, aiming, intending to.
  ['expect(?:s|ing)?\\s+to', 'plan(?:s|ning)?\\s+to', 'hope\\s+to', 'aim(?:s|ing)?\\s+to', 'intend\\s+to'],
  // Should have, be, know, hear.
  ['should\\s+(?:have|be|know|hear)'],
);

/**
 * chrono reads a bare length of time ("a hectic few days") as that long from
 * now; only "in", "within", "from now" and the like make it a date.
 */
const BARE_DURATION =
  /^(?:about\s+|around\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple(?:\s+of)?|half)\b[\w\s.-]*\b(?:days?|weeks?|months?|years?|quarters?|fortnights?)$/i;

/** Sentences about other dates: starts, closures, absences, application deadlines, scheduling asks. */
const NOT_A_PROMISE = phrases(
  // The first day of work.
  ['start(?:ing)?\\s+date', 'start(?:s|ing)?\\s+(?:on|in)\\b', 'first\\s+day'],
  // Someone away, back on a day.
  [
    'out\\s+of\\s+(?:the\\s+)?office',
    'OOO',
    'on\\s+(?:vacation|leave|holiday|pto)',
    // Someone back on a day, not "sign and return the contract".
    '(?<!\\b(?:and|please|kindly|sign)\\s)return(?:ing|s)?\\s+(?:on|to|the)\\b',
    'back\\s+in\\s+the\\s+office',
    'away\\s+from',
    'limited\\s+access',
  ],
  // The office closed.
  [
    'offices?\\s+(?:are|is|will\\s+be)\\s+closed',
    "(?:we|we'?re|we\\s+are)\\s+closed",
    'closed\\s+(?:from|on|for|between|until)',
  ],
  // The application window.
  ['applications?\\s+(?:close|are\\s+due|deadline|window)', 'apply\\s+by', 'deadline\\s+to\\s+apply'],
  // Finding or naming a time to meet.
  [
    'availability',
    'available\\s+(?:on|at|for)',
    'time\\s*slots?',
    'which\\s+(?:day|time|slot)s?\\b',
    'interviews?\\s+(?:start|begin)s?',
    // Times offered for the next meeting ("contact you this week with available times"), an invite's own day.
    '(?:available|possible|suitable|interview)\\s+(?:times|dates|slots|days)',
    'invit(?:e|ation)\\s+(?:is\\s+)?(?:attached\\s+|enclosed\\s+|sent\\s+)?for',
    '(?:is|are)\\s+scheduled\\s+for',
  ],
);

/** Relative phrases of the INGEST table, longest forms first within each group. */
const RELATIVE: { re: RegExp; compute: (m: RegExpExecArray) => Compute; date?: true }[] = [
  {
    // "Early next week", "the first part of next week", "the front half of next week": its Tuesday.
    re: /\b(?:early|(?:the\s+)?(?:beginning|start)\s+of|(?:the\s+)?(?:first|early|earlier|opening|front)\s+(?:part|half|days|couple\s+of\s+days|few\s+days)\s+of)\s+next\s+week\b/gi,
    compute: () => (b) => weekOf(b, 1, 2),
  },
  { re: /\b(?:mid|(?:the\s+)?middle\s+of)[-\s]+next\s+week\b/gi, compute: () => (b) => weekOf(b, 1, 3) },
  {
    re: /\b(?:(?:late|later|(?:the\s+)?end\s+of)\s+)?next\s+week\b/gi,
    compute: () => (b) => weekOf(b, 1, 5),
  },
  // "The following week" after a day this week is next week.
  {
    re: /\b(?:early|(?:the\s+)?(?:beginning|start)\s+of)\s+the\s+following\s+week\b/gi,
    compute: () => (b) => weekOf(b, 1, 2),
  },
  { re: /\b(?:mid|(?:the\s+)?middle\s+of)[-\s]+the\s+following\s+week\b/gi, compute: () => (b) => weekOf(b, 1, 3) },
  {
    re: /\b(?:(?:late|later|(?:the\s+)?end\s+of)\s+)?(?:in\s+|during\s+|over\s+)?the\s+following\s+week\b/gi,
    compute: () => (b) => weekOf(b, 1, 5),
  },
  { re: /\b(?:mid|(?:the\s+)?middle\s+of)[-\s]+(?:this|the)\s+week\b/gi, compute: () => (b) => weekOf(b, 0, 3) },
  {
    re: /\b(?:(?:later|late)\s+this\s+week|(?:the\s+)?end\s+of\s+(?:the|this)\s+week|this\s+week)\b/gi,
    compute: () => (b) => weekOf(b, 0, 5),
  },
  // A single day, like chrono's dates: a bound only after "by", "before"... ("comes back tomorrow" is an event).
  { re: /\btomorrow\b/gi, compute: () => (b) => b + 1, date: true },
  { re: /\bEOW\b/g, compute: () => (b) => weekOf(b, 0, 5) },
  { re: /\bEOM\b/g, compute: () => (b) => endOfMonth(b, 0) },
  {
    re: /\b(?:(?:the\s+)?(?:next|coming)\s+(?:few|several)|a\s+few)\s+(?:business\s+|working\s+)?days\b/gi,
    compute: () => (b, h) => bdDay(b, 3, h),
  },
  {
    re: /\b(?:(?:the\s+)?(?:next|coming)\s+couple(?:\s+of)?|a\s+couple(?:\s+of)?)\s+days\b/gi,
    compute: () => (b) => b + 2,
  },
  {
    re: new RegExp(`\\b${SPAN}\\s+(business|working)\\s+days?\\b`, 'gi'),
    compute: (m) => (b, h) => bdDay(b, spanCount(m), h),
  },
  {
    re: new RegExp(`\\b${SPAN}\\s+days?\\b`, 'gi'),
    compute: (m) => (b) => b + spanCount(m),
  },
  {
    re: new RegExp(`\\b${SPAN}\\s+weeks?\\b`, 'gi'),
    compute: (m) => (b) => b + 7 * spanCount(m),
  },
  {
    // "within a fortnight", "over the coming fortnight", "in two fortnights".
    re: new RegExp(
      `\\b(?:${WITHIN}\\s+(?:(?:about|around|roughly|approximately|another|a\\s+further)\\s+)?(?:(?:a|one)\\s+|${NUM}\\s+)?|(?:the\\s+)?(?:next|coming)\\s+)fortnights?(?:[’']s?)?(?:\\s+time)?(?![\\w’'])`,
      'gi',
    ),
    compute: (m) => (b) => b + 14 * (m[1] ? count(m[1]) : 1),
  },
  {
    // "within 48 hours": the day those hours end.
    re: new RegExp(
      `\\b${WITHIN}\\s+(?:the\\s+next\\s+)?(\\d{1,3}|twenty-four|forty-eight|seventy-two)\\s+hours?\\b`,
      'gi',
    ),
    compute: (m) => (b) => b + Math.max(1, Math.ceil(hours(m[1]!) / 24)),
  },
  {
    re: new RegExp(`\\b${SPAN}\\s+months?\\b`, 'gi'),
    compute: (m) => (b) => addMonths(b, spanCount(m)),
  },
  // "A week or two", "a day or two": the longer.
  { re: new RegExp(`\\b(?:${WITHIN}\\s+)?(?:a|one)\\s+week\\s+or\\s+two\\b`, 'gi'), compute: () => (b) => b + 14 },
  {
    // "Within a week to ten days", "in 10 days to two weeks": the longer.
    re: new RegExp(`\\b${WITHIN}\\s+${NUM}\\s+(days?|weeks?)\\s*(?:to|or|-|–)\\s*${NUM}\\s+(days?|weeks?)\\b`, 'gi'),
    compute: (m) => (b) => b + Math.max(count(m[1]!) * unitDays(m[2]!), count(m[3]!) * unitDays(m[4]!)),
  },
  {
    // "The following Friday": that day of next week.
    re: new RegExp(`\\bthe\\s+following\\s+(${WEEKDAY_NAMES})\\b`, 'gi'),
    compute: (m) => (b) => weekOf(b, 1, WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 1),
  },
  { re: new RegExp(`\\b(?:${WITHIN}\\s+)?(?:a|one)\\s+day\\s+or\\s+two\\b`, 'gi'), compute: () => (b) => b + 2 },
  // "Within the next week", "in the coming week": seven days; "within the week": its Friday.
  { re: /\b(?:within|in|over|during)\s+the\s+(?:next|coming)\s+week\b/gi, compute: () => (b) => b + 7 },
  { re: /\bwithin\s+the\s+week\b/gi, compute: () => (b) => weekOf(b, 0, 5) },
  // "By the end of the coming week": next week's Friday.
  { re: /\b(?:the\s+)?(?:end|close)\s+of\s+the\s+coming\s+week\b/gi, compute: () => (b) => weekOf(b, 1, 5) },
  // "Within a working week": five business days.
  {
    re: /\b(?:within|in|over|inside)\s+(?:a|one|the\s+(?:next|coming))\s+(?:working|business)\s+week\b/gi,
    compute: () => (b, h) => bdDay(b, 5, h),
  },
  { re: /\b(?:within|in|over|during)\s+the\s+(?:next|coming)\s+month\b/gi, compute: () => (b) => addMonths(b, 1) },
  { re: /\bwithin\s+(?:the|this)\s+month\b/gi, compute: () => (b) => endOfMonth(b, 0) },
  // "By the weekend", "before the weekend": the working week's Friday.
  { re: /\b(?:by|before)\s+the\s+weekend\b/gi, compute: () => (b) => weekOf(b, 0, 5) },
  // "The week after next": that week's Friday.
  { re: /\b(?:the\s+)?week\s+after\s+next\b/gi, compute: () => (b) => weekOf(b, 2, 5) },
  // "Friday week" (British): that weekday of next week.
  {
    re: new RegExp(`\\b(${WEEKDAY_NAMES})\\s+week\\b`, 'gi'),
    compute: (m) => (b) => weekOf(b, 1, WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 1),
  },
  // "By the middle of the month", "mid-month": the coming 15th.
  {
    re: /\b(?:(?:the\s+)?(?:middle|mid)[-\s]+(?:of\s+)?(?:the\s+)?month|mid-?month)\b/gi,
    compute: () => (b) => {
      const [year, month, day] = civilFromDays(b);
      return day <= 15 ? daysFromCivil(year, month, 15) : addMonths(daysFromCivil(year, month, 15), 1);
    },
  },
  // "By the week after" (after next week, said just before): the Friday two weeks on.
  { re: /\bthe\s+week\s+after(?=\s*[.,;!?)]|\s*$)/gi, compute: () => (b) => weekOf(b, 2, 5) },
  {
    // "Monday or Tuesday next week", "Thursday of next week": the later day of next week.
    re: new RegExp(
      `\\b(${WEEKDAY_NAMES})(?:\\s*(?:or|and|to|-|–|/)\\s*(${WEEKDAY_NAMES}))?\\s+(?:of\\s+)?next\\s+week\\b`,
      'gi',
    ),
    compute: (m) => (b) => weekOf(b, 1, WEEKDAYS.indexOf((m[2] ?? m[1])!.toLowerCase()) + 1),
  },
  {
    // Quarters: "by the end of Q4", "in the third quarter", "before the end of the quarter".
    // A bound only after "by", "end of"...: "our Q1 headcount" names no date.
    re: /\b(?:Q([1-4])\b|(?:the\s+)?(first|second|third|fourth|final)\s+quarter\b)/gi,
    compute: (m) => (b) => quarterEnd(b, m[1] ? Number(m[1]) : QUARTER_WORDS[m[2]!.toLowerCase()]!),
    date: true,
  },
  {
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+quarter|quarter[-\s]end)\b/gi,
    compute: () => (b) => quarterEnd(b, null),
  },
  { re: /\bthis\s+quarter\b/gi, compute: () => (b) => quarterEnd(b, null), date: true },
  { re: /\bnext\s+quarter\b/gi, compute: () => (b) => quarterEnd(b, null, 1), date: true },
  {
    // The year: "by year end" (not "year-end leave"), "before the end of the year", "by the end of 2026", "before the new year".
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:calendar\s+)?(?:year|(20\d\d))|(?:by|before|until|at|around)\s+(?:the\s+)?year[-\s]end|(?:before|by)\s+the\s+new\s+year)\b/gi,
    compute: (m) => (b) => {
      const year = m[1] ? Number(m[1]) : civilFromDays(b)[0];
      return daysFromCivil(year, 12, 31);
    },
  },
  {
    // Said in November or December, "before the holidays" is Christmas Eve, "by the holidays" Christmas.
    re: /\b(before|ahead\s+of|by)\s+the\s+(?:winter\s+|year-end\s+|end-of-year\s+)?(?:holidays|holiday\s+(?:break|period|season)|break)\b/gi,
    compute: (m) => (b) => {
      if (civilFromDays(b)[1] < 11) return null;
      const d = nearestOccurrence(12, 25, b) ?? b;
      return /^by/i.test(m[1]!) ? d : d - 1;
    },
    // Looser than a day named beside it ("before the holidays, most likely mid next week").
    date: true,
  },
  {
    // Christmas: "before Christmas" is the 24th, "by Christmas" the day itself.
    re: /\b(before|ahead\s+of|by|for)\s+(?:the\s+)?(?:christmas|xmas|festive)(?:\s+(?:break|holidays?|period|season|shutdown))?\b/gi,
    compute: (m) => (b) => {
      const d = nearestOccurrence(12, 25, b) ?? b;
      return /^by|^for/i.test(m[1]!) ? d : d - 1;
    },
  },
  { re: /\b(?:a\s+)?couple(?:\s+of)?\s+(?:more\s+)?weeks\b/gi, compute: () => (b) => b + 14 },
  { re: /\b(?:a\s+)?few\s+(?:more\s+)?weeks\b/gi, compute: () => (b) => b + 21 },
  {
    re: /\b(?:the\s+)?(?:end|close)\s+of\s+(?:the|this)\s+month\b|\bmonth(?:[’']s)?[-\s]end\b/gi,
    compute: () => (b) => endOfMonth(b, 0),
  },
  {
    // "The first week of next month", "the last week of the month": that week's Friday.
    re: /\b(first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+(this|next|the)\s+month\b/gi,
    compute: (m) => (b, h) => {
      const [, month] = civilFromDays(endOfMonth(b, m[2]!.toLowerCase() === 'next' ? 1 : 0));
      return weekOfMonth(b, month, m[1]!.toLowerCase(), h);
    },
  },
  {
    // A part of "the month" (this one): "the back half of the month", "the second half of the month".
    re: new RegExp(`\\b(${PART})(?:\\s+in)?[-\\s]+the\\s+month\\b`, 'gi'),
    compute: (m) => (b) => {
      const [year, month] = civilFromDays(b);
      return partOfMonth(b, month, m[1]!.toLowerCase(), year);
    },
  },
  {
    // This month or next, or a part of it: "next month", "early next month", "later this month".
    re: new RegExp(`\\b(?:(${PART})(?:\\s+in)?[-\\s]+)?(this|next)\\s+month\\b`, 'gi'),
    compute: (m) => (b) => {
      const [year, month] = civilFromDays(endOfMonth(b, m[2]!.toLowerCase() === 'next' ? 1 : 0));
      return partOfMonth(b, month, (m[1] ?? 'end').toLowerCase(), year);
    },
  },
  {
    // "early January", "early in January", "later in January", "the second half of January", "mid to late January".
    re: new RegExp(`\\b(${PART})(?:\\s*(?:-|–|to|or|/)\\s*(${PART}))?(?:\\s+in)?[-\\s]+(${MONTH_NAMES})\\b\\.?`, 'gi'),
    compute: (m) => (b) => partOfMonth(b, monthNumber(m[3]!), (m[2] ?? m[1])!.toLowerCase()),
  },
  {
    // A whole month: "in December", "during January", "by March" cover up to its last day.
    re: new RegExp(
      `(?<=\\b(?:in|during|over|throughout|by|before|until|till)\\s+)(${MONTH_NAMES})\\b(?!\\.?\\s*\\d)`,
      'gi',
    ),
    compute: (m) => (b) => partOfMonth(b, monthNumber(m[1]!), 'end'),
    // An event unless bounded ("by March"); "in December" alone is still read when nothing better is said.
    date: true,
  },
  {
    // "the first week of December", "the last week of January": that week's Friday (the month's last day at most).
    re: new RegExp(`\\b(first|second|third|fourth|last|final)\\s+week\\s+(?:of|in)\\s+(${MONTH_NAMES})\\b`, 'gi'),
    compute: (m) => (b, h) => weekOfMonth(b, monthNumber(m[2]!), m[1]!.toLowerCase(), h),
  },
  {
    // Said in November or December, "in the new year" and "after the holidays" mean early January;
    // an event unless nothing better is said ("interviews in the new year, a decision by the end of January").
    re: /\b(?:in|into|during)\s+the\s+new\s+year\b|\b(?:after|following)\s+the\s+(?:christmas\s+|festive\s+|winter\s+|year-end\s+)?(?:holidays|holiday\s+(?:period|season|break)|break|festive\s+(?:period|season))\b/gi,
    compute: () => (b) => (civilFromDays(b)[1] >= 11 ? partOfMonth(b, 1, 'early') : null),
    date: true,
  },
  {
    // The new year's early part is early January.
    re: /\b(?:early\s+in|(?:at\s+)?the\s+(?:start|beginning)\s+of|in\s+the\s+first\s+(?:days|weeks?)\s+of)\s+the\s+new\s+year\b/gi,
    compute: () => (b) => partOfMonth(b, 1, 'early'),
  },
  {
    // "the week of the 14th", "the week of 30 November", "w/c December 14": that week, read as its Friday;
    // "early in the week of the 14th" its Tuesday, "mid" its Wednesday.
    re: new RegExp(
      `\\b(?:(?<part>early|mid|(?:the\\s+)?middle\\s+of|late|(?:the\\s+)?end\\s+of)\\s+(?:in\\s+)?the\\s+)?(?:week\\s+(?:of|commencing|beginning|starting)(?:\\s+on)?|w/c|w\\.c\\.)\\s+(?:(?:${WEEKDAY_NAMES}),?\\s+)?(?:the\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)|(?:the\\s+)?(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>${MONTH_NAMES})\\b|(?<m3>${MONTH_NAMES})\\.?\\s+(?<d3>\\d{1,2})(?:st|nd|rd|th)?\\b)`,
      'gi',
    ),
    compute: (m) => (b) => {
      const g = m.groups!;
      const day = Number(g.d1 ?? g.d2 ?? g.d3);
      const month = g.m2 ?? g.m3;
      const d = month ? nearestOccurrence(monthNumber(month), day, b) : dayOfMonthOnOrAfter(b, day, null);
      const part = (g.part ?? '').toLowerCase();
      const weekday = part.startsWith('early') ? 2 : /mid/.test(part) ? 3 : 5;
      return d === null ? null : weekOf(d, 0, weekday);
    },
    // An event like a single day ("the panel sits the week of the 14th"), a bound only after "by".
    date: true,
  },
  {
    re: new RegExp(`\\bnext\\s+(${WEEKDAY_NAMES})\\b`, 'gi'),
    compute: (m) => (b) => weekOf(b, 1, WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 1),
  },
  {
    re: new RegExp(`\\b(?:(${WEEKDAY_NAMES}),?\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b`, 'gi'),
    compute: (m) => (b) => dayOfMonthOnOrAfter(b, Number(m[2]), m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) + 1 : null),
    // A single day too ("a deadline on the 8th" is an event).
    date: true,
  },
];

/** Words before a date that make it a bound ("by Friday") rather than an event ("on Thursday"). */
const BOUND_BEFORE =
  /\b(by|before|until|till|no\s+later\s+than|latest|within|on\s+or\s+before|end\s+of|between|(?:close|end)\s+of\s+(?:business|(?:the\s+)?(?:working\s+)?day|play)(?:\s+on)?|COB|EOD|EOB|COP)\s*(?:the\s+)?$/i;

/**
 * "If you have not heard from us by 11 December, assume...": a fallback, not
 * the promise; read only when the words promise nothing else.
 */
const FALLBACK =
  /\bif\s+you\s+(?:have\s+not|haven[’']t|do\s+not|don[’']t|did\s+not|didn[’']t|hear\s+nothing|receive\s+no)\b[^.;]*$/i;

/** Words after a date that make it a bound ("Friday at the latest"). */
const BOUND_AFTER = /^,?\s*(?:at\s+the\s+(?:latest|very\s+latest)|latest|or\s+(?:before|sooner|earlier))\b/i;

/** Between two dates that make one span ("December 7 to 11", "Monday or Tuesday"): the later day counts. */
const SPAN_JOIN = /^\s*(?:-|–|—|to|or|and|through|thru|until|till|\/)\s*(?:the\s+)?$/i;

/**
 * What a chrono reading this module keeps is built on: a digit, a month or
 * weekday name (chrono's own spellings and abbreviations), a day word
 * (tomorrow, overmorrow) or a unit of days or longer (in two months, a week
 * from now; a bare "d", "w" or "y" only after a number word). Readings with
 * an hour and the words of `CHRONO_IGNORED` are dropped anyway, so hours and
 * minutes need no anchor. A false hit ("may" the verb) only costs a chrono run.
 */
const CHRONO_ANCHOR = new RegExp(
  [
    '\\d',
    '\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b',
    '\\b(?:sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?)\\b',
    '\\b(?:tom+or+ow|tmrw?|overmorrow|today|tonight|yesterday)\\b',
    '\\b(?:days?|weeks?|wks?|weekends?|mos?|months?|qtrs?|quarters?|yrs?|years?|fortnights?|decades?)\\b',
    `\\b(?:an?|${Object.keys(NUMBER_WORDS).join('|')}|few|several|half|couple(?:\\s+of)?)\\s{0,3}[dwy]\\b`,
  ].join('|'),
  'gi',
);

/**
 * Whether chrono could add anything: a chrono reading that overlaps one of
 * ours is dropped, so only an anchor outside them (see `CHRONO_ANCHOR`) can
 * give a new date. chrono is the costliest step of reading mail, and most
 * promises ("within 10 days") are ours alone.
 */
function anchorOutside(sentence: string, ours: readonly Candidate[]): boolean {
  CHRONO_ANCHOR.lastIndex = 0;
  for (let m = CHRONO_ANCHOR.exec(sentence); m; m = CHRONO_ANCHOR.exec(sentence)) {
    const at = m.index;
    if (!ours.some((c) => c.index <= at && at < c.end)) return true;
  }
  return false;
}

/** A day's short name that is also a word, in lower case: "candidates who sat the test", "wed", "sun", "mar". */
const VERB_NOT_DAY = /^(?:sat|sun|wed|mar|may)$/;

/** chrono matches that are never a decision day. */
const CHRONO_IGNORED = /^(today|tonight|now|yesterday|this\s+(morning|afternoon|evening)|last\b|earlier|past\b)/i;

/**
 * Reads the decision date promised in `text` (ideally the new text of a
 * message, see `newText`), relative to when it was sent.
 * @param text the words, e.g. "We'll have a decision for you within 10 days."
 * @param sent the message date with the sender's offset (relative words are read in it), and optional holidays.
 * @returns the local date the words cover, or null when no sentence about
 *   hearing back or deciding carries a date (or `sent.date` is not a date). Never throws.
 */
export function readDecisionBy(text: string, sent: SentContext): Temporal.PlainDate | null {
  return read(text, sent, true);
}

/**
 * `readDecisionBy` running chrono on every sentence, without the
 * `CHRONO_ANCHOR` shortcut: for tests that the shortcut never changes a reading.
 */
export function readDecisionByExhaustive(text: string, sent: SentContext): Temporal.PlainDate | null {
  return read(text, sent, false);
}

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

/**
 * The promise of the text: among its sentences that talk about hearing back
 * or deciding and carry a date, the first of those that both bound the date
 * ("by Friday", "within two weeks", "next week") and speak of the future
 * ("we'll", "I expect to"); else the first with a bound; else the first.
 * "Quick update after Friday's round ... we'll have an answer by the middle
 * of next week" promises the middle of next week.
 */
function read(text: string, sent: SentContext, shortcut: boolean): Temporal.PlainDate | null {
  const cue = sent.offer ? OFFER_CUE : CUE;
  // Most mail says nothing about hearing back: then no sentence can, and nothing else is done.
  if (!cue.test(text)) return null;
  const base = baseDate(sent.date);
  if (base === null) return null;
  const holidays = holidayDays(sent.holidays ?? NO_HOLIDAYS);
  let best: { date: number; rank: number } | null = null;
  let previousCued = false;
  for (const sentence of sentences(text).flatMap(promiseParts)) {
    // "... before we have an answer. Early January at the latest.": a bare bound goes on the sentence before.
    const cued = cue.test(sentence) || (previousCued && LATEST.test(sentence) && !ASKS_THE_SEEKER.test(sentence));
    previousCued = cue.test(sentence);
    if (!cued) continue;
    const chosen = pick(
      inPromiseClause(sentence, candidates(sentence, base, shortcut), cue),
      cuePositions(sentence, cue),
    );
    if (!chosen) continue;
    let date: number | null = null;
    try {
      date = chosen.compute(base, holidays);
    } catch {
      // An impossible date ("February 31") is no promise; read on.
    }
    if (date === null) continue;
    // A day named in news told now ("you have been selected to attend our assessment day on 14 January") is
    // an event: without a bound ("by") it promises only in the future tense.
    if (!chosen.strong && !FUTURE.test(sentence) && NEWS_NOW.test(sentence)) continue;
    const rank = (chosen.strong ? 2 : 0) + (FUTURE.test(sentence) ? 1 : 0);
    if (best === null || rank > best.rank) best = { date, rank };
    if (rank === 3) break;
  }
  return best === null ? null : fromEpochDay(best.date);
}

/**
 * The parts of a sentence that may carry a promise: the whole sentence, or,
 * when it speaks of other dates (an office closure, a start date), those of
 * its clauses (split at ";", ":" and dashes) that do not. "Our office is
 * closed from 24 December to 3 January, so don't treat the 8th as a hard
 * line: if you can let us know early in January, that's fine" keeps its
 * last clause.
 */
function promiseParts(sentence: string): string[] {
  if (!NOT_A_PROMISE.test(sentence)) return [sentence];
  return sentence.split(/\s*[;:]\s+|\s+[-–—]+\s+/).filter((part) => part !== '' && !NOT_A_PROMISE.test(part));
}

/**
 * A sentence ends at ".", "!" or "?" before a capital or a digit, but not
 * after an abbreviation: "on or before Dec. 4" is one sentence.
 */
const SENTENCE_END =
  /(?<=[.!?])(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mr|mrs|ms|dr|st|no|approx|e\.g|i\.e|etc|vs)\.)\s+(?=["'(]?[A-Z0-9])/i;

/** Splits text into sentences: paragraphs and list items first, then sentence ends. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.replace(/\r\n?/g, '\n').split(/\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)/)) {
    const flat = para.replace(/\s+/g, ' ').trim();
    if (flat === '') continue;
    for (const s of flat.split(SENTENCE_END)) if (s.trim() !== '') out.push(s.trim());
  }
  return out;
}

function candidates(sentence: string, base: number, shortcut: boolean): Candidate[] {
  const found: Candidate[] = [];
  /** Lengths counted from another event: chrono may not read them either. */
  const counted: { index: number; end: number }[] = [];
  for (const { re, compute, date } of RELATIVE) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      // "Within 15 working days of the closing date" counts from another day: no promise from the message's.
      if (!date && FROM_ANOTHER_EVENT.test(sentence.slice(m.index + m[0].length))) {
        counted.push({ index: m.index, end: m.index + m[0].length });
        continue;
      }
      const strong = !date || bound(sentence, m.index, m.index + m[0].length);
      found.push({ index: m.index, end: m.index + m[0].length, compute: compute(m), strong });
    }
  }
  const relative = dropContained(found);
  if (shortcut && !anchorOutside(sentence, relative))
    return spans(
      sentence,
      relative.sort((a, b) => a.index - b.index),
    );
  const [year, month, day] = civilFromDays(base);
  const reference = new Date(year, month - 1, day, 12, 0, 0);
  for (const r of chrono.parse(sentence, reference, { forwardDate: true })) {
    const end = r.index + r.text.length;
    if ([...relative, ...counted].some((c) => c.index < end && r.index < c.end)) continue;
    if (
      CHRONO_IGNORED.test(r.text) ||
      BARE_DURATION.test(r.text) ||
      VERB_NOT_DAY.test(r.text) ||
      r.start.isCertain('hour')
    )
      continue;
    const compute = fromChrono(r.start);
    if (!compute) continue;
    relative.push({ index: r.index, end, compute, strong: bound(sentence, r.index, end) });
  }
  return spans(
    sentence,
    relative.sort((a, b) => a.index - b.index),
  );
}

/** The words around a date make it a bound: "by Friday", "Friday at the latest". */
function bound(sentence: string, index: number, end: number): boolean {
  if (FALLBACK.test(sentence.slice(0, index))) return false;
  return BOUND_BEFORE.test(sentence.slice(0, index)) || BOUND_AFTER.test(sentence.slice(end));
}

/**
 * Two dates joined as one span ("between December 7 and December 11",
 * "Monday or Tuesday") read as one: words mean the last day they cover.
 */
function spans(sentence: string, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of sorted) {
    const previous = out.at(-1);
    if (previous && SPAN_JOIN.test(sentence.slice(previous.end, c.index))) {
      const first = previous.compute;
      const second = c.compute;
      out[out.length - 1] = {
        index: previous.index,
        end: c.end,
        strong: previous.strong || c.strong,
        compute: (b, h) => {
          const x = first(b, h);
          const y = second(b, h);
          return x === null ? y : y === null ? x : Math.max(x, y);
        },
      };
    } else out.push(c);
  }
  return out;
}

/**
 * The bound if there is one ("decide by Friday", not "the debrief on
 * Thursday"), else any date; among those, the one nearest a cue word
 * ("wrap up interviews by Friday and decide early next week" -> next week).
 */
/** Where one clause of a sentence ends and the next begins: ", and", ", so", ", but", ";". */
const CLAUSE_JOIN = /,\s+(?:and|so|but|with)\s+|;\s+/gi;

/**
 * Among dates in different clauses, those of the clause that promises: in
 * "we're collecting feedback this week, and I'll let you know in the next
 * few days", "most of them are away until the end of the month, so we'll
 * decide in early December" or "they'll decide after Monday's interview,
 * so we can answer by Wednesday" the first clause says what happens
 * meanwhile, and the promise is the last clause that speaks of hearing back
 * or deciding and holds a date. All of `list` when no such clause does.
 */
function inPromiseClause(sentence: string, list: Candidate[], cue: RegExp): Candidate[] {
  if (list.length < 2) return list;
  const joins = Array.from(sentence.matchAll(CLAUSE_JOIN), (m) => m.index + m[0].length);
  if (joins.length === 0) return list;
  const cuts = [0, ...joins, sentence.length + 1];
  for (let i = cuts.length - 2; i >= 0; i--) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const clause = sentence.slice(start, end);
    // "...; if you have not heard from us by 11 December, assume...": a fallback, not the promise.
    if (!cue.test(clause) || FALLBACK.test(clause.replace(/[.!?\s]+$/, ''))) continue;
    const keep = list.filter((c) => c.index >= start && c.index < end);
    if (keep.length > 0) return keep;
  }
  return list;
}

function pick(list: Candidate[], cues: number[]): Candidate | null {
  const strong = list.filter((c) => c.strong);
  const pool = strong.length > 0 ? strong : list;
  let best: Candidate | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of pool) {
    const distance = Math.min(...cues.map((p) => (p < c.index ? c.index - p : p - c.end)));
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best ?? pool[0] ?? null;
}

const CUE_ALL = new RegExp(CUE.source, 'gi');
const OFFER_CUE_ALL = new RegExp(OFFER_CUE.source, 'gi');

function cuePositions(sentence: string, cue: RegExp): number[] {
  const all = cue === OFFER_CUE ? OFFER_CUE_ALL : CUE_ALL;
  const out: number[] = [];
  all.lastIndex = 0;
  for (let m = all.exec(sentence); m; m = all.exec(sentence)) out.push(m.index + m[0].length);
  return out;
}

function dropContained(list: Candidate[]): Candidate[] {
  return list.filter(
    (c) =>
      !list.some(
        (o) =>
          o !== c && o.index <= c.index && o.end >= c.end && (o.end - o.index > c.end - c.index || o.index < c.index),
      ),
  );
}

interface ChronoComponents {
  get(c: 'year' | 'month' | 'day' | 'weekday'): number | null;
  isCertain(c: 'year' | 'month' | 'day' | 'weekday' | 'hour'): boolean;
}

function fromChrono(start: ChronoComponents): Compute | null {
  const weekday = start.get('weekday');
  if (start.isCertain('day') && start.isCertain('month')) {
    const month = start.get('month')!;
    const day = start.get('day')!;
    const year = start.isCertain('year') ? start.get('year') : null;
    // A date without a year is the nearest such day (INGEST.md): "by January 8" written in December is next
    // year's; a day that does not exist near the message ("February 30") is no date.
    return (b) => (year != null ? exactDay(year, month, day) : nearestOccurrence(month, day, b));
  }
  if (start.isCertain('weekday') && weekday != null) {
    const iso = weekday === 0 ? 7 : weekday;
    return (b) => b + ((iso - dayOfWeek(b) + 7) % 7);
  }
  return null;
}

/** The given ISO weekday (1 = Monday) of the week `weeksAhead` after the one holding `b`. */
function weekOf(b: number, weeksAhead: number, isoWeekday: number): number {
  return b + 7 * weeksAhead + isoWeekday - dayOfWeek(b);
}

/** The epoch day of a calendar date; throws RangeError when there is no such day ("February 31"). */
function exactDay(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`no such day: ${year}-${month}-${day}`);
  }
  return daysFromCivil(year, month, day);
}

/** The last day of the month holding `b`, or of the `monthsAhead`-th month after it. */
function endOfMonth(b: number, monthsAhead: number): number {
  const [year, month] = civilFromDays(b);
  const index = year * 12 + (month - 1) + monthsAhead;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return daysFromCivil(y, m, daysInMonth(y, m));
}

/** A part of a month (see `PART`): the month's next occurrence from `b`, unless `knownYear` says which. */
function partOfMonth(b: number, month: number, part: string, knownYear?: number): number {
  const [baseYear, baseMonth] = civilFromDays(b);
  const year = knownYear ?? (month < baseMonth ? baseYear + 1 : baseYear);
  if (/(?:first|front)\s+half/.test(part)) return daysFromCivil(year, month, 15);
  if (/early|earlier|beginning|start|opening|first/.test(part)) return daysFromCivil(year, month, 10);
  if (/mid|middle/.test(part)) return daysFromCivil(year, month, 15);
  return daysFromCivil(year, month, daysInMonth(year, month));
}

/**
 * "The first week of December": the week holding the month's first business
 * day, read as its Friday; the second, third and fourth follow it; the last
 * is the week holding the month's last business day. Never past the month's end.
 */
function weekOfMonth(b: number, month: number, which: string, holidays: ReadonlySet<number>): number {
  const [baseYear, baseMonth] = civilFromDays(b);
  const year = month < baseMonth ? baseYear + 1 : baseYear;
  const last = daysFromCivil(year, month, daysInMonth(year, month));
  if (which === 'last' || which === 'final') {
    let d = last;
    while (!isBusinessDayNumber(d, holidays)) d--;
    return Math.min(weekOf(d, 0, 5), last);
  }
  const first = nbDay(daysFromCivil(year, month, 1), holidays);
  const n = ['first', 'second', 'third', 'fourth'].indexOf(which);
  return Math.min(weekOf(first, n, 5), last);
}

function dayOfMonthOnOrAfter(b: number, day: number, isoWeekday: number | null): number | null {
  if (day < 1 || day > 31) return null;
  const [baseYear, baseMonth] = civilFromDays(b);
  for (let i = 0; i < 24; i++) {
    const index = baseYear * 12 + (baseMonth - 1) + i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (day > daysInMonth(year, month)) continue;
    const d = daysFromCivil(year, month, day);
    if (d < b) continue;
    if (isoWeekday == null || dayOfWeek(d) === isoWeekday) return d;
  }
  return null;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(key) + 1;
}

/** The longer end of a span matched with `SPAN` ("7 to 10" -> 10). */
function spanCount(m: RegExpExecArray): number {
  return count(m[2] ?? m[1]!);
}

function unitDays(unit: string): number {
  return /^week/i.test(unit) ? 7 : 1;
}

function hours(word: string): number {
  const named: Record<string, number> = { 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72 };
  return named[word.toLowerCase()] ?? Number(word);
}

/** The same day `n` months after `b`, or the month's last day when it is shorter. */
function addMonths(b: number, n: number): number {
  const [year, month, day] = civilFromDays(b);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The last day of a quarter: quarter `q` (1-4) at its next end on or after
 * `b`, or, with `q` null, the quarter holding `b` and `ahead` more.
 */
function quarterEnd(b: number, q: number | null, ahead = 0): number {
  const [year, month] = civilFromDays(b);
  const current = Math.ceil(month / 3);
  let index = year * 4 + (current - 1) + ahead;
  if (q !== null) index = year * 4 + (q - 1) + (q < current ? 4 : 0);
  const y = Math.floor(index / 4);
  const lastMonth = (index % 4) * 3 + 3;
  return daysFromCivil(y, lastMonth, daysInMonth(y, lastMonth));
}

function count(word: string): number {
  const n = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? 1);
  return Math.max(1, n);
}

/** The message's own calendar day in the sender's offset (the date part as written), as an epoch day. */
function baseDate(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  try {
    return exactDay(Number(m[1]), Number(m[2]), Number(m[3]));
  } catch {
    return null;
  }
}
