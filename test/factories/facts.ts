/**
 * Small builders for domain facts in rule tests: literal ISO strings in,
 * Temporal values out, every optional field defaulted. Pure.
 */
import { Temporal } from 'temporal-polyfill';
import {
  type Contact,
  DEFAULT_SETTINGS,
  type Facts,
  type InTouch,
  type Interview,
  type Offer,
  type Opportunity,
  type OutTouch,
  type Profile,
  type Settings,
} from '../../src/core/model.js';

const I = (s: string) => Temporal.Instant.from(s);
const D = (s: string) => Temporal.PlainDate.from(s);

export function profile(over: Partial<Omit<Profile, 'settings'>> & { settings?: Partial<Settings> } = {}): Profile {
  return {
    name: 'Sam Lee',
    email: 'sam@example.com',
    timezone: 'America/New_York',
    country: 'US',
    signature: null,
    ...over,
    settings: { ...DEFAULT_SETTINGS, ...over.settings },
  };
}

export function contact(id: string, name = 'Jane Doe'): Contact {
  return { id, name, email: `${id}@example.com`, title: null };
}

export function interview(
  id: string,
  at: string,
  over: Partial<Omit<Interview, 'at' | 'decisionBy'>> & { decisionBy?: string | null } = {},
): Interview {
  const { decisionBy, ...rest } = over;
  return {
    id,
    at: I(at),
    durationMinutes: 60,
    round: null,
    interviewers: [],
    timelineAsked: false,
    notes: '',
    ...rest,
    decisionBy: decisionBy == null ? null : D(decisionBy),
  };
}

export function sent(id: string, at: string, purpose: OutTouch['purpose'], over: Partial<OutTouch> = {}): OutTouch {
  return {
    id,
    at: I(at),
    direction: 'out',
    purpose,
    channel: 'email',
    contactId: null,
    interviewId: null,
    subject: null,
    body: null,
    messageId: null,
    ...over,
  };
}

export function heard(
  id: string,
  at: string,
  kind: InTouch['kind'],
  over: Partial<Omit<InTouch, 'decisionBy'>> & { decisionBy?: string | null } = {},
): InTouch {
  const { decisionBy, ...rest } = over;
  return {
    id,
    at: I(at),
    direction: 'in',
    kind,
    channel: 'email',
    contactId: null,
    interviewId: null,
    subject: null,
    body: null,
    messageId: null,
    ...rest,
    decisionBy: decisionBy == null ? null : D(decisionBy),
  };
}

export function offer(
  id: string,
  at: string,
  status: Offer['status'],
  over: { deadline?: string; decidedAt?: string } = {},
): Offer {
  return {
    id,
    at: I(at),
    status,
    deadline: over.deadline ? D(over.deadline) : null,
    decidedAt: over.decidedAt ? I(over.decidedAt) : null,
  };
}

export function opportunity(
  id: string,
  over: Partial<Omit<Opportunity, 'createdAt' | 'closedAt'>> & { createdAt?: string; closedAt?: string } = {},
): Opportunity {
  const { createdAt, closedAt, ...rest } = over;
  return {
    id,
    company: id.charAt(0).toUpperCase() + id.slice(1),
    role: 'Backend Engineer',
    interest: 3,
    status: 'open',
    url: null,
    notes: '',
    contacts: [],
    interviews: [],
    touches: [],
    offers: [],
    snoozed: [],
    dismissed: [],
    ...rest,
    createdAt: I(createdAt ?? '2026-10-01T12:00:00Z'),
    closedAt: closedAt ? I(closedAt) : null,
  };
}

export function facts(opportunities: Opportunity[], over: Partial<Facts> = {}, p: Profile = profile()): Facts {
  return { profile: p, opportunities, ...over };
}
