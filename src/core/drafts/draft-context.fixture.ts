/**
 * A draft context for tests: Sam Lee (New York) after an onsite with Jane
 * Smith at Acme for a Product Designer role, on Tuesday 2026-11-17, with today
 * Friday 2026-11-20. Override any field.
 */
import { Temporal } from 'temporal-polyfill';
import {
  type Contact,
  DEFAULT_SETTINGS,
  type Interview,
  type ItemKind,
  type Opportunity,
  type Profile,
} from '../model.js';
import type { DraftContext } from './draft.types.js';

export const JANE: Contact = { id: 'c-jane', name: 'Jane Smith', email: 'jane@acme.example', title: 'Design Lead' };

export const SAM: Profile = {
  name: 'Sam Lee',
  email: 'sam@example.org',
  timezone: 'America/New_York',
  country: 'US',
  signature: null,
  settings: { ...DEFAULT_SETTINGS },
};

/** 14:00 in New York on Tuesday 2026-11-17. */
export const ONSITE: Interview = {
  id: 'i-onsite',
  at: Temporal.Instant.from('2026-11-17T19:00:00Z'),
  durationMinutes: 60,
  round: 'Onsite',
  interviewers: [JANE.id],
  timelineAsked: false,
  decisionBy: null,
  notes: 'Discussed the design system migration. Went well.',
};

export function opportunity(over: Partial<Opportunity> = {}): Opportunity {
  return {
    id: 'o-acme',
    company: 'Acme',
    role: 'Product Designer',
    interest: 5,
    createdAt: Temporal.Instant.from('2026-11-01T15:00:00Z'),
    status: 'open',
    closedAt: null,
    url: null,
    notes: '',
    contacts: [JANE],
    interviews: [ONSITE],
    touches: [],
    offers: [],
    snoozed: [],
    dismissed: [],
    ...over,
  };
}

export function draftContext(kind: ItemKind, over: Partial<DraftContext> = {}): DraftContext {
  return {
    kind,
    profile: SAM,
    opportunity: kind === 'keep-searching' ? null : opportunity(),
    contact: JANE,
    interview: ONSITE,
    competingOffer: null,
    promisedDate: null,
    otherOpenOpportunities: 0,
    firstChoice: true,
    pipeline: { open: 2, addedRecently: 0, minOpen: 3, newOpportunityDays: 7 },
    template: null,
    today: Temporal.PlainDate.from('2026-11-20'),
    ...over,
  };
}
