/**
 * Opportunities: the list (with each one's board stage), adding one, its
 * whole story, editing, deleting, closing and reopening.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  addOpportunity,
  closeOpportunity,
  deleteOpportunity,
  listOpportunities,
  reopenOpportunity,
  showOpportunity,
  updateOpportunity,
} from '../../app/commands/opportunities.js';
import { OPPORTUNITY_STATUSES } from '../../core/model.js';
import { limitedText } from '../../records/data-file.schema.js';
import type { ServerEnv } from '../env.js';
import { readBody } from '../validate.js';

const Interest = z.number().int('interest must be a whole number').min(1).max(5);
const Url = limitedText('url').nullish();

export const CreateOpportunityBody = z.object({
  company: limitedText('company').trim().min(1, 'give the company name'),
  role: limitedText('role').nullish(),
  interest: Interest.optional(),
  url: Url,
  notes: limitedText('notes').optional(),
  /** `true` adds it even when an open opportunity of the same company and role exists. */
  again: z.boolean().optional(),
});

export const UpdateOpportunityBody = z
  .object({
    company: limitedText('company').trim().min(1, 'the company name is empty').optional(),
    role: limitedText('role').nullish(),
    interest: Interest.optional(),
    url: Url,
    notes: limitedText('notes').optional(),
  })
  .strict();

const CloseBody = z.object({
  as: z.enum(OPPORTUNITY_STATUSES.filter((s) => s !== 'open') as [string, ...string[]]),
});

export const opportunityRoutes = new Hono<ServerEnv>()
  .get('/opportunities', async (c) => c.json(await listOpportunities(c.var.ctx)))
  .post('/opportunities', async (c) => {
    const body = await readBody(c, CreateOpportunityBody);
    return c.json(
      await addOpportunity(c.var.ctx, {
        company: body.company,
        role: body.role ?? null,
        interest: body.interest,
        url: body.url ?? null,
        notes: body.notes,
        again: body.again ?? false,
      }),
      201,
    );
  })
  .get('/opportunities/:id', async (c) => c.json(await showOpportunity(c.var.ctx, { opportunity: c.req.param('id') })))
  .patch('/opportunities/:id', async (c) => {
    const body = await readBody(c, UpdateOpportunityBody);
    return c.json(await updateOpportunity(c.var.ctx, { opportunity: c.req.param('id'), ...body }));
  })
  .delete('/opportunities/:id', async (c) =>
    c.json(await deleteOpportunity(c.var.ctx, { opportunity: c.req.param('id') })),
  )
  .post('/opportunities/:id/close', async (c) => {
    const body = await readBody(c, CloseBody);
    return c.json(await closeOpportunity(c.var.ctx, { opportunity: c.req.param('id'), as: body.as }));
  })
  .post('/opportunities/:id/reopen', async (c) =>
    c.json(await reopenOpportunity(c.var.ctx, { opportunity: c.req.param('id') })),
  );
