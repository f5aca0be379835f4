/**
 * The agenda and its items (snooze, dismiss, draft with its tone check), the
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
  .post('/items/:item/dismiss', commandRoute(COMMANDS.dismissItem))
  .get('/items/:item/draft', commandRoute(COMMANDS.draftItem))
  .post('/check', commandRoute(COMMANDS.checkTone))
  .get('/when', commandRoute(COMMANDS.readWhen));
