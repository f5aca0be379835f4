/**
 * Idempotent web actions: a state-changing request (POST, PUT, PATCH,
 * DELETE) that carries an `Idempotency-Key` header is done once per key and
 * seeker. The web app sends a new random key for each action and the same
 * key when it retries that action, so a retry after a lost answer gets the
 * first answer again (marked `Idempotent-Replayed: true`) instead of a
 * second touch, offer or opportunity.
 *
 * - The same key with another request (method, path or body) is refused:
 *   422 `idempotency_key_reused`; the first request stays as it was.
 * - The same key while its first request still runs: 409 `request_in_progress`.
 * - A first request that fails on the server's side (5xx) is forgotten, so
 *   its retry runs again; answers below 500 (success or bad input) are kept.
 * - Keys are kept for KEY_LIFETIME_MS; a request without the header is
 *   simply done (the command line, scripts).
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../records/errors.js';
import type { ServerEnv } from './env.js';

/** How long a key is remembered: a day covers any retry of one action, even from a laptop that slept. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A key: 1 to 200 visible ASCII characters (a UUID is 36). */
const KEY = /^[\x21-\x7e]{1,200}$/;

const CHANGES_STATE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The middleware, mounted on /api/* after the request's context is set.
 * Throws `invalid_header` for a malformed key, `idempotency_key_reused` and
 * `request_in_progress` as above.
 */
export function idempotentRequests(): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const key = c.req.header('Idempotency-Key');
    if (key === undefined || !CHANGES_STATE.has(c.req.method)) return next();
    if (!KEY.test(key)) {
      throw new AppError('invalid_header', 'the Idempotency-Key header must be 1 to 200 visible ASCII characters', {
        hint: 'send a random id such as a UUID, new for each action and the same when retrying it',
      });
    }
    const { store, now } = c.var.ctx;
    // Hono keeps the body it read, so the route reads it again; read as bytes, so a body that is not
    // UTF-8 (a Latin-1 or UTF-16 CSV file) reaches the route as it was sent, not as decoded text.
    const hash = createHash('sha256')
      .update(new Uint8Array(await c.req.arrayBuffer()))
      .digest('hex');
    const request = `${c.req.method} ${c.req.path} ${hash}`;
    const claim = await store.claimRequestKey({ key, request, nowMs: now.epochMilliseconds, keepMs: KEY_LIFETIME_MS });
    if (claim.state === 'mismatch') {
      throw new AppError('idempotency_key_reused', 'this Idempotency-Key was used for another request', {
        hint: 'send a new key for each action, and the same key only to retry the same request',
      });
    }
    if (claim.state === 'pending') {
      throw new AppError('request_in_progress', 'the first request with this Idempotency-Key has not finished', {
        hint: 'wait a moment, then retry with the same key to get its answer',
      });
    }
    if (claim.state === 'done') {
      const { status, contentType, body } = claim.response;
      return c.body(body, status as ContentfulStatusCode, {
        ...(contentType ? { 'Content-Type': contentType } : {}),
        'Idempotent-Replayed': 'true',
      });
    }
    try {
      await next();
    } catch (error) {
      await store.releaseRequestKey(key);
      throw error;
    }
    if (c.res.status >= 500) {
      await store.releaseRequestKey(key);
      return;
    }
    await store.finishRequestKey(key, {
      status: c.res.status,
      contentType: c.res.headers.get('Content-Type'),
      body: await c.res.clone().text(),
    });
  };
}
