/**
 * The seam between the playbook engine and the drafts: the engine decides
 * which item is due, the drafts module words it. Pure types.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Contact, Draft, DraftTemplate, Interview, ItemKind, Opportunity, Profile } from '../model.js';

/** Everything a draft or a piece of guidance may be filled from. */
export interface DraftContext {
  kind: ItemKind;
  profile: Profile;
  /** null only for keep-searching. */
  opportunity: Opportunity | null;
  /** The person to write to, when known. */
  contact: Contact | null;
  /** The interview the item is about (thank-you, ask-timeline, prepare-timeline-question). */
  interview: Interview | null;
  /** For offer-nudge: the opportunity whose offer is expected or received. */
  competingOffer: {
    company: string;
    role: string | null;
    received: boolean;
    deadline: Temporal.PlainDate | null;
  } | null;
  /** For status-check: the date they had promised. */
  promisedDate: Temporal.PlainDate | null;
  /**
   * Open, undecided opportunities other than this one: what backs a mention
   * of "other processes" in explicit-check drafts and the tone check.
   */
  otherOpenOpportunities: number;
  /**
   * No open opportunity has a higher interest than this one (ties share the
   * place): only then may a draft call it the seeker's first choice.
   */
  firstChoice: boolean;
  /** Pipeline numbers, for keep-searching guidance. */
  pipeline: { open: number; addedRecently: number; minOpen: number; newOpportunityDays: number };
  /** The seeker's own template for this kind, if any. */
  template: DraftTemplate | null;
  /** Local "today" in the seeker's zone. */
  today: Temporal.PlainDate;
}

/** What a drafted item carries: a draft message, or guidance instead. */
export interface Wording {
  title: string;
  why: string;
  draft: Draft | null;
  guidance: string | null;
}
