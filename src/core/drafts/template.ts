/**
 * A seeker's own templates: `{{placeholder}}` filled from the facts.
 *
 * Placeholder names are the contract listed in `TEMPLATE_PLACEHOLDERS`. A name
 * is matched exactly (case-sensitive), with optional spaces inside the braces
 * (`{{ company }}`). A name we do not know is left in the text exactly as
 * written, so a typo shows up in the draft instead of silently vanishing.
 * A known name whose fact is missing gets the neutral fallback documented
 * beside it, so a message never says "undefined" or "null".
 */
import type { Draft, DraftTemplate } from '../model.js';
import type { DraftContext } from './draft.types.js';
import {
  dateInWords,
  firstNameOf,
  fullNameOf,
  interviewDayPhrase,
  localDateOf,
  preferenceClause,
  receivedOffer,
  roundPhrase,
  shortDate,
  signatureOf,
  topicFromNotes,
} from './draft-facts.js';

/** Every placeholder a template may use, with what it becomes and its fallback. */
export const TEMPLATE_PLACEHOLDERS = Object.freeze({
  firstName: "the contact's first name; fallback: there (so 'Hi {{firstName}},' reads 'Hi there,')",
  contactName: "the contact's full name; fallback: the hiring team",
  contactEmail: "the contact's email; fallback: empty",
  greeting: "'Hi Jane,' or, without a contact, 'Hello,'",
  company: 'the company',
  role: 'the role; fallback: the position',
  roleAtCompany: "'Product Designer at Acme', or the company alone",
  interviewDay:
    "the interview's day relative to today, in the seeker's zone: today, yesterday, on Tuesday, on Nov 24; fallback: recently",
  interviewDate: "the interview's date, e.g. Nov 24; fallback: recently",
  round: 'the interview round, e.g. onsite; fallback: interview',
  topic: 'a topic from the interview notes (after Topic:, discussed, talked about); fallback: the role',
  seekerName: "the seeker's name; fallback: empty",
  signature: "the seeker's signature, else their name; fallback: empty",
  promisedDate: 'the date the employer gave, e.g. Friday, Dec 4; fallback: the date you mentioned',
  preference:
    "how much you want this job, only as far as it is true: 'Acme is my first choice' when nothing open ranks higher, else 'The Analyst role at Acme is one I very much want'",
  otherCompany: 'for offer nudges: the company with the other offer; fallback: another company',
  otherRole: 'for offer nudges: the role of the other offer; fallback: a role',
  deadline:
    'the offer deadline (the competing offer for a nudge, this one otherwise), e.g. Friday, Dec 4; fallback: soon',
  today: "today's date in the seeker's zone, e.g. Friday, Nov 20",
} as const);

export type TemplatePlaceholder = keyof typeof TEMPLATE_PLACEHOLDERS;

/** `{{ name }}`: a name made of letters, digits and underscores. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/gu;

/** The value of every placeholder for this context, fallbacks applied. */
export function placeholderValues(ctx: DraftContext): Record<TemplatePlaceholder, string> {
  const opp = ctx.opportunity;
  const role = opp?.role?.trim() || null;
  const company = opp?.company ?? ctx.competingOffer?.company ?? '';
  const day = interviewDayPhrase(ctx.interview, ctx.profile, ctx.today);
  const interviewDate = ctx.interview
    ? shortDate(localDateOf(ctx.interview.at, ctx.profile.timezone), ctx.today)
    : null;
  const deadline = ctx.competingOffer?.deadline ?? receivedOffer(opp)?.deadline ?? null;
  return {
    firstName: firstNameOf(ctx.contact) ?? 'there',
    contactName: fullNameOf(ctx.contact) ?? 'the hiring team',
    contactEmail: ctx.contact?.email ?? '',
    greeting: firstNameOf(ctx.contact) ? `Hi ${firstNameOf(ctx.contact)},` : 'Hello,',
    company,
    role: role ?? 'the position',
    roleAtCompany: role ? `${role} at ${company}` : company,
    interviewDay: day ?? 'recently',
    interviewDate: interviewDate ?? 'recently',
    round: roundPhrase(ctx.interview?.round) ?? 'interview',
    topic: topicFromNotes(ctx.interview?.notes) ?? 'the role',
    seekerName: ctx.profile.name?.trim() ?? '',
    signature: signatureOf(ctx.profile) ?? '',
    promisedDate: ctx.promisedDate ? dateInWords(ctx.promisedDate, ctx.today) : 'the date you mentioned',
    preference: preferenceClause(ctx),
    otherCompany: ctx.competingOffer?.company ?? 'another company',
    otherRole: ctx.competingOffer?.role?.trim() || 'a role',
    deadline: deadline ? dateInWords(deadline, ctx.today) : 'soon',
    today: dateInWords(ctx.today, ctx.today),
  };
}

function isPlaceholder(name: string): name is TemplatePlaceholder {
  return Object.hasOwn(TEMPLATE_PLACEHOLDERS, name);
}

/** Fills the placeholders of one string; unknown names stay as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<TemplatePlaceholder, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}

/**
 * Renders a seeker's template into a draft addressed to the contact's email
 * (`to` is null when the contact or their email is unknown). Never throws:
 * unknown placeholders are kept visible, missing facts get their fallback.
 */
export function renderTemplate(template: DraftTemplate, ctx: DraftContext): Draft {
  const values = placeholderValues(ctx);
  return {
    to: ctx.contact?.email ?? null,
    subject: fillPlaceholders(template.subject, values).trim(),
    body: fillPlaceholders(template.body, values),
  };
}

/** The placeholder names a template uses that we do not know (for warnings in front ends). */
export function unknownPlaceholders(template: DraftTemplate): string[] {
  const found = new Set<string>();
  for (const text of [template.subject, template.body]) {
    for (const m of text.matchAll(PLACEHOLDER)) {
      const name = m[1];
      if (name && !isPlaceholder(name)) found.add(name);
    }
  }
  return [...found].sort();
}
