/**
 * `afterview mcp` as an MCP client starts it: the built CLI (dist/cli.js) as
 * a child process, spoken to over standard input and output by the SDK's
 * own client. Every tool is called with bad input (a tool error, the same
 * line the CLI prints with the field's name for its flag) and with good
 * input (dates in words), a write shows in the next agenda, and the process
 * ends cleanly when the client goes, with nothing but protocol messages on
 * standard output.
 */
import { rmSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_NAMES } from '../../src/mcp/tools.js';
import { ONSITE_HOME, ONSITE_THANKS } from '../factories/homes.js';
import { CLI, cli, cliEnv, ensureBuilt, freshHome, ok, ROOT } from './cli-runner.js';

/** One tool's bad input (and the start of its one line), then its good input (and what the answer holds). */
interface ToolCase {
  tool: (typeof TOOL_NAMES)[number];
  bad: Record<string, unknown>;
  refusal: RegExp;
  good: Record<string, unknown>;
  answer: Record<string, unknown>;
}

/** In order: each good call may rely on the ones before it (Globex is added before it is used). */
const CASES: ToolCase[] = [
  {
    tool: 'get_agenda',
    bad: { all: 'yes' },
    refusal: /^all: /,
    good: { all: true },
    answer: { items: expect.arrayContaining([expect.objectContaining({ id: ONSITE_THANKS })]) },
  },
  {
    tool: 'list_opportunities',
    bad: { status: 'pending' },
    refusal: /^status: must be one of open, /,
    good: { query: 'acme', status: 'open' },
    answer: { opportunities: [expect.objectContaining({ id: 'acme', nextMove: expect.anything() })] },
  },
  {
    tool: 'show_opportunity',
    bad: { opportunity: 'initech' },
    refusal: /^no opportunity .*initech/,
    good: { opportunity: 'Acme' },
    answer: { opportunity: expect.objectContaining({ id: 'acme' }) },
  },
  {
    tool: 'draft_item',
    bad: {},
    refusal: /^item: /,
    good: { item: ONSITE_THANKS, check: true },
    answer: { item: expect.objectContaining({ id: ONSITE_THANKS }), flags: expect.any(Array) },
  },
  {
    tool: 'check_tone',
    bad: { text: 5 },
    refusal: /^text: /,
    good: { text: 'So sorry to bother you, I really need this job!!!', opportunity: 'acme' },
    answer: { flags: expect.arrayContaining([expect.objectContaining({ rule: 'pleading' })]) },
  },
  {
    tool: 'dismiss_item',
    bad: { item: 'thank-you:acme:i9:nobody' },
    refusal: /^no open item /,
    good: { item: 'keep-searching:2026-11-29' },
    answer: { item: 'keep-searching:2026-11-29' },
  },
  {
    tool: 'add_opportunity',
    bad: { company: 'Hooli', interest: 9 },
    refusal: /^interest: must be a whole number from 1 to 5 \(got 9\)$/,
    good: { company: 'Globex', role: 'SRE' },
    answer: { id: 'globex' },
  },
  {
    tool: 'log_interview',
    bad: { opportunity: 'globex', at: 'when pigs fly' },
    refusal: /^at: /,
    good: { opportunity: 'globex', at: 'tomorrow 10am', with: ['Bo Chen <bo@globex.example>'] },
    answer: { at: '2026-11-27T10:00:00-05:00' },
  },
  {
    tool: 'log_heard',
    bad: { opportunity: 'acme', kind: 'gossip' },
    refusal: /^kind: must be one of /,
    good: { opportunity: 'acme', at: 'today 8am', text: 'Thanks for coming in yesterday.' },
    answer: { at: '2026-11-26T08:00:00-05:00' },
  },
  {
    tool: 'log_offer',
    bad: { opportunity: 'globex', deadline: 'blue moon' },
    refusal: /^deadline: /,
    good: { opportunity: 'globex', expected: true, deadline: 'Dec 15' },
    answer: { deadline: '2026-12-15' },
  },
  {
    tool: 'snooze_item',
    bad: { item: ONSITE_THANKS, until: 'yesterday' },
    refusal: /^until 2026-11-25 is not after today/,
    good: { item: ONSITE_THANKS, until: 'next Monday' },
    answer: { item: ONSITE_THANKS, until: '2026-11-30' },
  },
  {
    tool: 'log_sent',
    bad: { opportunity: 'acme', purpose: 'bribe' },
    refusal: /^purpose: must be one of /,
    good: { opportunity: 'acme', purpose: 'thank-you', at: 'yesterday 5pm' },
    answer: { at: '2026-11-25T17:00:00-05:00' },
  },
];

let home: string;
let client: Client;
let transport: StdioClientTransport;
let stderr = '';

beforeAll(async () => {
  ensureBuilt();
  home = freshHome();
  ok(home, ['import', '-'], { input: JSON.stringify(ONSITE_HOME) });
  transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, 'mcp'],
    cwd: ROOT,
    env: cliEnv(home) as Record<string, string>,
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  client = new Client({ name: 'afterview-stdio-test', version: '1.0.0' });
  await client.connect(transport);
}, 60_000);

afterAll(async () => {
  await client?.close();
  rmSync(home, { recursive: true, force: true });
});

async function call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

describe('afterview mcp over standard input and output', () => {
  it('lists every named tool with a JSON Schema input', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual([...TOOL_NAMES]);
    for (const tool of tools)
      expect(tool.inputSchema).toMatchObject({ type: 'object', properties: expect.any(Object) });
    expect(CASES.map((c) => c.tool).sort()).toEqual([...TOOL_NAMES].sort());
  });

  it('refuses bad input to every tool with one line, then answers good input with the JSON', async () => {
    for (const c of CASES) {
      const bad = await call(c.tool, c.bad);
      expect(bad.isError, `${c.tool} ${JSON.stringify(bad.content)}`).toBe(true);
      expect((bad.content[0] as { text: string }).text, c.tool).toMatch(c.refusal);
      const good = await call(c.tool, c.good);
      expect(good.isError ?? false, `${c.tool} ${JSON.stringify(good.content)}`).toBe(false);
      expect(good.structuredContent, c.tool).toMatchObject(c.answer);
    }
  });

  it('shows the logged thank-you in the next agenda', async () => {
    const agenda = await call('get_agenda', { all: true });
    const ids = (agenda.structuredContent as { items: { id: string }[] }).items.map((i) => i.id);
    expect(ids).not.toContain(ONSITE_THANKS);
    expect(ids).not.toContain('keep-searching:2026-11-29');
    // The same home through the command line agrees.
    expect(JSON.parse(ok(home, ['export'])).opportunities[0].touches).toHaveLength(2);
  });

  it('gives the line the CLI prints, with the field where the CLI names its flag', async () => {
    const bad = await call('log_offer', { opportunity: 'globex', deadline: 'blue moon' });
    const line = (bad.content[0] as { text: string }).text;
    const cliRun = cli(home, ['offer', 'globex', '--deadline', 'blue moon']);
    expect(cliRun.code).toBe(2);
    expect(cliRun.stderr.trim()).toBe(`afterview: ${line.replace(/^deadline/, '--deadline')}`);
  });

  it('writes nothing but protocol messages on standard output, and no error', async () => {
    // The client would have failed to parse anything else on standard output.
    expect((await client.listPrompts()).prompts).toHaveLength(1);
    expect(stderr).toBe('');
  });
});
