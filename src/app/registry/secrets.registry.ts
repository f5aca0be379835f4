/**
 * Saved secrets at rest (src/app/secret-box.ts): re-sealing one seeker's
 * with the current key, after a key rotation (src/app/commands/secrets.ts).
 */
import { z } from 'zod';
import { defineCommand } from './command.js';

export const resealSecrets = defineCommand({
  name: 'reseal_secrets',
  summary: "encrypt the seeker's saved secrets again with the current key (after a key rotation)",
  input: z.strictObject({}),
  writes: true,
  access: 'local',
  run: async (ctx) => (await import('../commands/secrets.js')).resealSecrets(ctx),
});
