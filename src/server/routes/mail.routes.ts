/**
 * Mail in the web app: the review list (messages that could not be placed,
 * and readings with low confidence) with its decisions, and sending an
 * item's draft (or the seeker's edit of it) by SMTP. Reading mail files and
 * IMAP stay on the command line.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { sendItem } from '../../app/commands/send.js';
import { COMMANDS } from '../../app/registry/index.js';
import { limitedText } from '../../records/data-file.schema.js';
import { commandRoute } from '../bind.js';
import type { ServerEnv } from '../env.js';
import { readBody } from '../validate.js';

export const SendBody = z.object({
  body: limitedText('body').nullish(),
  subject: limitedText('subject').nullish(),
  to: limitedText('email').trim().min(3).nullish(),
  dryRun: z.boolean().optional(),
  anyway: z.boolean().optional(),
});

export const mailRoutes = new Hono<ServerEnv>()
  .get('/inbox', commandRoute(COMMANDS.listInbox))
  .post('/inbox/review', commandRoute(COMMANDS.reviewMail))
  .post('/items/:item/send', async (c) => {
    const body = await readBody(c, SendBody);
    const result = await sendItem(c.var.ctx, {
      item: c.req.param('item'),
      body: body.body ?? null,
      subject: body.subject ?? null,
      to: body.to ?? null,
      dryRun: body.dryRun ?? false,
      anyway: body.anyway ?? false,
    });
    return c.json(result, result.sent ? 201 : 200);
  });
