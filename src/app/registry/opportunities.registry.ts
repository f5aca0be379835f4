/**
 * The opportunity commands: add, list, show, edit, delete, close, reopen.
 * Each loads its use case (src/app/commands/opportunities.ts) when it runs,
 * so a front end that starts for one command pays only for that one.
 */
import { z } from 'zod';
import { OPPORTUNITY_STATUSES } from '../../core/model.js';
import { limitedText } from '../../records/data-file.schema.js';
import { defineCommand } from './command.js';
import { Interest, Notes, OpportunityRef } from './fields.js';

const load = () => import('../commands/opportunities.js');

const Url = limitedText('url')
  .regex(/^https?:\/\/\S+$/, 'must be an http(s) address')
  .or(z.literal(''))
  .nullish()
  .describe('the job posting, an http(s) address');
const CLOSED_AS = OPPORTUNITY_STATUSES.filter((s) => s !== 'open') as [
  Exclude<(typeof OPPORTUNITY_STATUSES)[number], 'open'>,
  ...Exclude<(typeof OPPORTUNITY_STATUSES)[number], 'open'>[],
];

export const addOpportunity = defineCommand({
  name: 'add_opportunity',
  summary: 'add an opportunity (one job at one employer); returns its id',
  input: z.strictObject({
    company: limitedText('company').trim().min(1, 'the company name is empty').describe('the employer'),
    role: limitedText('role').nullish().describe('the job title'),
    interest: Interest.optional(),
    url: Url,
    notes: Notes.optional(),
    again: z.boolean().optional().describe('add it even when an open one of that company and role exists'),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await load()).addOpportunity(ctx, input),
});

export const listOpportunities = defineCommand({
  name: 'list_opportunities',
  summary: 'every opportunity with its stage and next move, optionally of one status or matching a text',
  input: z.strictObject({
    status: z
      .enum(OPPORTUNITY_STATUSES, { message: `must be one of ${OPPORTUNITY_STATUSES.join(', ')}` })
      .optional()
      .describe(`only opportunities of this status: ${OPPORTUNITY_STATUSES.join(', ')}`),
    query: z
      .string()
      .max(200)
      .optional()
      .describe("only opportunities whose id, company, role or a contact's name or email contains this text"),
  }),
  writes: false,
  access: 'seeker',
  run: async (ctx, input) => (await load()).listOpportunities(ctx, input),
});

export const showOpportunity = defineCommand({
  name: 'show_opportunity',
  summary: "one opportunity's story: interviews, every touch, promises, offers",
  input: z.strictObject({ opportunity: OpportunityRef }),
  writes: false,
  access: 'seeker',
  run: async (ctx, input) => (await load()).showOpportunity(ctx, input),
});

export const updateOpportunity = defineCommand({
  name: 'update_opportunity',
  summary: "change an opportunity's company, role, interest, posting or notes",
  input: z.strictObject({
    opportunity: OpportunityRef,
    company: limitedText('company').trim().min(1, 'the company name is empty').optional(),
    role: limitedText('role').nullish(),
    interest: Interest.optional(),
    url: Url,
    notes: Notes.optional(),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await load()).updateOpportunity(ctx, input),
});

export const deleteOpportunity = defineCommand({
  name: 'delete_opportunity',
  summary: 'delete an opportunity and everything logged on it',
  input: z.strictObject({ opportunity: OpportunityRef }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await load()).deleteOpportunity(ctx, input),
});

export const closeOpportunity = defineCommand({
  name: 'close_opportunity',
  summary: 'close an opportunity as accepted, declined, rejected, withdrawn or no-response',
  input: z.strictObject({
    opportunity: OpportunityRef,
    as: z.enum(CLOSED_AS, { message: `must be one of ${CLOSED_AS.join(', ')}` }),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await load()).closeOpportunity(ctx, input),
});

export const reopenOpportunity = defineCommand({
  name: 'reopen_opportunity',
  summary: 'reopen a closed opportunity (the employer came back)',
  input: z.strictObject({ opportunity: OpportunityRef }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await load()).reopenOpportunity(ctx, input),
});
