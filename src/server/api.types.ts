/**
 * What the HTTP API answers and accepts, as types only: each answer is the
 * return type of the app command its route calls (or, where the route
 * shapes the answer itself, that shape), each request body the input of the
 * route's zod schema. The web UI takes its types from here and nowhere else
 * in src/ (`import type`, checked by .dependency-cruiser.cjs), so a change on
 * the server shows up as a type error in the UI instead of a drift.
 *
 * Nothing here exists at run time: every import is `import type`.
 */
import type { z } from 'zod';
import type { importDocument, loadDemo } from '../app/commands/data.js';
import type { decideOffer, logHeard, logInterview, logOffer, logSent } from '../app/commands/facts.js';
import type { checkText, DraftResult, snoozeItem } from '../app/commands/items.js';
import type { inbox } from '../app/commands/mail.js';
import type { listOpportunities, showOpportunity } from '../app/commands/opportunities.js';
import type { SendResult } from '../app/commands/send.js';
import type { getConfig } from '../app/commands/settings.js';
import type { HeardBody, LogInterviewBody, OfferBody, SentBody, UpdateInterviewBody } from './routes/facts.routes.js';
import type { ReviewBody, SendBody } from './routes/mail.routes.js';
import type { CreateOpportunityBody, UpdateOpportunityBody } from './routes/opportunities.routes.js';

export type { AgendaItemJson, AgendaJson, HoldJson } from '../app/agenda.json.js';
export type { ErrorBody } from './status.js';
export type { DraftResult, SendResult };

/** What an app command resolves to: the body its route answers with. */
type Answer<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

/** `GET /api/opportunities`: one row per opportunity, with its board stage. */
export type OpportunitySummary = Answer<typeof listOpportunities>[number];
/** `GET /api/opportunities/:id`: the record, its stage and its timeline. */
export type OpportunityStory = Answer<typeof showOpportunity>;
/** One line of an opportunity's timeline, by `type` (a touch carries its direction, Message-ID and effects). */
export type TimelineEntry = OpportunityStory['timeline'][number];
/** Where an opportunity sits on the board. */
export type Stage = OpportunityStory['stage'];
/** An opportunity as the data file keeps it. */
export type Opportunity = OpportunityStory['opportunity'];
export type Contact = NonNullable<Opportunity['contacts']>[number];
export type Interview = NonNullable<Opportunity['interviews']>[number];
export type Offer = NonNullable<Opportunity['offers']>[number];
export type Touch = NonNullable<Opportunity['touches']>[number];

/** `POST /api/check`: the tone check's flags. */
export type CheckAnswer = Answer<typeof checkText>;
export type ToneFlag = CheckAnswer['flags'][number];
/** `GET /api/settings`: every setting and account. */
export type ConfigEntry = Answer<typeof getConfig>[number];
/** `POST /api/opportunities/:id/sent`: the touches logged and any warning (weekly gap, a promise standing). */
export type SentAnswer = Answer<typeof logSent>;
export type Warning = SentAnswer['warnings'][number];
/** `POST /api/opportunities/:id/heard`: what was logged and what it changed. */
export type HeardAnswer = Answer<typeof logHeard>;
/** `POST /api/opportunities/:id/interviews`: the ids, with the moment and decision date as read (ISO). */
export type InterviewAnswer = Answer<typeof logInterview> & { at: string; decisionBy: string | null };
/** `POST /api/opportunities/:id/offers`: the offer, with its deadline as read (ISO date). */
export type OfferAnswer = Answer<typeof logOffer> & { deadline: string | null };
/** `POST /api/opportunities/:id/offers/accept` and `/decline`. */
export type OfferDecisionAnswer = Answer<typeof decideOffer>;
/** `POST /api/items/:item/snooze`. */
export type SnoozeAnswer = Answer<typeof snoozeItem>;
/** `POST /api/import`. */
export type ImportAnswer = Answer<typeof importDocument>;
/** `POST /api/demo`. */
export type DemoAnswer = Answer<typeof loadDemo>;
/** `GET /api/inbox`: one message of the review list. */
export type InboxEntry = Answer<typeof inbox>[number];
/** `GET /api/calendar` and `POST /api/calendar/rotate`: the feed's address (calendar.routes.ts). */
export interface CalendarAnswer {
  url: string;
}
/** `GET /api/when?text=...&kind=date|instant`: a date in words as the server reads it (agenda.routes.ts). */
export type WhenReading =
  | { kind: 'date'; date: string; timezone: string }
  | { kind: 'instant'; at: string; date: string; timezone: string };

/** `POST /api/opportunities`. */
export type CreateOpportunityRequest = z.input<typeof CreateOpportunityBody>;
/** `PATCH /api/opportunities/:id`. */
export type UpdateOpportunityRequest = z.input<typeof UpdateOpportunityBody>;
/** `POST /api/opportunities/:id/interviews`. */
export type LogInterviewRequest = z.input<typeof LogInterviewBody>;
/** `PATCH /api/opportunities/:id/interviews/:interviewId`. */
export type UpdateInterviewRequest = z.input<typeof UpdateInterviewBody>;
/** `POST /api/opportunities/:id/sent`. */
export type SentRequest = z.input<typeof SentBody>;
/** `POST /api/opportunities/:id/heard`. */
export type HeardRequest = z.input<typeof HeardBody>;
/** `POST /api/opportunities/:id/offers`. */
export type OfferRequest = z.input<typeof OfferBody>;
/** `POST /api/inbox/review`. */
export type ReviewRequest = z.input<typeof ReviewBody>;
/** `POST /api/items/:item/send`. */
export type SendRequest = z.input<typeof SendBody>;
