/**
 * Running `afterview serve` at login (src/app/commands/service.ts): a
 * systemd user unit or a launchd agent, installed, removed and asked after.
 * `local`: they write the seeker's own machine's files and run its service
 * manager, so no route or tool serves them.
 */
import { z } from 'zod';
import { defineCommand } from './command.js';

/** Where the service runs, as the CLI was started: filled by the CLI, never typed by the seeker. */
const where = {
  platform: z.string().min(1),
  nodePath: z.string().min(1),
  cliPath: z.string().min(1),
  home: z.string().min(1),
  configHome: z.string().min(1),
  userHome: z.string().min(1),
  uid: z.number().int().min(0),
};

async function system() {
  return (await import('../commands/service.js')).realServiceSystem();
}

export const installService = defineCommand({
  name: 'install_service',
  summary: 'start `afterview serve` at login (a systemd user unit or a launchd agent), and now',
  input: z.strictObject({
    ...where,
    databaseUrl: z.string().nullish(),
    seekerId: z.string().optional(),
    secretKeyFile: z.string().nullish(),
    port: z.number({ message: 'give a port from 1 to 65535' }).int().min(1, 'give a port from 1 to 65535').max(65535),
    host: z.string().min(1).optional(),
    publicUrl: z.string().min(1).optional(),
    sync: z.boolean().default(true),
    dryRun: z.boolean().default(false),
  }),
  writes: true,
  access: 'local',
  run: async (_ctx, input) => (await import('../commands/service.js')).installService(input, await system()),
});

export const uninstallService = defineCommand({
  name: 'uninstall_service',
  summary: 'stop `afterview serve` starting at login, and stop it now',
  input: z.strictObject(where),
  writes: true,
  access: 'local',
  run: async (_ctx, input) => (await import('../commands/service.js')).uninstallService(input, await system()),
});

export const serviceStatus = defineCommand({
  name: 'service_status',
  summary: 'whether `afterview serve` is installed to start at login, runs, and since when',
  input: z.strictObject(where),
  writes: false,
  access: 'local',
  run: async (_ctx, input) => (await import('../commands/service.js')).serviceStatus(input, await system()),
});
