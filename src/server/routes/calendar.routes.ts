/**
 * The calendar feed: under /api, the feed's address and replacing it; and
 * the feed itself at /calendar/<token>.ics, outside /api so a calendar app
 * can subscribe without the browser's cookie or the server's token. The
 * token in the path is the only key: a wrong or missing one gets exactly
 * what any unknown address gets.
 */
import { Hono } from 'hono';
import { exportCalendar } from '../../app/commands/calendar.js';
import { calendarFeedAllows, calendarFeedToken, rotateCalendarFeedToken } from '../../app/commands/calendar-feed.js';
import type { ServerEnv } from '../env.js';

const feedPath = (token: string) => `/calendar/${token}.ics`;

export const calendarRoutes = new Hono<ServerEnv>()
  .get('/calendar', async (c) => c.json({ url: feedPath(await calendarFeedToken(c.var.ctx)) }))
  .post('/calendar/rotate', async (c) => c.json({ url: feedPath(await rotateCalendarFeedToken(c.var.ctx)) }));

/** Mounted at the root: `GET /calendar/:feed` where `:feed` is `<token>.ics`. */
export const calendarFeedRoutes = new Hono<ServerEnv>().get('/calendar/:feed', async (c, next) => {
  const feed = c.req.param('feed');
  const token = feed.endsWith('.ics') ? feed.slice(0, -'.ics'.length) : null;
  const ctx = c.var.ctx;
  // Fall through to whatever answers any other address (the web build's 404), so a miss tells nothing.
  if (!(await calendarFeedAllows(ctx, token))) return next();
  const ics = await exportCalendar(ctx);
  c.header('Content-Type', 'text/calendar; charset=utf-8');
  c.header('Cache-Control', 'no-cache');
  return c.body(ics);
});
