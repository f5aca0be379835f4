/**
 * Which opportunity a message belongs to (INGEST.md "Matching"): a contact's
 * address, the company's own mail domain (never a public mailbox provider), the
 * thread it replies to, or, for applicant-tracking-system senders, the company
 * named in the message. Unmatched messages are reported with the reason, so
 * the app keeps them aside for the seeker to assign.
 */
import type { Invitation } from '../calendar/invite.js';
import type { OpportunityRecord } from '../records/data-file.schema.js';
import type { MailAddress, ParsedMessage } from './parse.js';

/** The parts of a message that matching reads. */
export type MatchableMessage = Pick<
  ParsedMessage,
  'from' | 'replyTo' | 'to' | 'cc' | 'subject' | 'text' | 'inReplyTo' | 'references'
>;

/** How a match was made, strongest first. */
export type MatchMethod = 'contact' | 'thread' | 'domain' | 'ats-company';

/** The outcome of matching one message. */
export interface Match {
  opportunityId: string | null;
  /** The contact whose address took part in the message, when one did. */
  contactId: string | null;
  method: MatchMethod | null;
  /** Human-readable: how it matched, or why it did not ("no contact, domain or thread"; "ambiguous: a, b"). */
  reason: string;
  /** When ambiguous: the opportunities that fit equally well. */
  candidates: string[];
}

/** Public mailbox providers: sharing one of these domains says nothing about the employer. */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'yandex.ru',
  'fastmail.com',
  'fastmail.fm',
  'hey.com',
  'tutanota.com',
  'tuta.io',
  'qq.com',
  '163.com',
  'mail.ru',
  'orange.fr',
  'free.fr',
  'comcast.net',
  'verizon.net',
  'att.net',
  'btinternet.com',
]);

/**
 * Words that identify an applicant-tracking system in a sender's domain
 * (`greenhouse-mail.io`, `myworkday.com`, `hire.lever.co`...), compared with
 * the domain's dot- and dash-separated words.
 */
export const ATS_DOMAIN_WORDS: ReadonlySet<string> = new Set([
  'greenhouse',
  'lever',
  'workday',
  'myworkday',
  'myworkdayjobs',
  'ashby',
  'ashbyhq',
  'smartrecruiters',
  'icims',
  'jobvite',
  'taleo',
  'successfactors',
  'bamboohr',
  'workable',
  'workablemail',
  'recruitee',
  'teamtailor',
  'breezy',
  'breezyhr',
  'jazzhr',
  'applytojob',
  'personio',
  'pinpointhq',
  'rippling',
  'paylocity',
  'ultipro',
  'dayforce',
  'dayforcehcm',
  'oraclecloud',
  'avature',
  'phenom',
  'eightfold',
  'hirebridge',
  'comeet',
  'homerun',
  'recruiterbox',
  'freshteam',
  'zohorecruit',
  'jobylon',
  'welcometothejungle',
  'hibob',
  // Public-sector, university and UK/EU systems, and more of the large ones.
  'tribepad',
  'jobtrain',
  'oleeo',
  'hireroad',
  'networx',
  'webrecruit',
  'brassring',
  'kenexa',
  'csod',
  'cornerstoneondemand',
  'pageuppeople',
  'pageup',
  'livehire',
  'jobadder',
  'bullhorn',
  'occupop',
  'lumesse',
  'hirehive',
  'clearcompany',
  'applicantpro',
  'hireology',
  'jobscore',
  'manatal',
  'trakstar',
  'recruitcrm',
  'ceipal',
  'harver',
  'hiringthing',
]);

const NO_REPLY_LOCAL =
  /^(no-?reply|do-?not-?reply|noreply|notifications?|jobs|careers|recruiting|talent|hiring|system|mailer|apply)\b/i;

/** Legal suffixes dropped when looking for a company name in text. */
const LEGAL_SUFFIX = /\s+(inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|sa|ag|bv|pty|srl|sas)\.?$/i;

/** URL host prefixes that are not part of the company's mail domain. */
const HOST_PREFIX = /^(www|careers|jobs|apply|work|hire|join|about)\./i;

/**
 * Finds the opportunity a message belongs to.
 * @param message the parsed message (both directions: senders and recipients are looked at).
 * @param opportunities the seeker's opportunities (closed ones too: a late reply still belongs).
 * @param knownMessages the opportunity an already-stored message belongs to, by Message-ID, or null.
 * @param ownAddresses the seeker's addresses, never used for matching; default: none.
 * @returns the match, or `opportunityId: null` with the reason. Never throws.
 */
export function matchOpportunity(
  message: MatchableMessage,
  opportunities: readonly OpportunityRecord[],
  knownMessages: (messageId: string) => string | null,
  ownAddresses: readonly string[] = [],
): Match {
  const own = new Set(ownAddresses.map((a) => a.toLowerCase()));
  const people = participants(message).filter((p) => !own.has(p.address));

  const byContact = new Map<string, string>();
  for (const p of people) {
    for (const opp of opportunities) {
      const contact = (opp.contacts ?? []).find((c) => lowerEmail(c) === p.address);
      if (contact && !byContact.has(opp.id)) byContact.set(opp.id, contact.id);
    }
  }
  if (byContact.size > 0) {
    const ids = [...byContact.keys()];
    const chosen = ids.length === 1 ? ids[0]! : disambiguate(ids, message, opportunities, knownMessages);
    if (chosen) return found(chosen, byContact.get(chosen)!, 'contact', 'a contact of this opportunity takes part');
    return ambiguous(ids, 'several opportunities share this contact');
  }

  const threadIds = [message.inReplyTo, ...message.references.slice().reverse()].filter((x): x is string => !!x);
  for (const id of threadIds) {
    const opp = knownMessages(id);
    if (opp && opportunities.some((o) => o.id === opp)) return found(opp, null, 'thread', `replies to ${id}`);
  }

  const byDomain = new Set<string>();
  for (const p of people) {
    const domain = domainOf(p.address);
    if (!domain || PUBLIC_MAIL_DOMAINS.has(domain) || isAtsDomain(domain)) continue;
    for (const opp of opportunities) {
      if (companyDomains(opp).some((d) => domain === d || domain.endsWith(`.${d}`))) byDomain.add(opp.id);
    }
  }
  if (byDomain.size > 0) {
    const ids = [...byDomain];
    const chosen = ids.length === 1 ? ids[0]! : disambiguate(ids, message, opportunities, knownMessages);
    if (chosen) return found(chosen, null, 'domain', 'shares the company mail domain');
    return ambiguous(ids, 'several opportunities at this company domain');
  }

  const sender = message.from;
  if (sender && isAtsDomain(domainOf(sender.address) ?? '')) {
    const named = companiesNamed(message, opportunities);
    if (named.length === 1)
      return found(named[0]!, null, 'ats-company', 'applicant-tracking system naming the company');
    if (named.length > 1) {
      const chosen = disambiguate(named, message, opportunities, knownMessages);
      if (chosen) return found(chosen, null, 'ats-company', 'applicant-tracking system naming the company and role');
      return ambiguous(named, 'applicant-tracking system mail naming several companies or roles');
    }
    return none('applicant-tracking system mail naming no known company');
  }
  if (sender && NO_REPLY_LOCAL.test(sender.address) && !PUBLIC_MAIL_DOMAINS.has(domainOf(sender.address) ?? '')) {
    return none('automated sender from an unknown domain');
  }
  return none('no contact, company domain or thread matches');
}

/**
 * Finds the opportunity an invitation (an `.ics` file) is for, as a message
 * from its organiser to its attendees, titled with its summary, is matched.
 * @returns the match, or `opportunityId: null` with the reason and, when ambiguous, the candidates. Never throws.
 */
export function matchInvitation(
  invitation: Pick<Invitation, 'organizer' | 'attendees' | 'summary'>,
  opportunities: readonly OpportunityRecord[],
  ownAddresses: readonly string[] = [],
): Match {
  const address = (email: string, name: string | null): MailAddress => ({
    name: name ?? '',
    address: email.toLowerCase(),
  });
  return matchOpportunity(
    {
      from: invitation.organizer ? address(invitation.organizer, null) : null,
      replyTo: [],
      to: invitation.attendees.map((a) => address(a.email, a.name)),
      cc: [],
      subject: invitation.summary ?? '',
      text: '',
      inReplyTo: null,
      references: [],
    },
    opportunities,
    () => null,
    ownAddresses,
  );
}

/**
 * The people among `people` on the employer's side of `opp`: its contacts and
 * addresses at its company mail domain (or a subdomain), never the seeker's own.
 */
export function employerPeople<P extends { email: string }>(
  opp: OpportunityRecord,
  people: readonly P[],
  ownAddresses: readonly string[] = [],
): P[] {
  const own = new Set(ownAddresses.map((a) => a.toLowerCase()));
  const domains = companyDomains(opp);
  return people.filter((p) => {
    const email = p.email.toLowerCase();
    if (own.has(email)) return false;
    if ((opp.contacts ?? []).some((c) => lowerEmail(c) === email)) return true;
    const domain = domainOf(email);
    return domain !== null && domains.some((d) => domain === d || domain.endsWith(`.${d}`));
  });
}

/** True when the domain belongs to a known applicant-tracking system. */
export function isAtsDomain(domain: string): boolean {
  return domain
    .toLowerCase()
    .split(/[.-]/)
    .some((w) => ATS_DOMAIN_WORDS.has(w));
}

/** The company's own mail domains: from its contacts' addresses and its posting URL, never public or ATS ones. */
/**
 * A contact's address in lower case, kept per contact object: an import
 * matches thousands of messages against the same few contacts. Records are
 * replaced, never edited in place, when a contact changes.
 */
const lowered = new WeakMap<object, string | null>();
function lowerEmail(c: { email?: string | null }): string | null {
  let value = lowered.get(c);
  if (value === undefined) {
    value = c.email?.toLowerCase() ?? null;
    lowered.set(c, value);
  }
  return value;
}

export function companyDomains(opp: OpportunityRecord): string[] {
  const out = new Set<string>();
  for (const c of opp.contacts ?? []) {
    const d = c.email ? domainOf(c.email.toLowerCase()) : null;
    if (d && !PUBLIC_MAIL_DOMAINS.has(d) && !isAtsDomain(d)) out.add(d);
  }
  if (opp.url) {
    try {
      let host = new URL(opp.url).hostname.toLowerCase();
      while (HOST_PREFIX.test(host) && host.split('.').length > 2) host = host.replace(HOST_PREFIX, '');
      if (!PUBLIC_MAIL_DOMAINS.has(host) && !isAtsDomain(host) && host.includes('.')) out.add(host);
    } catch {
      // Not a URL: no domain from it.
    }
  }
  return [...out];
}

function participants(m: MatchableMessage): MailAddress[] {
  return [...(m.from ? [m.from] : []), ...m.replyTo, ...m.to, ...m.cc];
}

function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at > 0 ? address.slice(at + 1).replace(/\.$/, '') : null;
}

function normalise(s: string): string {
  return ` ${s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Opportunities whose company is named in the sender name, subject or new text. */
function companiesNamed(m: MatchableMessage, opportunities: readonly OpportunityRecord[]): string[] {
  const hay = normalise(`${m.from?.name ?? ''} ${m.subject} ${m.text.slice(0, 20_000)}`);
  const ids: string[] = [];
  for (const opp of opportunities) {
    const full = normalise(opp.company);
    const short = normalise(opp.company.replace(LEGAL_SUFFIX, ''));
    if ((full.trim() !== '' && hay.includes(full)) || (short.trim().length >= 3 && hay.includes(short)))
      ids.push(opp.id);
  }
  return ids;
}

/** Picks among several fitting opportunities by role named, then thread; null when still tied. */
function disambiguate(
  ids: string[],
  m: MatchableMessage,
  opportunities: readonly OpportunityRecord[],
  knownMessages: (messageId: string) => string | null,
): string | null {
  for (const id of [m.inReplyTo, ...m.references]) {
    const opp = id ? knownMessages(id) : null;
    if (opp && ids.includes(opp)) return opp;
  }
  const hay = normalise(`${m.subject} ${m.text.slice(0, 20_000)}`);
  const byRole = ids.filter((id) => {
    const role = opportunities.find((o) => o.id === id)?.role;
    return role ? hay.includes(normalise(role)) : false;
  });
  if (byRole.length === 1) return byRole[0]!;
  const open = ids.filter((id) => (opportunities.find((o) => o.id === id)?.status ?? 'open') === 'open');
  return open.length === 1 ? open[0]! : null;
}

function found(opportunityId: string, contactId: string | null, method: MatchMethod, reason: string): Match {
  return { opportunityId, contactId, method, reason, candidates: [] };
}

function ambiguous(candidates: string[], reason: string): Match {
  return { opportunityId: null, contactId: null, method: null, reason: `ambiguous: ${reason}`, candidates };
}

function none(reason: string): Match {
  return { opportunityId: null, contactId: null, method: null, reason, candidates: [] };
}
