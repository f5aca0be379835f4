/**
 * Opportunities: the list (with each one's board stage), adding one, its
 * whole story, editing, deleting, closing and reopening; each route is one
 * registry command (src/app/registry/opportunities.registry.ts).
 */
import { Hono } from 'hono';
import { COMMANDS } from '../../app/registry/index.js';
import { commandRoute } from '../bind.js';
import type { ServerEnv } from '../env.js';

export const opportunityRoutes = new Hono<ServerEnv>()
  .get('/opportunities', commandRoute(COMMANDS.listOpportunities))
  .post('/opportunities', commandRoute(COMMANDS.addOpportunity, { status: 201 }))
  .get('/opportunities/:id', commandRoute(COMMANDS.showOpportunity))
  .patch('/opportunities/:id', commandRoute(COMMANDS.updateOpportunity))
  .delete('/opportunities/:id', commandRoute(COMMANDS.deleteOpportunity))
  .post('/opportunities/:id/close', commandRoute(COMMANDS.closeOpportunity))
  .post('/opportunities/:id/reopen', commandRoute(COMMANDS.reopenOpportunity));
