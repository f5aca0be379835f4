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
import type { DateReading, InstantReading } from '../app/commands/dates.js';
import type { DraftResult } from '../app/commands/items.js';
import type { SendResult } from '../app/commands/send.js';
import type { CommandInput, CommandResult } from '../app/registry/command.js';
import type { COMMANDS } from '../app/registry/index.js';

export type {
  AgendaItemJson,
  AgendaJson,
  HoldJson,
  SnoozedItemJson,
  TodayItemJson,
  TodayJson,
} from '../app/agenda.json.js';
export type { ErrorBody } from './status.js';
export type { DraftResult, SendResult };

type Commands = typeof COMMANDS;
/** What a registry command returns: the body its route answers with. */
type Answer<K extends keyof Commands> = CommandResult<Commands[K]>;
/** What a registry command takes, less the fields its route's path gives (`opportunity`, `item`...). */
type Request<K extends keyof Commands, Path extends string = never> = Omit<CommandInput<Commands[K]>, Path>;

/** `GET /api/opportunities`: one row per opportunity, with its board stage. */
export type OpportunitySummary = Answer<'listOpportunities'>[number];
/** `GET /api/opportunities/:id`: the record, its stage and its timeline. */
export type OpportunityStory = Answer<'showOpportunity'>;
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
export type CheckAnswer = Answer<'checkTone'>;
export type ToneFlag = CheckAnswer['flags'][number];
/** `GET /api/settings`: every setting and account. */
export type ConfigEntry = Answer<'getConfig'>[number];
/** `POST /api/opportunities/:id/sent`: the touches logged and any warning (weekly gap, a promise standing). */
export type SentAnswer = Answer<'logSent'>;
export type Warning = SentAnswer['warnings'][number];
/** `POST /api/opportunities/:id/heard`: what was logged and what it changed. */
export type HeardAnswer = Answer<'logHeard'>;
/** `POST /api/opportunities/:id/interviews`: the ids, with the moment and decision date as read (ISO). */
export type InterviewAnswer = Answer<'logInterview'>;
/** `POST /api/opportunities/:id/offers`: the offer, with its deadline as read (ISO date). */
export type OfferAnswer = Answer<'logOffer'>;
/** `POST /api/opportunities/:id/offers/accept` and `/decline`. */
export type OfferDecisionAnswer = Answer<'acceptOffer'>;
/** `POST /api/items/:item/snooze`. */
export type SnoozeAnswer = Answer<'snoozeItem'>;
/** `POST /api/items/:item/restore`: the item whose snooze or dismissal was lifted. */
export type RestoreAnswer = Answer<'restoreItem'>;
/** `POST /api/import`. */
export type ImportAnswer = Answer<'importData'>;
/** `POST /api/import/csv`: the counts, and every row's outcome for the preview. */
export type ImportCsvAnswer = Answer<'importCsv'>;
/** One row of a CSV import's preview: created, updated (which fields), unchanged or failed (why). */
export type ImportCsvRow = NonNullable<ImportCsvAnswer['rows']>[number];
/** `POST /api/demo`. */
export type DemoAnswer = Answer<'loadDemo'>;
/** `GET /api/inbox`: one message of the review list. */
export type InboxEntry = Answer<'listInbox'>[number];
/** `GET /api/calendar` and `POST /api/calendar/rotate`: the feed's address (calendar.routes.ts). */
export interface CalendarAnswer {
  url: string;
}
/** `GET /api/when?text=...&kind=date|instant`: a date in words as the server reads it (agenda.routes.ts). */
export type WhenReading = DateReading | InstantReading;

/** `GET /api/mail/status`: what the always-on mail watch is doing, and the last failure. */
export type MailStatusAnswer = Answer<'mailStatus'>;
/** `GET /api/mail/providers`: the presets, with where each makes app passwords. */
export type MailProviderEntry = Answer<'listMailProviders'>[number];
/** `POST /api/mail/connect`: the saved URLs (passwords hidden) and what to know next. */
export type ConnectMailAnswer = Answer<'connectMail'>;
/** `POST /api/mail/test`: whether each server let the address sign in, in one line each. */
export type TestMailAnswer = Answer<'testMail'>;

/** `POST /api/opportunities`. */
export type CreateOpportunityRequest = Request<'addOpportunity'>;
/** `PATCH /api/opportunities/:id`. */
export type UpdateOpportunityRequest = Request<'updateOpportunity', 'opportunity'>;
/** `POST /api/opportunities/:id/interviews`. */
export type LogInterviewRequest = Request<'logInterview', 'opportunity'>;
/** `PATCH /api/opportunities/:id/interviews/:interviewId`. */
export type UpdateInterviewRequest = Request<'updateInterview', 'opportunity' | 'interview'>;
/** `POST /api/opportunities/:id/sent`. */
export type SentRequest = Request<'logSent', 'opportunity'>;
/** `POST /api/opportunities/:id/heard`. */
export type HeardRequest = Request<'logHeard', 'opportunity'>;
/** `POST /api/opportunities/:id/offers`. */
export type OfferRequest = Request<'logOffer', 'opportunity'>;
/** `POST /api/inbox/review`. */
export type ReviewRequest = Request<'reviewMail'>;
/** `POST /api/mail/connect` with an app password (the sign-in grant comes from the CLI). */
export type ConnectMailRequest = Omit<Request<'connectMail'>, 'oauth'>;
/** `POST /api/mail/test`. */
export type TestMailRequest = Request<'testMail'>;
/** `POST /api/items/:item/send`. */
export type SendRequest = Request<'sendItem', 'item'>;

/** `GET /api/seekers` (a coach's account): each seeker who granted access, with what needs the coach's attention. */
export interface SeekerEntry {
  id: string;
  email: string;
  name: string;
  summary: Answer<'seekerSummary'>;
}
export type { OpenOffer, SilentOpportunity } from '../app/commands/seeker-summary.js';
