/**
 * The calendar feed: under /api, the feed's address and replacing it; and
 * the feed itself at /calendar/<token>.ics, outside /api so a calendar app
 * can subscribe without the browser's cookie or the server's token. The
 * token in the path is the only key: a wrong or missing one gets exactly
 * what any unknown address gets.
 */
import { Hono } from 'hono';
import { calendarFeedAllows } from '../../app/commands/calendar-feed.js';
import { invoke } from '../../app/registry/command.js';
import { COMMANDS } from '../../app/registry/index.js';
import { commandRoute } from '../bind.js';
import type { ServerEnv } from '../env.js';

/** The feed's address on this server: its path carries the secret token. */
const feedUrl = ({ token }: { token: string }) => ({ url: `/calendar/${token}.ics` });

export const calendarRoutes = new Hono<ServerEnv>()
  .get('/calendar', commandRoute(COMMANDS.calendarFeed, { present: feedUrl }))
  .post('/calendar/rotate', commandRoute(COMMANDS.rotateCalendarFeed, { present: feedUrl }));

/** Mounted at the root: `GET /calendar/:feed` where `:feed` is `<token>.ics`. */
export const calendarFeedRoutes = new Hono<ServerEnv>().get('/calendar/:feed', async (c, next) => {
  const feed = c.req.param('feed');
  const token = feed.endsWith('.ics') ? feed.slice(0, -'.ics'.length) : null;
  const ctx = c.var.ctx;
  // Fall through to whatever answers any other address (the web build's 404), so a miss tells nothing.
  if (!(await calendarFeedAllows(ctx, token))) return next();
  const ics = await invoke(COMMANDS.exportCalendar, ctx, {});
  c.header('Content-Type', 'text/calendar; charset=utf-8');
  c.header('Cache-Control', 'no-cache');
  return c.body(ics);
});
