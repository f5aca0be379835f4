/**
 * The subscribable calendar feed's secret: a random token kept with the
 * seeker's secrets (`calendar.token`), made on first use and replaced
 * on request, so a leaked feed link can be cut off. Not tied to HTTP: any
 * front end that serves the feed asks `calendarFeedAllows` about a token.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../context.js';
import { settingsOf } from '../seeker-settings.js';

/** 32 random bytes: far beyond guessing, and short enough for a URL (43 base64url characters). */
const TOKEN_BYTES = 32;

function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** The feed's token, made and saved on first use. Throws only when the secrets cannot be written. */
export async function calendarFeedToken(ctx: Pick<AppContext, 'home' | 'settings'>): Promise<string> {
  const { secrets } = settingsOf(ctx);
  const existing = (await secrets.read())['calendar.token'];
  if (existing) return existing;
  // Made under the lock, so two first uses at once agree on one token.
  const saved = await secrets.update((secrets) =>
    secrets['calendar.token'] ? secrets : { ...secrets, 'calendar.token': newToken() },
  );
  return saved['calendar.token'] as string;
}

/** Replaces the token: links carrying the old one stop working at once. Returns the new token. */
export async function rotateCalendarFeedToken(ctx: Pick<AppContext, 'home' | 'settings'>): Promise<string> {
  const token = newToken();
  await settingsOf(ctx).secrets.update((secrets) => ({ ...secrets, 'calendar.token': token }));
  return token;
}

/**
 * True when `given` is the saved token. The comparison takes the same time
 * wherever the two differ (both are hashed first, so lengths do not leak
 * either); with no token saved yet, nothing is allowed.
 */
export async function calendarFeedAllows(
  ctx: Pick<AppContext, 'home' | 'settings'>,
  given: string | null | undefined,
): Promise<boolean> {
  const expected = (await settingsOf(ctx).secrets.read())['calendar.token'];
  if (!expected || !given) return false;
  return timingSafeEqual(digest(given), digest(expected));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
