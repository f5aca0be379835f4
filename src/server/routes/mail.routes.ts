/**
 * Mail in the web app: the review list (messages that could not be placed,
 * and readings with low confidence) with its decisions, and sending an
 * item's draft (or the seeker's edit of it) by SMTP, the registry command
 * send_item (src/app/registry/send.registry.ts). Reading mail files and IMAP
 * stay on the command line.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { inbox, reviewMail } from '../../app/commands/mail.js';
import { COMMANDS } from '../../app/registry/index.js';
import { IN_KINDS, OUT_PURPOSES } from '../../core/model.js';
import { limitedText } from '../../records/data-file.schema.js';
import { commandRoute } from '../bind.js';
import type { ServerEnv } from '../env.js';
import { dateField, readBody, readQuery, whenContext } from '../validate.js';

const InboxQuery = z.object({ all: z.enum(['0', '1', 'true', 'false']).optional() });

export const ReviewBody = z.object({
  messageId: limitedText('messageId').min(1, 'give the Message-ID from the inbox'),
  action: z.enum(['ignore', 'assign', 'confirm']),
  opportunity: z.string().min(1).max(300).nullish(),
  kind: z.enum(IN_KINDS).nullish(),
  purpose: z.enum(OUT_PURPOSES).nullish(),
  decisionBy: z.string().trim().min(1).max(200).nullish(),
});

const yes = (flag: string | undefined) => flag === '1' || flag === 'true';

export const mailRoutes = new Hono<ServerEnv>()
  .get('/inbox', async (c) => {
    const query = readQuery(c, InboxQuery);
    return c.json(await inbox(c.var.ctx, { all: yes(query.all) }));
  })
  .post('/inbox/review', async (c) => {
    const body = await readBody(c, ReviewBody);
    const ctx = c.var.ctx;
    const decisionBy = body.decisionBy ? dateField(body.decisionBy, await whenContext(ctx), 'decisionBy') : null;
    return c.json(
      await reviewMail(ctx, {
        messageId: body.messageId,
        action: body.action,
        opportunity: body.opportunity ?? null,
        kind: body.kind ?? null,
        purpose: body.purpose ?? null,
        decisionBy,
      }),
    );
  })
  .post('/items/:item/send', commandRoute(COMMANDS.sendItem, { status: (result) => (result.sent ? 201 : 200) }));
