/**
 * Other trackers' CSV over HTTP: `POST /api/import/csv` takes the file as
 * the request body (its bytes as they are, any encoding the reader knows,
 * or a form upload's `file` field), with `?from=huntr|teal|generic` and
 * `?dryRun=1` for the preview the web app shows before writing; it answers
 * the report with every row's outcome. `GET /api/export.csv` is every
 * opportunity as a CSV attachment (`?bom=1` for a byte-order mark).
 */
import { Hono } from 'hono';
import { invoke } from '../../app/registry/command.js';
import { COMMANDS } from '../../app/registry/index.js';
import { commandRoute, requestInput } from '../bind.js';
import type { ServerEnv } from '../env.js';

export const csvRoutes = new Hono<ServerEnv>()
  .post(
    '/import/csv',
    commandRoute(COMMANDS.importCsv, {
      input: async (c) => {
        const query = c.req.query();
        const type = c.req.header('content-type') ?? '';
        let csv: unknown;
        if (type.startsWith('multipart/form-data')) {
          const file = (await c.req.parseBody())['file'];
          csv = typeof file === 'string' ? file : file ? new Uint8Array(await file.arrayBuffer()) : undefined;
        } else {
          csv = new Uint8Array(await c.req.arrayBuffer());
        }
        const flag = (name: string) => {
          const text = query[name];
          return text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : text;
        };
        return {
          csv,
          details: true,
          dryRun: flag('dryRun'),
          ...(query.from !== undefined ? { from: query.from } : {}),
        };
      },
    }),
  )
  .get('/export.csv', async (c) => {
    const csv = await invoke(COMMANDS.exportCsv, c.var.ctx, await requestInput(c, COMMANDS.exportCsv.input));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="afterview-opportunities.csv"');
    return c.body(csv);
  });
