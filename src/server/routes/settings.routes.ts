/**
 * Settings (profile, playbook settings, mail accounts with passwords
 * hidden), the data file in and out, and the demo for an empty home; each
 * route is one registry command (src/app/registry/settings.registry.ts,
 * data.registry.ts).
 */
import { Hono } from 'hono';
import { COMMANDS } from '../../app/registry/index.js';
import { commandRoute } from '../bind.js';
import type { ServerEnv } from '../env.js';

const exportRoute = commandRoute(COMMANDS.exportData);

export const settingsRoutes = new Hono<ServerEnv>()
  .get('/settings', commandRoute(COMMANDS.getConfig))
  .put('/settings/:key', commandRoute(COMMANDS.setConfig))
  .get('/export', async (c) => {
    c.header('Content-Disposition', 'attachment; filename="afterview-export.json"');
    return exportRoute(c);
  })
  // The body is the document itself, as the data file holds it.
  .post('/import', commandRoute(COMMANDS.importData, { input: async (c) => ({ document: await c.req.text() }) }))
  .post('/demo', commandRoute(COMMANDS.loadDemo, { status: 201 }));
