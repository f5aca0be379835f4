/**
 * The agenda and its items (snooze, dismiss, restore, draft with its tone
 * check), the lean agenda the web app's Today reads (`/today`), the
 * tone check on any text, and the preview of a date in words; each route is
 * one registry command (src/app/registry/items.registry.ts,
 * dates.registry.ts).
 */
import { Hono } from 'hono';
import { COMMANDS } from '../../app/registry/index.js';
import { commandRoute } from '../bind.js';
import type { ServerEnv } from '../env.js';

export const agendaRoutes = new Hono<ServerEnv>()
  .get('/agenda', commandRoute(COMMANDS.getAgenda))
  .post('/items/:item/snooze', commandRoute(COMMANDS.snoozeItem))
  .get('/today', commandRoute(COMMANDS.showToday))
  .post('/items/:item/dismiss', commandRoute(COMMANDS.dismissItem))
  .post('/items/:item/restore', commandRoute(COMMANDS.restoreItem))
  .get('/items/:item/draft', commandRoute(COMMANDS.draftItem))
  .post('/check', commandRoute(COMMANDS.checkTone))
  .get('/when', commandRoute(COMMANDS.readWhen));
