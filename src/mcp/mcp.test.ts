/**
 * The MCP front end with the SDK's own client, in process: over an in-memory
 * pair of transports (the server `afterview mcp` runs) and over HTTP at
 * `POST /mcp` of the server app. Every tool is listed with a JSON Schema and
 * called with good input (dates in words read in the seeker's zone) and with
 * bad input (a tool error with the app's one line, never a protocol error);
 * a write shows in the next agenda; the resources and the prompt read the
 * same data; /mcp keeps the Host, Origin and token rules of /api.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ONSITE_HOME, ONSITE_THANKS } from '../../test/factories/homes.js';
import { invoke } from '../app/registry/command.js';
import { COMMANDS } from '../app/registry/index.js';
import { SeekerCache } from '../app/seeker-cache.js';
import { startRuntime } from '../main.js';
import { type Harness, HOST, openHarness } from '../server/app.fixture.js';
import { createApp } from '../server/app.js';
import { loopbackHosts } from '../server/security.js';
import { AGENDA_URI, createMcpServer, PLAN_PROMPT } from './server.js';
import { TOOL_NAMES } from './tools.js';

const THANKS = ONSITE_THANKS;
const DOC = ONSITE_HOME;

let h: Harness;
let client: Client;
let logged: unknown[];

beforeEach(async () => {
  h = await openHarness();
  await invoke(COMMANDS.importData, h.ctx, { document: DOC });
  logged = [];
  const server = createMcpServer({ contextOf: () => h.ctx, logError: (e) => logged.push(e) });
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  client = new Client({ name: 'afterview-test', version: '1.0.0' });
  await client.connect(clientSide);
});

afterEach(async () => {
  await client.close();
  await h.close();
});

/** Calls a tool; the result as the client received it. */
async function call(name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** A successful call's structured content (fails the test on a tool error). */
async function ok<T = Record<string, unknown>>(name: string, args: Record<string, unknown> = {}): Promise<T> {
  const result = await call(name, args);
  expect(result.isError ?? false, JSON.stringify(result.content)).toBe(false);
  // The text rendering is the same JSON (a list as it is, where the structured content has it under a key).
  const text = JSON.parse((result.content[0] as { text: string }).text) as unknown;
  const structured = JSON.parse(JSON.stringify(result.structuredContent)) as Record<string, unknown>;
  expect(text).toEqual(Array.isArray(text) ? Object.values(structured)[0] : structured);
  return result.structuredContent as T;
}

/** A failed call's one line (fails the test when the call succeeded). */
async function refused(name: string, args: Record<string, unknown> = {}): Promise<string> {
  const result = await call(name, args);
  expect(result.isError, JSON.stringify(result.content)).toBe(true);
  expect(result.structuredContent).toBeUndefined();
  const line = (result.content[0] as { text: string }).text;
  expect(line).not.toMatch(/\n/);
  return line;
}

interface AgendaLike {
  items: { id: string; state: string }[];
}

describe('the tools', () => {
  it('lists every tool CONTRACT.md names, each with a JSON Schema object input, and nothing that sends', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual([...TOOL_NAMES]);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.description).toMatch(/No tool sends mail/);
    }
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(byName.get_agenda?.inputSchema.properties).toEqual({
      all: { type: 'boolean', description: 'include upcoming items' },
    });
    expect(byName.list_opportunities?.inputSchema.properties).toMatchObject({
      status: { enum: ['open', 'accepted', 'declined', 'rejected', 'withdrawn', 'no-response'] },
      query: { type: 'string' },
    });
    expect(byName.check_tone?.inputSchema).toMatchObject({
      required: ['text'],
      properties: { text: { type: 'string' }, opportunity: {} },
    });
    expect(byName.log_sent?.inputSchema.required).toEqual(['opportunity', 'purpose']);
    expect(byName.get_agenda?.annotations?.readOnlyHint).toBe(true);
    expect(byName.log_sent?.annotations?.readOnlyHint).toBe(false);
    expect(tools.some((t) => /send_item|import_mail|set_config/.test(t.name))).toBe(false);
  });

  it('answers every read tool with the JSON the command gives', async () => {
    const agenda = await ok<AgendaLike & { pipeline: { open: number } }>('get_agenda');
    expect(agenda.items.map((i) => i.id)).toContain(THANKS);
    expect(agenda.pipeline.open).toBe(1);
    expect(agenda).toEqual(JSON.parse(JSON.stringify(await invoke(COMMANDS.getAgenda, h.ctx, {}))));
    const all = await ok<AgendaLike>('get_agenda', { all: true });
    expect(all.items.length).toBeGreaterThanOrEqual(agenda.items.length);

    const { opportunities } = await ok<{ opportunities: { id: string; stage: string; nextMove: unknown }[] }>(
      'list_opportunities',
      { status: 'open', query: 'ACM' },
    );
    expect(opportunities).toEqual([
      expect.objectContaining({ id: 'acme', stage: 'waiting', nextMove: expect.objectContaining({ item: THANKS }) }),
    ]);
    expect(await ok('list_opportunities', { status: 'rejected' })).toEqual({ opportunities: [] });
    expect(await ok('list_opportunities', { query: 'globex' })).toEqual({ opportunities: [] });

    const story = await ok<{ opportunity: { id: string }; timeline: { type: string }[] }>('show_opportunity', {
      opportunity: 'Acme',
    });
    expect(story.opportunity.id).toBe('acme');
    expect(story.timeline.map((e) => e.type)).toEqual(['created', 'interview']);

    const draft = await ok<{ item: { draft: { to: string } }; flags: unknown[] }>('draft_item', {
      item: THANKS,
      check: true,
    });
    expect(draft.item.draft.to).toBe('jane@acme.example');
    expect(Array.isArray(draft.flags)).toBe(true);

    const tone = await ok<{ flags: { rule: string }[] }>('check_tone', {
      text: 'I am so sorry to bother you again, I really need this job!!!',
    });
    expect(tone.flags.map((f) => f.rule)).toEqual(expect.arrayContaining(['over-apology', 'pleading']));
    expect(await ok('check_tone', { text: 'Thank you for your time today.', opportunity: 'acme' })).toEqual({
      flags: expect.any(Array),
    });
  });

  it('writes with dates in words, read in the seeker zone', async () => {
    expect(await ok('add_opportunity', { company: 'Globex', role: 'SRE', interest: 4 })).toEqual({ id: 'globex' });
    const interview = await ok<{ at: string }>('log_interview', {
      opportunity: 'globex',
      at: 'tomorrow 10am',
      with: ['Bo Chen <bo@globex.example>'],
      round: 'Phone screen',
    });
    expect(interview.at).toBe('2026-11-27T10:00:00-05:00');
    expect(await ok('log_offer', { opportunity: 'globex', expected: true, deadline: 'Dec 15' })).toMatchObject({
      deadline: '2026-12-15',
    });
    expect(
      await ok('log_heard', { opportunity: 'acme', at: 'today 8am', text: 'We will decide by next Friday.' }),
    ).toMatchObject({ at: '2026-11-26T08:00:00-05:00' });
    expect(await ok('snooze_item', { item: THANKS, until: 'next Monday' })).toEqual({
      item: THANKS,
      until: '2026-11-30',
    });
    const all = await ok<AgendaLike>('get_agenda', { all: true });
    expect(all.items.map((i) => i.id)).not.toContain(THANKS);
    const other = all.items[0]?.id;
    expect(other).toBeDefined();
    expect(await ok('dismiss_item', { item: other })).toMatchObject({ item: other });
    expect((await ok<AgendaLike>('get_agenda', { all: true })).items.map((i) => i.id)).not.toContain(other);
  });

  it('shows a logged thank-you in the next agenda: the item is done', async () => {
    expect((await ok<AgendaLike>('get_agenda')).items.map((i) => i.id)).toContain(THANKS);
    const sent = await ok<{ at: string }>('log_sent', {
      opportunity: 'acme',
      purpose: 'thank-you',
      at: 'yesterday 5pm',
    });
    expect(sent.at).toBe('2026-11-25T17:00:00-05:00');
    expect((await ok<AgendaLike>('get_agenda', { all: true })).items.map((i) => i.id)).not.toContain(THANKS);
    const story = await ok<{ timeline: { type: string }[] }>('show_opportunity', { opportunity: 'acme' });
    expect(story.timeline.map((e) => e.type)).toContain('touch');
  });

  it('refuses bad input to every tool with one line naming the field, and writes nothing', async () => {
    const before = JSON.stringify(await invoke(COMMANDS.exportData, h.ctx, {}));
    expect(await refused('get_agenda', { all: 'yes' })).toMatch(/^all: /);
    expect(await refused('get_agenda', { bogus: 1 })).toMatch(/bogus/);
    expect(await refused('list_opportunities', { status: 'pending' })).toBe(
      'status: must be one of open, accepted, declined, rejected, withdrawn, no-response (got "pending")',
    );
    expect(await refused('show_opportunity', { opportunity: 'initech' })).toMatch(
      /^no opportunity .*initech.*; use an id or a company name \(see list_opportunities\): acme$/,
    );
    expect(await refused('show_opportunity')).toMatch(/^opportunity: /);
    expect(await refused('add_opportunity', { company: ' ' })).toMatch(/^company: the company name is empty/);
    expect(await refused('add_opportunity', { company: 'Acme', role: 'Backend Engineer' })).toMatch(
      /; pass again: true to add another one$/,
    );
    expect(await refused('add_opportunity', { company: 'Hooli', interest: 9 })).toBe(
      'interest: must be a whole number from 1 to 5 (got 9)',
    );
    expect(await refused('log_interview', { opportunity: 'acme', at: 'when pigs fly' })).toMatch(/^at: /);
    expect(await refused('log_sent', { opportunity: 'acme', purpose: 'bribe' })).toMatch(/^purpose: must be one of /);
    expect(await refused('log_sent', { opportunity: 'acme', purpose: 'thank-you', interview: 'i7' })).toBe(
      'acme has no interview "i7"; see its interviews with show_opportunity, or log one with log_interview',
    );
    expect(await refused('log_heard', { opportunity: 'acme', kind: 'gossip' })).toMatch(/^kind: must be one of /);
    expect(await refused('log_offer', { opportunity: 'acme', deadline: 'blue moon' })).toMatch(/^deadline: /);
    expect(await refused('snooze_item', { item: THANKS, until: 'yesterday' })).toMatch(
      /^until 2026-11-25 is not after/,
    );
    expect(await refused('dismiss_item', { item: 'thank-you:acme:i9:nobody' })).toMatch(
      /^no open item .*; see the open item ids with get_agenda/,
    );
    expect(await refused('draft_item', {})).toMatch(/^item: /);
    expect(await refused('check_tone', { text: 5 })).toMatch(/^text: /);
    expect(await refused('check_tone', { text: 'Hi', opportunity: 'initech' })).toMatch(/^no opportunity /);
    expect(await refused('send_item', { item: THANKS })).toMatch(/^no tool "send_item"; the tools are get_agenda/);
    expect(JSON.stringify(await invoke(COMMANDS.exportData, h.ctx, {}))).toBe(before);
    expect(logged).toEqual([]);
  });

  it('answers a failure that is not the input (a store gone) with a tool error, logged, and keeps serving', async () => {
    await h.ctx.store.close();
    const line = await refused('get_agenda');
    expect(line).toBe('something went wrong in afterview, a bug; it has been logged');
    expect(logged).toHaveLength(1);
    expect((await client.listTools()).tools).toHaveLength(TOOL_NAMES.length);
    rmSync(h.ctx.home, { recursive: true, force: true });
    h = await openHarness(); // afterEach closes a store that is still open
  });
});

describe('the resources and the prompt', () => {
  it('reads the agenda and each opportunity story as JSON', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(expect.arrayContaining([AGENDA_URI, 'afterview://opportunity/acme']));
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(['afterview://opportunity/{id}']);

    const agenda = await client.readResource({ uri: AGENDA_URI });
    const agendaJson = JSON.parse((agenda.contents[0] as { text: string }).text) as AgendaLike;
    expect(agendaJson.items.map((i) => i.id)).toContain(THANKS);
    const story = await client.readResource({ uri: 'afterview://opportunity/acme' });
    expect(JSON.parse((story.contents[0] as { text: string }).text).opportunity.company).toBe('Acme');
    await expect(client.readResource({ uri: 'afterview://opportunity/initech' })).rejects.toThrow(/initech/);
  });

  it('offers a prompt that plans the week from the agenda', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => [p.name, p.title])).toEqual([[PLAN_PROMPT, 'Plan my follow-ups this week']]);
    const prompt = await client.getPrompt({ name: PLAN_PROMPT });
    expect(prompt.messages).toHaveLength(2);
    const [ask, attached] = prompt.messages as [(typeof prompt.messages)[number], (typeof prompt.messages)[number]];
    expect((ask.content as { text: string }).text).toMatch(/next seven days/);
    const resource = (attached.content as { resource: { uri: string; text: string } }).resource;
    expect(resource.uri).toBe(AGENDA_URI);
    expect(JSON.parse(resource.text).items.map((i: { id: string }) => i.id)).toContain(THANKS);
  });
});

describe('POST /mcp on the server', () => {
  /** A client whose requests go to the app in process, as a local MCP client would send them. */
  async function httpClient(harness: Harness, headers: Record<string, string> = {}): Promise<Client> {
    const transport = new StreamableHTTPClientTransport(new URL(`http://${HOST}/mcp`), {
      fetch: async (url, init) => {
        const all = new Headers(init?.headers);
        for (const [name, value] of Object.entries(headers)) all.set(name, value);
        return harness.app.request(String(url), { ...init, headers: all });
      },
    });
    const http = new Client({ name: 'afterview-http-test', version: '1.0.0' });
    await http.connect(transport);
    return http;
  }

  const initialize = {
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
  };
  const MCP_HEADERS = { accept: 'application/json, text/event-stream' };

  it('lists and calls the tools for the request seeker, a write showing in the next call', async () => {
    const http = await httpClient(h);
    expect((await http.listTools()).tools.map((t) => t.name)).toEqual([...TOOL_NAMES]);
    const before = (await http.callTool({ name: 'get_agenda', arguments: {} })) as CallToolResult;
    expect((before.structuredContent as unknown as AgendaLike).items.map((i) => i.id)).toContain(THANKS);
    await http.callTool({
      name: 'log_sent',
      arguments: { opportunity: 'acme', purpose: 'thank-you', at: 'yesterday 5pm' },
    });
    const after = (await http.callTool({ name: 'get_agenda', arguments: { all: true } })) as CallToolResult;
    expect((after.structuredContent as unknown as AgendaLike).items.map((i) => i.id)).not.toContain(THANKS);
    const bad = (await http.callTool({ name: 'snooze_item', arguments: { item: THANKS } })) as CallToolResult;
    expect(bad.isError).toBe(true);
    await http.close();
  });

  it('refuses a foreign Host or Origin with 403, and a GET with 405', async () => {
    const foreignHost = await h.call('POST', '/mcp', initialize, { ...MCP_HEADERS, host: 'evil.example:4411' });
    expect(foreignHost.status).toBe(403);
    const foreignOrigin = await h.call('POST', '/mcp', initialize, { ...MCP_HEADERS, origin: 'https://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    expect(((await foreignOrigin.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    await expect(httpClient(h, { origin: 'https://evil.example' })).rejects.toThrow();
    const own = await h.call('POST', '/mcp', initialize, { ...MCP_HEADERS, origin: `http://${HOST}` });
    expect(own.status).toBe(200);
    expect((await h.call('GET', '/mcp', undefined, MCP_HEADERS)).status).toBe(405);
    const notJson = await h.call('POST', '/mcp', '{"jsonrpc": ', {
      ...MCP_HEADERS,
      'content-type': 'application/json',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: number } }).error.code).toBe(-32700);
  });

  it("answers for the request's seeker only, on a server for several", async () => {
    const home = mkdtempSync(join(tmpdir(), 'afterview-mcp-scope-'));
    const rt = await startRuntime({ home, now: '2026-11-26T14:00:00Z' });
    try {
      const app = createApp({
        ctx: { ...rt.ctx, cache: new SeekerCache() },
        scope: { seekerOf: (req) => req.header('x-test-seeker') ?? rt.config.seekerId, contextFor: rt.contextFor },
        allowedHosts: loopbackHosts(4411),
        logError: () => {},
      });
      const tool = async (seeker: string, name: string, args: Record<string, unknown>) => {
        const res = await app.request(`http://${HOST}/mcp`, {
          method: 'POST',
          headers: { host: HOST, 'x-test-seeker': seeker, 'content-type': 'application/json', ...MCP_HEADERS },
          body: JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name, arguments: args } }),
        });
        expect(res.status).toBe(200);
        return ((await res.json()) as { result: CallToolResult }).result;
      };
      expect((await tool('ann', 'add_opportunity', { company: 'Acme' })).structuredContent).toEqual({ id: 'acme' });
      expect((await tool('bo', 'add_opportunity', { company: 'Globex' })).structuredContent).toEqual({ id: 'globex' });
      const companies = async (seeker: string) =>
        (
          (await tool(seeker, 'list_opportunities', {})).structuredContent as { opportunities: { company: string }[] }
        ).opportunities.map((o) => o.company);
      expect(await companies('ann')).toEqual(['Acme']);
      expect(await companies('bo')).toEqual(['Globex']);
      expect((await tool('bo', 'show_opportunity', { opportunity: 'acme' })).isError).toBe(true);
    } finally {
      await rt.close();
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('needs the token when the server has one', async () => {
    const guarded = await openHarness({ token: 'sesame' });
    try {
      expect((await guarded.call('POST', '/mcp', initialize, MCP_HEADERS)).status).toBe(401);
      const http = await httpClient(guarded, { authorization: 'Bearer sesame' });
      expect((await http.listTools()).tools).toHaveLength(TOOL_NAMES.length);
      await http.close();
    } finally {
      await guarded.close();
    }
  });
});
