/**
 * What an event does to an opportunity: the one place that decides it, for
 * `heard`, `sent` by mail, the inbox review, `import mail`, `sync imap` and
 * `import ics`. Pure: the caller loads the opportunity, passes the event and
 * writes the changes returned.
 *
 * The rules (PLAYBOOK "Words", INGEST "What is read"):
 * - an invitation for a meeting already known by its UID moves its
 *   interview when the time or length changed; one at the start of an
 *   interview already logged is that interview; otherwise it schedules a new
 *   one, with the employer's attendees as interviewers (added as contacts
 *   when new, as `interview --with` does);
 * - a cancellation removes the interview of a known meeting when it is
 *   still ahead at the message's time and no touch refers to it (a meeting
 *   that took place stays, whatever is said later);
 * - an `out` thank-you without an interview thanks for the latest interview
 *   that has ended by then (the latest END, as the thank-you rule reads it);
 * - an `in` offer makes the pending offer received (its answer date
 *   becomes the deadline) or adds one; an `in` rejection closes an open
 *   opportunity as rejected; an `out` withdrawal closes it as withdrawn.
 */
import type { Temporal } from 'temporal-polyfill';
import { nextId, slugify, uniqueId } from '../ids.js';
import type { Contact, Interview, Offer, Touch } from '../model.js';
import type {
  Effect,
  EventResult,
  FactChange,
  InvitationOutcome,
  KnownMeetings,
  MeetingInvitation,
  OpportunityEvent,
  OpportunityFacts,
  Person,
} from './event.types.js';

const NO_MEETINGS: KnownMeetings = new Map();

/**
 * The interview whose end is the latest end at or before `at`; a tie goes to
 * the higher id, as in the engine (src/core/playbook/derived.ts). Null when
 * none has ended.
 */
export function latestEndedInterview<T extends Pick<Interview, 'id' | 'at' | 'durationMinutes'>>(
  interviews: readonly T[],
  at: Temporal.Instant,
): T | null {
  const atMs = at.epochMilliseconds;
  let best: T | null = null;
  let bestEnd = Number.NEGATIVE_INFINITY;
  for (const iv of interviews) {
    const end = iv.at.epochMilliseconds + iv.durationMinutes * 60_000;
    if (end > atMs) continue;
    if (end > bestEnd || (end === bestEnd && best !== null && iv.id > best.id)) {
      best = iv;
      bestEnd = end;
    }
  }
  return best;
}

/**
 * Decides what `event` does to `opp`.
 * @param opp the opportunity before the event.
 * @param event a touch, an invitation, a cancellation, or several of them (applied in that order:
 *   invitation, cancellation, touch, then what the touch settles).
 * @param meetings the interview each known meeting UID stands for; only this opportunity's count.
 * @returns the changes to write, the effects to show, and the opportunity after them. Never throws.
 */
export function applyEvent(
  opp: OpportunityFacts,
  event: OpportunityEvent,
  meetings: KnownMeetings = NO_MEETINGS,
): EventResult {
  const state: Draft = {
    opp: { ...opp },
    changes: [],
    effects: [],
  };
  const own = (uid: string | null | undefined): string | null => {
    const known = uid ? meetings.get(uid) : undefined;
    return known?.opportunityId === opp.id ? known.interviewId : null;
  };
  const invitation = event.invitation ? invite(state, event.invitation, own(event.invitation.uid)) : null;
  if (event.cancels && event.touch) cancel(state, own(event.cancels), event.touch.at);
  const touch = event.touch ? tieThankYou(event.touch, state.opp.interviews) : null;
  if (touch) {
    state.changes.push({ type: 'touch', touch });
    if (touch.interviewId !== null) state.opp.touches = [...state.opp.touches, { interviewId: touch.interviewId }];
    settle(state, touch);
  }
  return { opportunity: state.opp, changes: state.changes, effects: state.effects, touch, invitation };
}

/** The work in progress: the opportunity as changed so far, and what was decided. */
interface Draft {
  opp: OpportunityFacts;
  changes: FactChange[];
  effects: Effect[];
}

function invite(state: Draft, invitation: MeetingInvitation, knownId: string | null): InvitationOutcome {
  const interviews = state.opp.interviews;
  const earlier = knownId === null ? undefined : interviews.find((iv) => iv.id === knownId);
  if (earlier) {
    if (earlier.at.equals(invitation.start) && earlier.durationMinutes === invitation.durationMinutes)
      return { interviewId: earlier.id, outcome: 'known' };
    const moved: Interview = { ...earlier, at: invitation.start, durationMinutes: invitation.durationMinutes };
    state.opp.interviews = interviews.map((iv) => (iv === earlier ? moved : iv));
    state.changes.push({ type: 'interview', interview: moved });
    state.effects.push({ type: 'interview-moved', interviewId: moved.id, to: moved.at });
    return { interviewId: moved.id, outcome: 'moved' };
  }
  const sameStart = interviews.find((iv) => iv.at.equals(invitation.start));
  if (sameStart) {
    if (invitation.uid) state.changes.push({ type: 'meeting', uid: invitation.uid, interviewId: sameStart.id });
    return { interviewId: sameStart.id, outcome: 'known' };
  }
  const interviewers: string[] = [];
  for (const person of invitation.people) {
    const id = contactFor(state, person);
    if (!interviewers.includes(id)) interviewers.push(id);
  }
  const interview: Interview = {
    id: nextId('i', interviews),
    at: invitation.start,
    durationMinutes: invitation.durationMinutes,
    round: invitation.round,
    interviewers,
    timelineAsked: false,
    decisionBy: null,
    notes: '',
  };
  state.opp.interviews = [...interviews, interview];
  state.changes.push({ type: 'interview', interview });
  if (invitation.uid) state.changes.push({ type: 'meeting', uid: invitation.uid, interviewId: interview.id });
  state.effects.push({ type: 'interview-scheduled', interviewId: interview.id });
  return { interviewId: interview.id, outcome: 'scheduled' };
}

/**
 * The contact `person` is (by address, else by name, without case), or a new
 * one named after their first name. A known contact without an address
 * takes theirs.
 */
function contactFor(state: Draft, person: Person): string {
  const contacts = state.opp.contacts;
  const email = person.email?.toLowerCase() ?? null;
  const name = person.name.toLowerCase();
  const found = contacts.find((c) => (email && c.email?.toLowerCase() === email) || c.name.toLowerCase() === name);
  if (found) {
    if (email && !found.email) {
      const completed: Contact = { ...found, email };
      state.opp.contacts = contacts.map((c) => (c === found ? completed : c));
      state.changes.push({ type: 'contact', contact: completed });
    }
    return found.id;
  }
  const taken = new Set(contacts.map((c) => c.id));
  const contact: Contact = {
    id: uniqueId(slugify(person.name.split(/\s+/)[0] ?? person.name), taken),
    name: person.name,
    email,
    title: null,
  };
  state.opp.contacts = [...contacts, contact];
  state.changes.push({ type: 'contact', contact });
  return contact.id;
}

/** A cancelled meeting that is still ahead and that no touch refers to is no interview. */
function cancel(state: Draft, knownId: string | null, at: Temporal.Instant): void {
  const cancelled = knownId === null ? undefined : state.opp.interviews.find((iv) => iv.id === knownId);
  if (!cancelled || cancelled.at.epochMilliseconds <= at.epochMilliseconds) return;
  if (state.opp.touches.some((t) => t.interviewId === cancelled.id)) return;
  state.opp.interviews = state.opp.interviews.filter((iv) => iv !== cancelled);
  state.changes.push({ type: 'interview-removed', interviewId: cancelled.id });
  state.effects.push({ type: 'interview-cancelled', interviewId: cancelled.id });
}

/** The touch as recorded: a thank-you with no interview named thanks for the latest one that has ended. */
function tieThankYou(touch: Touch, interviews: readonly Interview[]): Touch {
  if (touch.direction !== 'out' || touch.purpose !== 'thank-you' || touch.interviewId !== null) return touch;
  const ended = latestEndedInterview(interviews, touch.at);
  return ended ? { ...touch, interviewId: ended.id } : touch;
}

/** What a touch settles: an offer received, the opportunity closed as rejected or withdrawn. */
function settle(state: Draft, touch: Touch): void {
  if (touch.direction === 'in' && touch.kind === 'offer') {
    const offers = state.opp.offers;
    const pending = offers.find((o) => o.status === 'expected' || o.status === 'received');
    const offer: Offer = pending
      ? { ...pending, status: 'received', deadline: touch.decisionBy ?? pending.deadline }
      : { id: nextId('o', offers), status: 'received', at: touch.at, deadline: touch.decisionBy, decidedAt: null };
    state.opp.offers = pending ? offers.map((o) => (o === pending ? offer : o)) : [...offers, offer];
    state.changes.push({ type: 'offer', offer });
    state.effects.push({ type: 'offer-received', offerId: offer.id });
  }
  const closes =
    touch.direction === 'in'
      ? touch.kind === 'rejection'
        ? 'rejected'
        : null
      : touch.purpose === 'withdraw'
        ? 'withdrawn'
        : null;
  if (closes && state.opp.status === 'open') {
    state.opp.status = closes;
    state.opp.closedAt = touch.at;
    state.changes.push({ type: 'closed', status: closes, at: touch.at });
    state.effects.push({ type: 'closed', status: closes });
  }
}
