/**
 * The one way the UI talks to the server: JSON over /api/, errors turned
 * into `ApiError` with the server's stable code and its message.
 */
import type { AgendaJson } from '../../src/app/agenda.json.js';
// The server's own types for what it sends (type-only imports: nothing of the server is bundled).
import type { InboxEntry } from '../../src/app/commands/mail.js';
import type { SendResult } from '../../src/app/commands/send.js';
import { OPPORTUNITY_STATUSES } from '../../src/core/model.js';

export type { AgendaItemJson, AgendaJson, HoldJson } from '../../src/app/agenda.json.js';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly hint: string | null = null,
  ) {
    super(message);
  }
  /** What to show: the message and, when there is one, what would be right. */
  get line(): string {
    if (this.status === 401) return 'This server needs its token: open the link that `afterview serve` printed.';
    return this.hint ? `${this.message}; ${this.hint}` : this.message;
  }
}

/** A random id for one action (hex of 16 random bytes; crypto.getRandomValues works on plain http too). */
export function newActionKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Attempts for one request when the server does not answer (a dropped connection): the retry reuses the key. */
const ATTEMPTS = 2;

/**
 * One request. A state-changing one (anything but GET) carries an
 * `Idempotency-Key`: new for each call (each action), the same on the retry
 * after a lost connection, so the server does the action once and answers
 * the retry with its first answer.
 */
export async function api<T>(method: string, path: string, body?: unknown, actionKey?: string): Promise<T> {
  const key = method === 'GET' ? null : (actionKey ?? newActionKey());
  const headers: Record<string, string> = {
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    ...(key === null ? {} : { 'Idempotency-Key': key }),
  };
  let res: Response | null = null;
  for (let attempt = 1; res === null; attempt++) {
    try {
      res = await fetch(`/api${path}`, {
        method,
        credentials: 'same-origin',
        headers,
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
    } catch {
      if (attempt >= ATTEMPTS)
        throw new ApiError('offline', 'The afterview server is not answering. Is `afterview serve` still running?', 0);
      await new Promise((resume) => setTimeout(resume, 500));
    }
  }
  const text = await res.text();
  const data = text ? (JSON.parse(text) as unknown) : null;
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; hint?: string } } | null)?.error;
    throw new ApiError(err?.code ?? 'error', err?.message ?? `request failed (${res.status})`, res.status, err?.hint);
  }
  return data as T;
}

export type Stage = 'applied' | 'interviewing' | 'waiting' | 'offer' | 'closed';
export const STAGES: readonly Stage[] = ['applied', 'interviewing', 'waiting', 'offer', 'closed'];
// The vocabularies are the domain's own (src/core/model.ts is pure, so the UI can share it).
export { CHANNELS, IN_KINDS, OUT_PURPOSES } from '../../src/core/model.js';
export const CLOSED_STATUSES = OPPORTUNITY_STATUSES.filter(
  (s): s is Exclude<(typeof OPPORTUNITY_STATUSES)[number], 'open'> => s !== 'open',
);

export interface OpportunitySummary {
  id: string;
  company: string;
  role: string | null;
  interest: number;
  status: string;
  stage: Stage;
  interviews: number;
  lastTouchAt: string | null;
  createdAt: string;
}

export interface Contact {
  id: string;
  name: string;
  email?: string | null;
  title?: string | null;
}

export interface Interview {
  id: string;
  at: string;
  durationMinutes?: number;
  round?: string | null;
  interviewers?: string[];
  timelineAsked?: boolean;
  decisionBy?: string | null;
  notes?: string;
}

export interface Offer {
  id: string;
  status: 'expected' | 'received' | 'accepted' | 'declined';
  at: string;
  deadline?: string | null;
}

export interface TimelineEntry {
  type: 'created' | 'interview' | 'touch' | 'offer' | 'closed';
  at: string;
  id?: string;
  text: string;
  upcoming?: boolean;
  direction?: 'in' | 'out';
  /** For a touch read from mail: what that message changed ("interview i1 scheduled"). */
  effects?: string[];
}

export interface OpportunityStory {
  opportunity: {
    id: string;
    company: string;
    role?: string | null;
    interest?: number;
    status?: string;
    url?: string | null;
    notes?: string;
    contacts?: Contact[];
    interviews?: Interview[];
    offers?: Offer[];
    touches?: { id: string; messageId?: string | null }[];
  };
  stage: Stage;
  timeline: TimelineEntry[];
}

export interface ToneFlag {
  rule: string;
  start: number | null;
  end: number | null;
  text: string;
  suggestion: string;
}

export interface ConfigEntry {
  key: string;
  value: string | number | null;
  default?: number;
}

export interface Warning {
  code: string;
  message: string;
}

export const getAgenda = (all = true) => api<AgendaJson>('GET', `/agenda${all ? '?all=1' : ''}`);
export const itemPath = (id: string) => `/items/${encodeURIComponent(id)}`;
export const oppPath = (id: string) => `/opportunities/${encodeURIComponent(id)}`;

/** One message of the review list (`GET /api/inbox`), as the server types it. */
export type { InboxEntry, SendResult };

export const getInbox = () => api<InboxEntry[]>('GET', '/inbox');

/** Fired on window when the review list changed, so the navigation's count follows. */
export const INBOX_CHANGED = 'afterview:inbox-changed';
