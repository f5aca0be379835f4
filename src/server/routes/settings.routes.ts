/**
 * Settings (profile, playbook settings, mail accounts with passwords
 * hidden), the data file in and out, and the demo for an empty home.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { exportDocument, importDocument, loadDemo, validateDocument } from '../../app/commands/data.js';
import { getConfig, setConfig } from '../../app/commands/settings.js';
import { AppError } from '../../records/errors.js';
import type { ServerEnv } from '../env.js';
import { readBody } from '../validate.js';

const SetSettingBody = z.object({
  value: z.union([z.string().max(5000), z.number(), z.null()]),
});

export const settingsRoutes = new Hono<ServerEnv>()
  .get('/settings', async (c) => c.json(await getConfig(c.var.ctx, {})))
  .put('/settings/:key', async (c) => {
    const body = await readBody(c, SetSettingBody);
    const value = body.value === null ? null : String(body.value);
    return c.json(await setConfig(c.var.ctx, { key: c.req.param('key'), value }));
  })
  .get('/export', async (c) => {
    const doc = await exportDocument(c.var.ctx);
    c.header('Content-Disposition', 'attachment; filename="afterview-export.json"');
    return c.json(doc);
  })
  .post('/import', async (c) => {
    let value: unknown;
    try {
      value = JSON.parse(await c.req.text());
    } catch (error) {
      throw new AppError('invalid_file', `the file is not valid JSON (${(error as Error).message})`, {
        hint: 'nothing was imported; an afterview/1 file starts with {"format": "afterview/1", ...}',
      });
    }
    return c.json(await importDocument(c.var.ctx, validateDocument(value)));
  })
  .post('/demo', async (c) => c.json(await loadDemo(c.var.ctx), 201));
