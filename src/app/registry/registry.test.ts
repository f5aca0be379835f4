/**
 * The registry's own promises: every command has a unique snake_case name
 * matching its export, a summary, an object input schema; and `invoke`
 * refuses bad input naming the field before anything runs.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../records/errors.js';
import type { AppContext } from '../context.js';
import { defineCommand, invoke, parseInput } from './command.js';
import { COMMANDS, commandByName } from './index.js';

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('the registry', () => {
  it('names every command once, in snake_case matching its export, with a summary and an object input', () => {
    const names = new Set<string>();
    for (const [key, command] of Object.entries(COMMANDS)) {
      expect(command.name).toBe(snake(key));
      expect(names.has(command.name)).toBe(false);
      names.add(command.name);
      expect(command.summary.length).toBeGreaterThan(10);
      expect(command.input).toBeInstanceOf(z.ZodObject);
      expect(['seeker', 'local', 'coach']).toContain(command.access);
      expect(commandByName(command.name)).toBe(command);
    }
    expect(commandByName('no_such_command')).toBeUndefined();
  });

  it('refuses bad input with invalid_input naming the field and what was given, without running', async () => {
    let ran = false;
    const command = defineCommand({
      name: 'probe',
      summary: 'a command for this test',
      input: z.strictObject({ interest: z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5') }),
      writes: true,
      access: 'seeker',
      run: async () => {
        ran = true;
        return 'ran';
      },
    });
    const error = await invoke(command, {} as AppContext, { interest: 9 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_input');
    expect((error as AppError).message).toBe('interest: must be from 1 to 5 (got 9)');
    expect((error as AppError).details).toMatchObject({ field: 'interest' });
    expect(ran).toBe(false);
    await expect(invoke(command, {} as AppContext, { interest: 4 })).resolves.toBe('ran');
  });

  it('names the whole input when it is not an object', () => {
    expect(() => parseInput(z.strictObject({}), 'text', 'body')).toThrow(/^body: /);
  });
});
