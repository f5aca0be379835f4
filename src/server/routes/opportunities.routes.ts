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
import type { ServerEnv } from '../env.js';
import { readBody } from '../validate.js';

const Interest = z.number().int('interest must be a whole number').min(1).max(5);
const Url = z.string().max(2000).nullish();

export const CreateOpportunityBody = z.object({
  company: z.string().trim().min(1, 'give the company name').max(300),
  role: z.string().max(300).nullish(),
  interest: Interest.optional(),
  url: Url,
  notes: z.string().max(20_000).optional(),
});

export const UpdateOpportunityBody = z
  .object({
    company: z.string().trim().min(1, 'the company name is empty').max(300).optional(),
    role: z.string().max(300).nullish(),
    interest: Interest.optional(),
    url: Url,
    notes: z.string().max(20_000).optional(),
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
