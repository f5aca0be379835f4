/**
 * The vocabulary of `applyEvent` (apply-event.ts): what happened to an
 * opportunity (a message heard, sent or read from mail, an invitation to a
 * meeting or its cancellation), the facts that changes, and the effects a
 * timeline shows. Domain types only: instants and dates are Temporal values.
 */
import type { Temporal } from 'temporal-polyfill';
import type { ClosedStatus, Contact, Interview, Offer, Opportunity, Touch } from '../model.js';

/**
 * What `applyEvent` reads of an opportunity. A whole `Opportunity` fits.
 * Of its touches only which interviews they refer to matters (a thank-you
 * keeps its interview from being cancelled away).
 */
export type OpportunityFacts = Pick<
  Opportunity,
  'id' | 'status' | 'closedAt' | 'contacts' | 'interviews' | 'offers'
> & {
  touches: readonly Pick<Touch, 'interviewId'>[];
};

/** Someone an invitation names, already chosen as someone from the employer's side. */
export interface Person {
  name: string;
  /** Lower case. */
  email: string | null;
}

/** A meeting an invitation asks the seeker to (iCalendar `METHOD:REQUEST`). */
export interface MeetingInvitation {
  start: Temporal.Instant;
  durationMinutes: number;
  /** The meeting's title, kept as the interview's round. */
  round: string | null;
  /** The meeting's iCalendar UID: a later invitation with it moves the interview. */
  uid: string | null;
  /** The employer's people among the attendees: they become the interviewers (and contacts, when new). */
  people: readonly Person[];
}

/** The interview each known meeting UID stands for (the store's calendar events). */
export type KnownMeetings = ReadonlyMap<string, { opportunityId: string; interviewId: string }>;

/**
 * Something that happened to one opportunity. Any of the parts may be
 * present: a message read from mail can carry an invitation or call a
 * meeting off; an `.ics` file is an invitation alone.
 */
export interface OpportunityEvent {
  /**
   * The message, as the touch to record. An `out` thank-you with no
   * `interviewId` is tied to the latest interview that has ended by its time.
   */
  touch?: Touch | null;
  invitation?: MeetingInvitation | null;
  /** The UID of a meeting the message calls off. */
  cancels?: string | null;
}

/** One fact to write, in order. */
export type FactChange =
  | { type: 'contact'; contact: Contact }
  | { type: 'interview'; interview: Interview }
  | { type: 'interview-removed'; interviewId: string }
  /** Remember that the meeting `uid` is this interview. */
  | { type: 'meeting'; uid: string; interviewId: string }
  | { type: 'touch'; touch: Touch }
  | { type: 'offer'; offer: Offer }
  | { type: 'closed'; status: Extract<ClosedStatus, 'rejected' | 'withdrawn'>; at: Temporal.Instant };

/** What an event changed, as the timeline says it (see `effectText`). */
export type Effect =
  | { type: 'interview-scheduled'; interviewId: string }
  | { type: 'interview-moved'; interviewId: string; to: Temporal.Instant }
  | { type: 'interview-cancelled'; interviewId: string }
  | { type: 'offer-received'; offerId: string }
  | { type: 'closed'; status: Extract<ClosedStatus, 'rejected' | 'withdrawn'> };

/** What became of an invitation. */
export interface InvitationOutcome {
  interviewId: string;
  /** `scheduled`: a new interview; `moved`: a known meeting at a new time; `known`: nothing to change. */
  outcome: 'scheduled' | 'moved' | 'known';
}

/** What `applyEvent` decided. */
export interface EventResult {
  /** The opportunity as it stands after the event (its touches: those that refer to an interview). */
  opportunity: OpportunityFacts;
  /** The facts to write, in order. Empty when the event changes nothing. */
  changes: FactChange[];
  /** What the timeline shows next to the event, in order. */
  effects: Effect[];
  /** The touch as recorded (a thank-you tied to its interview), or null without one. */
  touch: Touch | null;
  /** What became of the invitation, or null without one. */
  invitation: InvitationOutcome | null;
}
