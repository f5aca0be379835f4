/**
 * What a coach reads of a seeker who granted them access. These run in the
 * seeker's context, bound by the coaches' routes (src/server/session.ts)
 * only after the grant is checked; they never write.
 */
import { z } from 'zod';
import { defineCommand } from './command.js';

const load = () => import('../commands/seeker-summary.js');

export const seekerSummary = defineCommand({
  name: 'seeker_summary',
  summary: 'a seeker at a glance for their coach: overdue moves, open offers, silent opportunities, stages',
  input: z.strictObject({}),
  writes: false,
  access: 'coach',
  run: async (ctx) => (await load()).seekerSummary(ctx),
});
