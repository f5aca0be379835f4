/**
 * What happened, per opportunity: interviews (log, edit, delete), touches
 * sent and heard (log, delete) and offers (log, accept, decline, delete).
 * Each route is one registry command (src/app/registry/facts.registry.ts),
 * which reads dates in words in the seeker's zone.
 */
import { Hono } from 'hono';
import { COMMANDS } from '../../app/registry/index.js';
import { commandRoute } from '../bind.js';
import type { ServerEnv } from '../env.js';

export const factRoutes = new Hono<ServerEnv>()
  .post('/opportunities/:id/interviews', commandRoute(COMMANDS.logInterview, { status: 201 }))
  .patch('/opportunities/:id/interviews/:interviewId', commandRoute(COMMANDS.updateInterview))
  .delete('/opportunities/:id/interviews/:interviewId', commandRoute(COMMANDS.deleteInterview))
  .post('/opportunities/:id/sent', commandRoute(COMMANDS.logSent, { status: 201 }))
  .post('/opportunities/:id/heard', commandRoute(COMMANDS.logHeard, { status: 201 }))
  .delete('/opportunities/:id/touches/:touchId', commandRoute(COMMANDS.deleteTouch))
  .post('/opportunities/:id/offers', commandRoute(COMMANDS.logOffer, { status: 201 }))
  .post('/opportunities/:id/offers/accept', commandRoute(COMMANDS.acceptOffer))
  .post('/opportunities/:id/offers/decline', commandRoute(COMMANDS.declineOffer))
  .delete('/opportunities/:id/offers/:offerId', commandRoute(COMMANDS.deleteOffer));
