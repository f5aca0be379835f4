/**
 * Other trackers' CSV files: `import_csv` merges a Huntr, Teal or any other
 * CSV into the seeker's opportunities (a dry run reports without writing),
 * `export_csv` gives every opportunity as one CSV row
 * (src/app/commands/csv.ts). The front ends read and write the file; these
 * commands take its bytes or text and give text.
 */
import { z } from 'zod';
import { CSV_FORMATS } from '../csv/columns.js';
import { defineCommand } from './command.js';

const load = () => import('../commands/csv.js');

export const importCsv = defineCommand({
  name: 'import_csv',
  summary:
    "merge another tracker's CSV (Huntr, Teal or any) into the opportunities; reports created, updated, unchanged and failed rows",
  input: z.strictObject({
    csv: z
      .union([z.string(), z.instanceof(Uint8Array)], { message: "give the CSV file's content, as text or bytes" })
      .describe("the CSV file's content"),
    from: z
      .enum(CSV_FORMATS, { message: `must be one of ${CSV_FORMATS.join(', ')}` })
      .optional()
      .describe('the tracker that wrote it (recognised from the header when left out)'),
    dryRun: z.boolean().optional().describe('report what would happen and write nothing'),
    details: z.boolean().optional().describe("add every row's outcome (`rows`), for a preview"),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input, io) => (await load()).importCsv(ctx, input, io),
});

export const exportCsv = defineCommand({
  name: 'export_csv',
  summary: 'every opportunity as one CSV row, with its stage and next move',
  input: z.strictObject({
    bom: z.boolean().optional().describe('begin with a UTF-8 byte-order mark (for spreadsheets that need one)'),
  }),
  writes: false,
  access: 'seeker',
  run: async (ctx, input) => (await load()).exportCsv(ctx, input),
});
