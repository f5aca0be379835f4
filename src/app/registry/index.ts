/**
 * The registry: every command afterview has, in one place. A new use case is
 * declared in its area's `*.registry.ts` file, which this module spreads in;
 * the CLI, the HTTP server and the MCP server find it here
 * (docs/contributing.md).
 */

import * as coach from './coach.registry.js';
import type { CommandDefinition } from './command.js';
import * as csv from './csv.registry.js';
import * as data from './data.registry.js';
import * as dates from './dates.registry.js';
import * as facts from './facts.registry.js';
import * as items from './items.registry.js';
import * as mail from './mail.registry.js';
import * as mailWatch from './mail-watch.registry.js';
import * as opportunities from './opportunities.registry.js';
import * as secrets from './secrets.registry.js';
import * as send from './send.registry.js';
import * as service from './service.registry.js';
import * as settings from './settings.registry.js';

/** Every command, by the name its area exports it under (`addOpportunity`). */
export const COMMANDS = {
  ...opportunities,
  ...facts,
  ...mail,
  ...mailWatch,
  ...items,
  ...send,
  ...dates,
  ...settings,
  ...data,
  ...csv,
  ...secrets,
  ...coach,
  ...service,
} as const;

/** Every command, by its stable snake_case name (`add_opportunity`): how an MCP client names a tool. */
export function commandByName(name: string): CommandDefinition | undefined {
  return Object.values(COMMANDS).find((c) => c.name === name) as CommandDefinition | undefined;
}
