/**
 * The one way the UI talks to the server: JSON over /api/, errors turned
 * into `ApiError` with the server's stable code and its message.
 */
import { OPPORTUNITY_STATUSES, OUT_PURPOSES, type OutPurpose } from '../../src/core/model.js';
import type { ErrorBody, InboxEntry, Stage, TodayJson } from '../../src/server/api.types.js';

// What the server answers and accepts, typed by the server itself (type-only: nothing of it is bundled).
export type * from '../../src/server/api.types.js';

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
 * the retry with its first answer. `body` goes as JSON, as text when it is a
 * string, or as its bytes when it is a file (a Blob).
 */
export async function api<T>(method: string, path: string, body?: unknown, actionKey?: string): Promise<T> {
  const key = method === 'GET' ? null : (actionKey ?? newActionKey());
  // A file goes as its bytes, as they are: the server tells their encoding.
  const file = body instanceof Blob ? body : null;
  const headers: Record<string, string> = {
    ...(body === undefined
      ? {}
      : { 'Content-Type': file ? file.type || 'application/octet-stream' : 'application/json' }),
    ...(key === null ? {} : { 'Idempotency-Key': key }),
  };
  let res: Response | null = null;
  for (let attempt = 1; res === null; attempt++) {
    try {
      res = await fetch(`/api${path}`, {
        method,
        credentials: 'same-origin',
        headers,
        ...(body === undefined ? {} : { body: file ?? (typeof body === 'string' ? body : JSON.stringify(body)) }),
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
    const err = (data as { error?: Partial<ErrorBody> } | null)?.error;
    throw new ApiError(err?.code ?? 'error', err?.message ?? `request failed (${res.status})`, res.status, err?.hint);
  }
  return data as T;
}

export const STAGES: readonly Stage[] = ['applied', 'interviewing', 'waiting', 'offer', 'closed'];
// The vocabularies are the domain's own (src/core/model.ts is pure, so the UI can share it).
export { CHANNELS, IN_KINDS, OUT_PURPOSES } from '../../src/core/model.js';
export const CLOSED_STATUSES = OPPORTUNITY_STATUSES.filter(
  (s): s is Exclude<(typeof OPPORTUNITY_STATUSES)[number], 'open'> => s !== 'open',
);

/**
 * The purpose an item's draft is logged under once sent (`POST .../sent`):
 * the item's kind when it is one, else null (a kind that sends nothing).
 */
export function sentPurposeOf(kind: string): OutPurpose | null {
  return OUT_PURPOSES.find((purpose) => purpose === kind) ?? null;
}

/** The lean agenda Today reads: items without drafts, and what is snoozed (`GET /api/today`). */
export const getToday = () => api<TodayJson>('GET', '/today');
export const itemPath = (id: string) => `/items/${encodeURIComponent(id)}`;
export const oppPath = (id: string) => `/opportunities/${encodeURIComponent(id)}`;

export const getInbox = () => api<InboxEntry[]>('GET', '/inbox');

/** Fired on window when the review list changed, so the navigation's count follows. */
export const INBOX_CHANGED = 'afterview:inbox-changed';
