/**
 * The facts a draft is filled from, turned into words: the contact's first
 * name, the seeker's sign-off, the interview's day ("on Tuesday", "on Nov 24")
 * in the seeker's zone, a topic from the interview notes, dates in words.
 *
 * Pure: dates are formatted with `Intl` in English (`en-US`) with an explicit
 * time zone, so the output does not depend on the machine's zone or locale.
 */
import type { Temporal } from 'temporal-polyfill';
import { formatDate } from '../date-format.js';
import type { Contact, Interview, Offer, Opportunity, Profile } from '../model.js';
import type { DraftContext } from './draft.types.js';

/** Honorifics skipped when taking a first name ("Dr. Jane Smith" -> "Jane"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'madam']);

/**
 * How far from today (in days, either way) an interview day is named by its
 * weekday; beyond that a weekday would be ambiguous, so the date is used.
 */
const WEEKDAY_RANGE_DAYS = 6;

/** Longest topic taken from notes; a longer phrase reads like a paste, not a topic. */
const MAX_TOPIC_LENGTH = 80;

/**
 * The first name to greet a contact by, or null when there is no usable name.
 * Leading honorifics are skipped; a name that is only an honorific, or an
 * email address typed as a name, gives null.
 */
export function firstNameOf(contact: Contact | null): string | null {
  if (!contact) return null;
  const tokens = contact.name
    .trim()
    .split(/\s+/u)
    .filter((t) => t.length > 0);
  for (const token of tokens) {
    const bare = token.replace(/\.$/u, '').toLowerCase();
    if (HONORIFICS.has(bare)) continue;
    // A name field holding an address ("jane@acme.com") is no name to greet by.
    if (token.includes('@')) return null;
    return token;
  }
  return null;
}

/** The full contact name, trimmed, or null when empty. */
export function fullNameOf(contact: Contact | null): string | null {
  const name = contact?.name.trim() ?? '';
  return name.length > 0 ? name : null;
}

/** "Hi Jane," or, with no name, a neutral "Hello,". */
export function greetingLine(contact: Contact | null): string {
  const first = firstNameOf(contact);
  return first ? `Hi ${first},` : 'Hello,';
}

/** What ends a message: the signature, else the seeker's name, else nothing. */
export function signatureOf(profile: Profile): string | null {
  const signature = profile.signature?.trim();
  if (signature) return signature;
  const name = profile.name?.trim();
  return name ? name : null;
}

/** "Best regards,\nSam Lee" (or only the closing when the seeker has no name). */
export function signOff(profile: Profile, closing = 'Best regards,'): string {
  const signature = signatureOf(profile);
  return signature ? `${closing}\n${signature}` : closing;
}

/** The role as a phrase: "the Product Designer role", or "the position". */
export function rolePhrase(role: string | null): string {
  const r = role?.trim();
  return r ? `the ${r} role` : 'the position';
}

/** "Product Designer at Acme", or "Acme" with no role. */
export function roleAtCompany(opportunity: Pick<Opportunity, 'company' | 'role'>): string {
  const r = opportunity.role?.trim();
  return r ? `${r} at ${opportunity.company}` : opportunity.company;
}

/** The local calendar day of an instant in a zone. */
export function localDateOf(at: Temporal.Instant, timeZone: string): Temporal.PlainDate {
  return at.toZonedDateTimeISO(timeZone).toPlainDate();
}

function formatPlainDate(date: Temporal.PlainDate, options: Intl.DateTimeFormatOptions): string {
  return formatDate(date, options);
}

/** "Nov 24", with the year added when it is not today's year ("Nov 24, 2025"). */
export function shortDate(date: Temporal.PlainDate, today: Temporal.PlainDate): string {
  return formatPlainDate(date, {
    month: 'short',
    day: 'numeric',
    ...(date.year === today.year ? {} : { year: 'numeric' }),
  });
}

/** "Friday, Dec 4" (year added when not today's year). */
export function dateInWords(date: Temporal.PlainDate, today: Temporal.PlainDate): string {
  return `${formatPlainDate(date, { weekday: 'long' })}, ${shortDate(date, today)}`;
}

/**
 * A day relative to today, ready to follow a verb: "today", "yesterday",
 * "tomorrow", "on Tuesday" (within six days either way), else "on Nov 24".
 */
export function dayPhrase(date: Temporal.PlainDate, today: Temporal.PlainDate): string {
  const diff = today.until(date, { largestUnit: 'days' }).days;
  if (diff === 0) return 'today';
  if (diff === -1) return 'yesterday';
  if (diff === 1) return 'tomorrow';
  if (Math.abs(diff) <= WEEKDAY_RANGE_DAYS) return `on ${formatPlainDate(date, { weekday: 'long' })}`;
  return `on ${shortDate(date, today)}`;
}

/** The interview's day in words in the seeker's zone, or null without an interview. */
export function interviewDayPhrase(
  interview: Interview | null,
  profile: Profile,
  today: Temporal.PlainDate,
): string | null {
  if (!interview) return null;
  return dayPhrase(localDateOf(interview.at, profile.timezone), today);
}

/** Phrases in notes that introduce what was talked about. */
const TOPIC_LEADS =
  /(?:^|[\s(])(?:topic:|topics:|discussed|we discussed|talked about|we talked about|spoke about|chatted about|conversation about|we covered|covered)\s+([^.;\n!?]+)/iu;

/**
 * A topic from interview notes, or null. Only an explicit lead is trusted
 * ("Topic: the data migration", "discussed their move to Kubernetes", "talked
 * about ..."), so free notes like "went well, nervous" never end up in a
 * message. The phrase runs to the end of the sentence, clause or line, and is
 * dropped when longer than 80 characters.
 */
export function topicFromNotes(notes: string | null | undefined): string | null {
  if (!notes) return null;
  const match = TOPIC_LEADS.exec(notes);
  const raw = match?.[1];
  if (!raw) return null;
  const topic = raw
    .trim()
    .replace(/[\s,:-]+$/u, '')
    .trim();
  if (topic.length === 0 || topic.length > MAX_TOPIC_LENGTH) return null;
  return topic;
}

/** The offer at this opportunity that awaits a decision (the latest received one), if any. */
export function receivedOffer(opportunity: Opportunity | null): Offer | null {
  if (!opportunity) return null;
  let latest: Offer | null = null;
  for (const offer of opportunity.offers) {
    if (offer.status !== 'received') continue;
    if (!latest || offer.at.epochMilliseconds >= latest.at.epochMilliseconds) latest = offer;
  }
  return latest;
}

/** Lowercases the first letter of a round name ("Onsite" -> "onsite"), but keeps acronyms ("HR screen"). */
export function roundPhrase(round: string | null | undefined): string | null {
  const r = round?.trim();
  if (!r) return null;
  if (r.length > 1 && r[1] === r[1]?.toUpperCase() && /\p{Lu}/u.test(r[1] ?? '')) return r;
  return r.charAt(0).toLowerCase() + r.slice(1);
}

/**
 * How strongly the seeker wants this job, said only as far as it is true:
 * "Acme is my first choice" when no open opportunity ranks higher (ties
 * share it), else "The Analyst role at Acme is one I very much want"
 * (PLAYBOOK rule 10).
 */
export function preferenceClause(ctx: DraftContext): string {
  const company = ctx.opportunity?.company ?? 'the company';
  if (ctx.firstChoice) return `${company} is my first choice`;
  const roleAt = `${rolePhrase(ctx.opportunity?.role?.trim() || null)} at ${company}`;
  return `${roleAt.charAt(0).toUpperCase()}${roleAt.slice(1)} is one I very much want`;
}
