/**
 * Mail that arrives by itself, in the web app: the always-on watch's status,
 * connecting an account from a provider preset, and a stream of
 * server-sent events (`GET /api/events`) that says `revision` whenever the
 * seeker's data changed, from any writer (the mail watch, another tab, the
 * CLI), so the open views reload within a second or two.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { onDataChanged } from '../../app/mail-watch/changes.js';
import { COMMANDS } from '../../app/registry/index.js';
import { commandRoute } from '../bind.js';
import type { ServerEnv } from '../env.js';

/** How often an open event stream reads the store's revision (one indexed row read). */
const REVISION_POLL_MS = 1000;
/** A comment line this often keeps proxies from closing a quiet stream. */
const KEEPALIVE_MS = 25_000;

export const liveRoutes = new Hono<ServerEnv>()
  .get('/mail/status', commandRoute(COMMANDS.mailStatus))
  .get('/mail/providers', commandRoute(COMMANDS.listMailProviders))
  .post('/mail/connect', commandRoute(COMMANDS.connectMail))
  .post('/mail/test', commandRoute(COMMANDS.testMail))
  .get('/events', (c) => {
    const store = c.var.ctx.store;
    return streamSSE(c, async (stream) => {
      let closed = false;
      // The mail watch's word that it wrote ends the current wait at once.
      let nudge = () => {};
      const stop = onDataChanged((seekerId) => {
        if (seekerId === store.seekerId) nudge();
      });
      stream.onAbort(() => {
        closed = true;
        stop();
        nudge();
      });
      let last = await store.revision();
      await stream.writeSSE({ event: 'revision', data: JSON.stringify({ revision: last }) });
      let quiet = 0;
      while (!closed) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, REVISION_POLL_MS);
          nudge = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        if (closed) break;
        const now = await store.revision().catch(() => last);
        quiet += REVISION_POLL_MS; // at most; a nudge only brings the next keep-alive sooner
        if (now !== last) {
          last = now;
          quiet = 0;
          await stream.writeSSE({ event: 'revision', data: JSON.stringify({ revision: now }) });
        } else if (quiet >= KEEPALIVE_MS) {
          quiet = 0;
          await stream.write(': still here\n\n');
        }
      }
    });
  });
