/**
 * The data file and the demo: the whole of the seeker's data as an
 * afterview/1 document out and in (all or nothing), and a sample search for
 * an empty home (src/app/commands/data.ts). The front ends read and write
 * the file; these commands take and give the document.
 */
import { z } from 'zod';
import { defineCommand } from './command.js';

const load = () => import('../commands/data.js');

export const exportData = defineCommand({
  name: 'export_data',
  summary: "the seeker's whole data as an afterview/1 document",
  input: z.strictObject({}),
  writes: false,
  access: 'seeker',
  run: async (ctx) => (await load()).exportDocument(ctx),
});

export const importData = defineCommand({
  name: 'import_data',
  summary: 'import an afterview/1 document, all or nothing; returns how many opportunities were new or updated',
  input: z.strictObject({
    document: z
      .union([z.string(), z.record(z.string(), z.unknown())], {
        message: 'give the afterview/1 document, as JSON text or an object',
      })
      .describe('the afterview/1 document, as JSON text or an object'),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => {
    const data = await load();
    const doc =
      typeof input.document === 'string'
        ? data.parseDocumentText(input.document)
        : data.validateDocument(input.document);
    return data.importDocument(ctx, doc);
  },
});

export const loadDemo = defineCommand({
  name: 'load_demo',
  summary: 'fill an empty home with a realistic sample search, so every kind of item shows',
  input: z.strictObject({}),
  writes: true,
  access: 'seeker',
  run: async (ctx) => (await load()).loadDemo(ctx),
});
