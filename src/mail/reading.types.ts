/**
 * The shape of a reading of one message (see classify.ts): what it says and
 * how sure the reader is. Its own module so that the reader's helpers
 * (families.ts) can name it without importing the reader.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Invitation } from '../calendar/invite.js';
import type { InKind, OutPurpose } from '../core/model.js';

export interface ReadingBase {
  /** 0..1; below `REVIEW_BELOW` the app should ask the seeker to confirm. */
  confidence: number;
  /** Short reasons, for review screens and debugging ("header Auto-Submitted: auto-replied"). */
  reasons: string[];
  /** The new text the reading was made from. */
  text: string;
  /** The interview a `METHOD:REQUEST` calendar part schedules, if any. */
  invitation: Invitation | null;
  /** The UID of the meeting a `METHOD:CANCEL` calendar part calls off, if any. */
  cancels: string | null;
}

/** A sent message. */
export interface OutReading extends ReadingBase {
  direction: 'out';
  purpose: OutPurpose;
  decisionBy: null;
}

/** A received message; `decisionBy` is the promise (or, for an offer, the answer deadline). */
export interface InReading extends ReadingBase {
  direction: 'in';
  kind: InKind;
  decisionBy: Temporal.PlainDate | null;
}

export type Reading = OutReading | InReading;
