/**
 * Settings: the profile, the playbook settings and the mail accounts, read
 * and set one key at a time (src/app/commands/settings.ts, which checks each
 * value against what its key takes).
 */
import { z } from 'zod';
import { defineCommand } from './command.js';

const load = () => import('../commands/settings.js');

/** A setting's name: name, email, timezone, country, signature, settings.NAME, smtp.url, imap.url, digest.hour. */
const Key = z
  .string()
  .min(1, 'give a setting, e.g. timezone or settings.checkInGapDays')
  .max(200)
  .describe('name, email, timezone, country, signature, settings.NAME, smtp.url, imap.url or digest.hour');

export const getConfig = defineCommand({
  name: 'get_config',
  summary: 'every setting with its value (mail passwords hidden), or one setting',
  input: z.strictObject({ key: Key.nullish() }),
  writes: false,
  access: 'seeker',
  run: async (ctx, input) => (await load()).getConfig(ctx, { key: input.key ?? null }),
});

export const setConfig = defineCommand({
  name: 'set_config',
  summary: 'set one setting; null or an empty value clears it (a playbook setting returns to its default)',
  input: z.strictObject({
    key: Key,
    value: z
      .union([z.string().max(5000), z.number(), z.null()], { message: 'give a text, a number or null' })
      .transform((value) => (value === null ? null : String(value)))
      .describe('the value; null or "" clears it'),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await load()).setConfig(ctx, input),
});
