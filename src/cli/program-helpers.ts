/**
 * What every CLI command file (src/cli/commands/) shares: the run wrapper
 * that opens the runtime around a command body, the output object, option
 * parsers, the seeker's zone for dates in words, and the help's examples.
 */
import type { Command } from 'commander';
import type { CommandDefinition, CommandInput, CommandIo, CommandResult } from '../app/registry/command.js';
import type { Runtime } from '../main.js';
import { AppError } from '../records/errors.js';
import { makeStyle, type Style } from './style.js';

/** The options every command takes (`--home`, `--database`, `--now`). */
export interface GlobalOptions {
  home?: string;
  database?: string;
  now?: string;
}

/** Where a command writes: JSON or lines on standard output, warnings on standard error. */
export class Output {
  constructor(readonly style: Style) {}
  json(value: unknown): void {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
  line(text = ''): void {
    process.stdout.write(`${text}\n`);
  }
  warn(text: string): void {
    process.stderr.write(`${text}\n`);
  }
}

/** Runs one command body with an opened runtime, closed afterwards; errors go on to `reportError` in main.ts. */
export function run<A extends unknown[]>(
  program: Command,
  body: (rt: Runtime, out: Output, ...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const { startRuntime } = await import('../main.js');
    const rt = await startRuntime(program.opts<GlobalOptions>());
    try {
      await body(rt, new Output(makeStyle(rt.config.color)), ...args);
    } finally {
      await rt.close();
    }
  };
}

/**
 * Runs a registry command (src/app/registry) with the runtime's context:
 * the command validates `input` (its field names are checked here, its
 * values there, as the user typed them) and reads any dates in words itself.
 */
export async function call<C extends CommandDefinition>(
  rt: Runtime,
  command: C,
  input: { [K in keyof CommandInput<C>]?: unknown },
  io: CommandIo = {},
): Promise<CommandResult<C>> {
  const { invoke } = await import('../app/registry/command.js');
  return (await invoke(command, rt.ctx, input, io)) as CommandResult<C>;
}

/** The seeker's time zone: the profile's, else the machine's. */
export async function seekerZone(rt: Runtime): Promise<string> {
  return (await rt.ctx.store.getProfile()).timezone ?? rt.config.machineZone;
}

/** What dates in words are read against: now and the seeker's zone (src/app/when.ts). */
export async function whenCtx(rt: Runtime) {
  return { now: rt.ctx.now, timeZone: await seekerZone(rt) };
}

/** A commander parser for a whole-number option; anything else is bad input naming the option. */
export function intOption(name: string) {
  return (value: string) => {
    if (!/^-?\d+$/.test(value)) throw new AppError('invalid_input', `${name} must be a whole number (got "${value}")`);
    return Number(value);
  };
}

/** A commander parser for a repeatable option: every value, in order. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Warnings a command returned, one yellow line each on standard error. */
export function printWarnings(out: Output, warnings: { message: string }[]): void {
  for (const w of warnings) out.warn(out.style.yellow(`warning: ${w.message}`));
}

/** The "Examples:" block of a command's help. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
