/**
 * Mail in the web app: the review list (messages that could not be placed,
 * and readings with low confidence) with its decisions, and sending an
 * item's draft (or the seeker's edit of it) by SMTP, the registry command
 * send_item (src/app/registry/send.registry.ts). Reading mail files and IMAP
 * stay on the command line.
 */
import { Hono } from 'hono';
import { COMMANDS } from '../../app/registry/index.js';
import { commandRoute } from '../bind.js';
import type { ServerEnv } from '../env.js';

export const mailRoutes = new Hono<ServerEnv>()
  .get('/inbox', commandRoute(COMMANDS.listInbox))
  .post('/inbox/review', commandRoute(COMMANDS.reviewMail))
  .post('/items/:item/send', commandRoute(COMMANDS.sendItem, { status: (result) => (result.sent ? 201 : 200) }));
