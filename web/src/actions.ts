/**
 * Today's moves as actions that can be taken back: each does one request
 * (idempotent through its request key, see api.ts) and answers with the
 * sentence to show and the undo that reverses it (delete the logged touch,
 * restore the snoozed or dismissed item).
 */
import {
  api,
  itemPath,
  oppPath,
  type RestoreAnswer,
  type SentAnswer,
  type SentRequest,
  type SnoozeAnswer,
  sentPurposeOf,
} from './api.js';
import { formatDate } from './components/common.js';

/** The item fields an action needs. */
export interface ActedItem {
  id: string;
  kind: string;
  title: string;
  opportunityId: string | null;
  interviewId: string | null;
  contactId: string | null;
}

/** What an action did: the sentence for the seeker and how to take it back. */
export interface Done {
  text: string;
  undo: () => Promise<string>;
}

/** Logs the item's message as sent (the touch that completes it); undo deletes the touches logged. */
export async function markSent(item: ActedItem, message: { subject: string; body: string }): Promise<Done> {
  const purpose = sentPurposeOf(item.kind);
  const opportunity = item.opportunityId;
  if (!purpose || !opportunity) throw new Error(`There is nothing to log as sent for "${item.title}".`);
  const r = await api<SentAnswer>('POST', `${oppPath(opportunity)}/sent`, {
    purpose,
    interview: item.interviewId,
    to: item.contactId,
    subject: message.subject,
    body: message.body,
  } satisfies SentRequest);
  return {
    text: [`Logged: ${item.title}.`, ...r.warnings.map((w) => w.message)].join(' '),
    undo: async () => {
      for (const id of r.ids) await api('DELETE', `${oppPath(opportunity)}/touches/${encodeURIComponent(id)}`);
      return `Not logged any more: ${item.title}.`;
    },
  };
}

/** Dismisses the item for good; undo brings it back. */
export async function dismiss(item: ActedItem): Promise<Done> {
  await api('POST', `${itemPath(item.id)}/dismiss`);
  return { text: `Dismissed: ${item.title}.`, undo: () => restore(item) };
}

/** Puts the item off until `until` (ISO date or words the server reads); undo brings it back now. */
export async function snooze(item: ActedItem, until: string): Promise<Done> {
  const r = await api<SnoozeAnswer>('POST', `${itemPath(item.id)}/snooze`, { until });
  return { text: `Snoozed until ${formatDate(r.until)}: ${item.title}.`, undo: () => restore(item) };
}

/** Lifts a snooze or dismissal. */
export async function restore(item: ActedItem): Promise<string> {
  await api<RestoreAnswer>('POST', `${itemPath(item.id)}/restore`);
  return `Back on Today: ${item.title}.`;
}
