/**
 * The agenda and its items (snooze, dismiss, draft with its tone check), the
 * tone check on any text, and the preview of a date in words.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { agenda, checkText, dismissItem, draftItem, snoozeItem } from '../../app/commands/items.js';
import type { ServerEnv } from '../env.js';
import { dateField, instantField, instantText, readBody, readQuery, whenContext } from '../validate.js';

const AgendaQuery = z.object({ all: z.enum(['0', '1', 'true', 'false']).optional() });
const SnoozeBody = z.object({ until: z.string().min(1, 'give a date, e.g. "next Monday"') });
const DraftQuery = z.object({ check: z.enum(['0', '1', 'true', 'false']).optional() });
const CheckBody = z.object({
  text: z.string().max(100_000, 'the text is longer than 100,000 characters'),
  for: z.string().min(1).nullish(),
  checkIn: z.boolean().optional(),
});
const WhenQuery = z.object({
  text: z.string().min(1, 'give the words to read, e.g. "next friday"').max(200),
  kind: z.enum(['date', 'instant']).default('date'),
});

const yes = (flag: string | undefined) => flag === '1' || flag === 'true';

export const agendaRoutes = new Hono<ServerEnv>()
  .get('/agenda', async (c) => {
    const query = readQuery(c, AgendaQuery);
    return c.json(await agenda(c.var.ctx, { all: yes(query.all) }));
  })
  .post('/items/:item/snooze', async (c) => {
    const body = await readBody(c, SnoozeBody);
    const ctx = c.var.ctx;
    const until = dateField(body.until, await whenContext(ctx), 'until');
    return c.json(await snoozeItem(ctx, { item: c.req.param('item'), until }));
  })
  .post('/items/:item/dismiss', async (c) => c.json(await dismissItem(c.var.ctx, { item: c.req.param('item') })))
  .get('/items/:item/draft', async (c) => {
    const query = readQuery(c, DraftQuery);
    return c.json(await draftItem(c.var.ctx, { item: c.req.param('item'), check: yes(query.check) }));
  })
  .post('/check', async (c) => {
    const body = await readBody(c, CheckBody);
    return c.json(
      await checkText(c.var.ctx, {
        text: body.text,
        for: body.for ?? null,
        ...(body.checkIn !== undefined ? { checkIn: body.checkIn } : {}),
      }),
    );
  })
  .get('/when', async (c) => {
    const query = readQuery(c, WhenQuery);
    const when = await whenContext(c.var.ctx);
    if (query.kind === 'date') {
      const date = dateField(query.text, when, 'text');
      return c.json({ kind: 'date', date: date.toString(), timezone: when.timeZone });
    }
    const at = instantField(query.text, when, 'text');
    return c.json({
      kind: 'instant',
      at: instantText(at),
      date: at.toPlainDate().toString(),
      timezone: when.timeZone,
    });
  });
