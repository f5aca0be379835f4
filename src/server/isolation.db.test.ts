/**
 * Isolation on a server shared by many seekers (real PostgreSQL, accounts
 * mode, the server running as a role under row-level security), generated
 * from the lists rather than written route by route: the Hono app's own
 * route list (`app.routes`), the registry command behind each route
 * (`commandOfHandler`) and the MCP tools the server lists. For every route
 * and tool: nobody gets 401; another seeker given the first seeker's ids
 * gets exactly the answer an id that does not exist gets (404), and where
 * nothing takes an id, none of the first seeker's data; a coach the first
 * seeker granted access writes nothing and reaches seeker routes only
 * through the coach's read-only routes. The first seeker's data is the same
 * before and after. A new route, command or tool fails the first test here
 * until it has a sample input below.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../../test/dialects.js';
import type { AddedUser } from '../app/accounts/accounts.js';
import type { CommandDefinition } from '../app/registry/command.js';
import { COMMANDS } from '../app/registry/index.js';
import { SeekerCache } from '../app/seeker-cache.js';
import type { Runtime } from '../main.js';
import { accountAdder, closeAppRoleRuntime, runtimeAsAppRole } from './accounts.fixture.js';
import { createApp } from './app.js';
import { commandOfHandler, PARAM_FIELDS } from './bind.js';
import { loopbackHosts } from './security.js';
import { type RunningServer, startServer } from './serve.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;
const postgres = DIALECTS.find((d) => d.name === 'postgres');
const NOW = '2026-11-26T14:00:00Z';
const APP_ROLE = `afterview_iso_${process.pid}_${Date.now() % 100_000}`;
const MCP_HEADERS = { accept: 'application/json, text/event-stream' };

/** The ids a request names: the first seeker's (`theirs`) or ids nobody has (`missing`). */
interface Ids {
  opportunity: string;
  interview: string;
  touch: string;
  offer: string;
  item: string;
  messageId: string;
}

/** Ids nobody has; the item is the first seeker's item of an opportunity that does not exist (set with theirs). */
const MISSING: Ids = {
  opportunity: 'no-such-opportunity-zz',
  interview: 'i1',
  touch: 't1',
  offer: 'o1',
  item: '',
  messageId: '<nobody-1@nowhere.example>',
};

/**
 * A valid input for each command a route or tool runs, naming the ids it
 * acts on: what the other seeker sends. A command without one here fails
 * the coverage test, so a new one cannot go untried.
 */
const SAMPLES: Record<string, (ids: Ids) => Record<string, unknown>> = {
  list_opportunities: () => ({}),
  add_opportunity: () => ({ company: 'Ben Only Co' }),
  show_opportunity: (ids) => ({ opportunity: ids.opportunity }),
  update_opportunity: (ids) => ({ opportunity: ids.opportunity, notes: 'changed by someone else' }),
  delete_opportunity: (ids) => ({ opportunity: ids.opportunity }),
  close_opportunity: (ids) => ({ opportunity: ids.opportunity, as: 'withdrawn' }),
  reopen_opportunity: (ids) => ({ opportunity: ids.opportunity }),
  log_interview: (ids) => ({ opportunity: ids.opportunity, at: '2026-11-25T10:00:00Z' }),
  update_interview: (ids) => ({ opportunity: ids.opportunity, interview: ids.interview, notes: 'changed' }),
  delete_interview: (ids) => ({ opportunity: ids.opportunity, interview: ids.interview }),
  log_sent: (ids) => ({ opportunity: ids.opportunity, purpose: 'thank-you' }),
  log_heard: (ids) => ({ opportunity: ids.opportunity }),
  delete_touch: (ids) => ({ opportunity: ids.opportunity, touch: ids.touch }),
  log_offer: (ids) => ({ opportunity: ids.opportunity }),
  accept_offer: (ids) => ({ opportunity: ids.opportunity }),
  decline_offer: (ids) => ({ opportunity: ids.opportunity }),
  delete_offer: (ids) => ({ opportunity: ids.opportunity, offer: ids.offer }),
  list_inbox: () => ({ all: true }),
  review_mail: (ids) => ({ messageId: ids.messageId, action: 'ignore' }),
  calendar_feed: () => ({}),
  rotate_calendar_feed: () => ({}),
  list_mail_providers: () => ({}),
  connect_mail: () => ({
    provider: 'other',
    address: 'ben@example.org',
    password: 'ben-app-password',
    imapHost: '127.0.0.1',
    smtpHost: '127.0.0.1',
  }),
  test_mail: () => ({
    provider: 'other',
    address: 'ben@example.org',
    password: 'ben-app-password',
    imapHost: '127.0.0.1',
    imapPort: 9,
    smtpHost: '127.0.0.1',
    smtpPort: 9,
  }),
  mail_status: () => ({}),
  get_agenda: () => ({ all: true }),
  snooze_item: (ids) => ({ item: ids.item, until: '2026-12-01' }),
  dismiss_item: (ids) => ({ item: ids.item }),
  restore_item: (ids) => ({ item: ids.item }),
  show_today: () => ({}),
  draft_item: (ids) => ({ item: ids.item }),
  check_tone: (ids) => ({ text: 'Thank you for your time today.', opportunity: ids.opportunity }),
  send_item: (ids) => ({ item: ids.item, dryRun: true }),
  read_when: () => ({ text: 'next Friday' }),
  get_config: () => ({}),
  set_config: () => ({ key: 'signature', value: 'Ben' }),
  export_data: () => ({}),
  import_data: () => ({ document: '{"format": "afterview/1"}' }),
  load_demo: () => ({}),
  import_csv: () => ({ csv: 'company\nBen Only Co\n' }),
  export_csv: () => ({}),
};

/**
 * Commands whose answer to an id that does not exist is not 404: the other
 * seeker's id must still get exactly that answer. Each is a departure from
 * the contract (404) to fix in its use case.
 */
const MISSING_NOT_404: Record<string, number> = {};

/** Seeker commands no route or tool serves, and why: each must be named here or served. */
const NOT_SERVED: Record<string, string> = {
  sync_imap: "the server's own mail watch runs it for each seeker",
  import_calendar: 'the CLI only (afterview import ics)',
  export_calendar: 'served as the calendar feed, GET /calendar/:feed, whose token finds its seeker',
};

/** What a route is for, when it is not a seeker's route bound to a registry command. */
type Kind = 'open' | 'session' | 'account' | 'grants' | 'coach' | 'feed' | 'mcp';
const FIXED: Record<string, Kind> = {
  'GET /healthz': 'open',
  'GET /*': 'open',
  'POST /api/session': 'session',
  'DELETE /api/session': 'session',
  'GET /api/session': 'account',
  'PUT /api/password': 'account',
  'POST /api/coaches': 'grants',
  'GET /api/coaches': 'grants',
  'DELETE /api/coaches/:email': 'grants',
  'GET /api/seekers': 'coach',
  'GET /api/seekers/:seeker/agenda': 'coach',
  'GET /api/seekers/:seeker/opportunities': 'coach',
  'GET /calendar/:feed': 'feed',
  'POST /mcp': 'mcp',
  'GET /mcp': 'mcp',
  'DELETE /mcp': 'mcp',
};

/** Seeker routes whose handler calls the registry itself, with the command it runs (null: none, a stream). */
const CUSTOM: Record<string, string | null> = {
  'GET /api/export': 'export_data',
  'GET /api/export.csv': 'export_csv',
  'GET /api/events': null,
};

interface Route {
  key: string;
  method: string;
  path: string;
  kind: Kind | 'seeker';
  command: CommandDefinition | null;
}

/** Every endpoint of the app (middleware left out), classified; unclassified ones are returned apart. */
function routeList(app: ReturnType<typeof createApp>): { routes: Route[]; unknown: string[] } {
  const routes: Route[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL') continue;
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fixed = FIXED[key];
    if (fixed) {
      routes.push({ key, method: r.method, path: r.path, kind: fixed, command: null });
      continue;
    }
    const bound = commandOfHandler(r.handler);
    const custom = CUSTOM[key];
    if (r.path.startsWith('/api/') && (bound || custom !== undefined)) {
      const command = bound ?? (custom ? (Object.values(COMMANDS).find((c) => c.name === custom) ?? null) : null);
      routes.push({
        key,
        method: r.method,
        path: r.path,
        kind: 'seeker',
        command: command as CommandDefinition | null,
      });
    } else unknown.push(key);
  }
  return { routes, unknown };
}

/** The request for `route` carrying `input`: path parameters from its fields, the rest as query or JSON body. */
function requestFor(route: Route, input: Record<string, unknown>): { path: string; body?: unknown } {
  const rest: Record<string, unknown> = { ...input };
  let path = route.path;
  for (const param of route.path.match(/:[A-Za-z]+/g) ?? []) {
    const name = param.slice(1);
    const field = PARAM_FIELDS[name] ?? name;
    if (!(field in rest)) throw new Error(`${route.key}: the sample input has no ${field} for :${name}`);
    path = path.replace(param, encodeURIComponent(String(rest[field])));
    delete rest[field];
  }
  if (route.method === 'GET' || route.method === 'DELETE') {
    const query = new URLSearchParams(
      Object.entries(rest).map(([k, v]): [string, string] => [k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v)]),
    ).toString();
    return { path: query ? `${path}?${query}` : path };
  }
  return { path, body: rest };
}

describe.skipIf(!postgres || postgres.skip !== null)('isolation on a server shared by many seekers', () => {
  let database: TestDatabase;
  let home: string;
  let rt: Runtime;
  let server: RunningServer;
  let routes: Route[];
  let unknownRoutes: string[];
  let ana: AddedUser;
  let ben: AddedUser;
  let cole: AddedUser;
  const sessions = { ana: '', ben: '', cole: '' };
  let theirs: Ids;
  /** Strings only the first seeker's data holds. */
  let markers: string[];
  /** The first seeker's revision and export before anyone else acted. */
  let before: { revision: number | string; exported: string };

  /** One request over HTTP as `who` (a session token, or null for nobody). */
  async function call(
    who: string | null,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const res = await fetch(new URL(path, server.url), {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(who ? { cookie: `afterview_session=${who}` } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let json: Json | null = null;
    try {
      json = text ? (JSON.parse(text) as Json) : null;
    } catch {
      json = null;
    }
    return { status: res.status, text, body: json as Json };
  }

  /** One MCP request (`method`, `params`) as `who`. */
  async function mcp(who: string | null, method: string, params: Json) {
    return call(who, 'POST', '/mcp', { jsonrpc: '2.0', id: 1, method, params }, MCP_HEADERS);
  }

  /** `text` with the first seeker's ids and the missing ones written alike, to compare two answers. */
  function alike(text: string): string {
    let out = text;
    for (const ids of [theirs, MISSING]) {
      out = out.replaceAll(ids.messageId, '<MESSAGE>').replaceAll(ids.opportunity, '<OPPORTUNITY>');
    }
    return out;
  }

  async function anaState() {
    const store = (await rt.contextFor(ana.user.seekerId as string)).store;
    return { revision: await store.revision(), exported: (await call(sessions.ana, 'GET', '/api/export')).text };
  }

  const sampleOf = (command: CommandDefinition) => SAMPLES[command.name];
  /** True when the command's sample names ids of the seeker's data. */
  const takesIds = (command: CommandDefinition) =>
    JSON.stringify(sampleOf(command)?.(theirs)) !== JSON.stringify(sampleOf(command)?.(MISSING));

  beforeAll(async () => {
    database = await (postgres as NonNullable<typeof postgres>).freshDatabase();
    home = mkdtempSync(join(tmpdir(), 'afterview-isolation-'));
    rt = await runtimeAsAppRole(database, home, APP_ROLE, NOW);
    const accounts = rt.database.accounts();
    const add = accountAdder(rt, () => rt.ctx.now.epochMilliseconds);
    ana = await add('ana@example.org', 'seeker');
    ben = await add('ben@example.org', 'seeker');
    cole = await add('cole@example.org', 'coach');
    const gate = { accounts, contextFor: rt.contextFor };
    server = await startServer({
      ctx: { ...rt.ctx, cache: new SeekerCache() },
      accounts: gate,
      port: 0,
      logError: () => {},
    });
    ({ routes, unknown: unknownRoutes } = routeList(
      createApp({ ctx: rt.ctx, accounts: gate, allowedHosts: loopbackHosts(1) }),
    ));
    for (const [name, user] of [
      ['ana', ana],
      ['ben', ben],
      ['cole', cole],
    ] as const) {
      const res = await fetch(new URL('/api/session', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: user.signinToken }),
      });
      sessions[name] = /afterview_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
      expect(sessions[name]).not.toBe('');
    }

    // Ana's data: an opportunity with an interview, a message sent, an offer, a mail message to review,
    // a mail password and a calendar feed; and a coach she lets read it.
    const a = sessions.ana;
    const added = await call(a, 'POST', '/api/opportunities', { company: 'Quillfeather Ana Only' });
    expect(added.status).toBe(201);
    const opportunity = added.body.id as string;
    expect(
      (
        await call(a, 'POST', `/api/opportunities/${opportunity}/interviews`, {
          at: '2026-11-26T09:00:00Z',
          durationMinutes: 60,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(a, 'POST', `/api/opportunities/${opportunity}/sent`, {
          purpose: 'thank-you',
          at: '2026-11-26T12:00:00Z',
        })
      ).status,
    ).toBe(201);
    expect((await call(a, 'POST', `/api/opportunities/${opportunity}/offers`, {})).status).toBe(201);
    const shown = (await call(a, 'GET', `/api/opportunities/${opportunity}`)).body.opportunity;
    const messageId = '<ana-only-1@quillfeather.example>';
    await (await rt.contextFor(ana.user.seekerId as string)).store.appendMail({
      touches: [],
      offers: [],
      messages: [
        {
          messageId,
          source: 'imap',
          subject: 'Quillfeather: next steps',
          sender: 'hr@quillfeather.example',
          sentAt: '2026-11-25T10:00:00+00:00',
          status: 'review',
          opportunityId: null,
          direction: 'in',
          reading: null,
          touchId: null,
          note: null,
        },
      ],
    });
    const items = (await call(a, 'GET', '/api/agenda?all=1')).body.items as Json[];
    const item = items.map((i) => i.id as string).find((id) => id.includes(opportunity));
    expect(item).toBeDefined();
    theirs = {
      opportunity,
      interview: shown.interviews[0].id,
      touch: shown.touches[0].id,
      offer: shown.offers[0].id,
      item: item as string,
      messageId,
    };
    MISSING.item = theirs.item.replace(opportunity, MISSING.opportunity);
    expect(
      (await call(a, 'PUT', '/api/settings/smtp.url', { value: 'smtp://ana:ana-pass-7731@mail.example:587' })).status,
    ).toBe(200);
    const feed = (await call(a, 'GET', '/api/calendar')).body.url as string;
    expect((await call(a, 'POST', '/api/coaches', { email: 'cole@example.org' })).status).toBe(201);
    markers = [
      opportunity,
      'Quillfeather',
      'ana@example.org',
      'ana-pass-7731',
      messageId,
      feed.slice('/calendar/'.length, -'.ics'.length),
    ];
    before = await anaState();
  }, 120_000);

  afterAll(() => closeAppRoleRuntime({ server, rt, database, home, role: APP_ROLE }));

  it('covers every route of the app, every command a route or tool runs, and every tool', async () => {
    expect(unknownRoutes, 'routes this test does not know: classify them or bind them to a command').toEqual([]);
    const seekerRoutes = routes.filter((r) => r.kind === 'seeker');
    expect(seekerRoutes.length).toBeGreaterThan(40);
    const tools = ((await mcp(sessions.ana, 'tools/list', {})).body.result.tools as Json[]).map(
      (t) => t.name as string,
    );
    expect(tools.length).toBeGreaterThan(5);
    const served = new Set([...seekerRoutes.flatMap((r) => (r.command ? [r.command.name] : [])), ...tools]);
    expect(
      [...served].filter((name) => !SAMPLES[name]),
      'commands without a sample input here',
    ).toEqual([]);
    const unserved = Object.values(COMMANDS)
      .filter((c) => c.access === 'seeker' && !served.has(c.name))
      .map((c) => c.name);
    expect(unserved.sort(), 'seeker commands neither served nor named in NOT_SERVED').toEqual(
      Object.keys(NOT_SERVED).sort(),
    );
    // A local command is never served to the accounts of a shared server.
    const local = Object.values(COMMANDS)
      .filter((c) => c.access === 'local')
      .map((c) => c.name);
    expect(local.filter((name) => served.has(name))).toEqual([]);
  });

  it('answers 401 to nobody on every route but signing in and the open ones, and on every tool', async () => {
    for (const route of routes) {
      if (route.kind === 'open' || route.kind === 'session' || route.kind === 'feed') continue;
      const input = route.command ? (sampleOf(route.command)?.(theirs) ?? {}) : {};
      const filled =
        route.path.includes(':seeker') || route.path.includes(':email')
          ? {
              path: route.path.replace(':seeker', ana.user.seekerId as string).replace(':email', 'cole@example.org'),
              body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
            }
          : requestFor(route, input);
      const res = await call(null, route.method, filled.path, filled.body, route.kind === 'mcp' ? MCP_HEADERS : {});
      expect(res.status, `${route.key} as nobody`).toBe(401);
      expect(res.text).not.toContain('Quillfeather');
    }
    expect((await call(null, 'GET', '/api/no-such-route')).status).toBe(401);
    // Signed in, the MCP endpoint's other methods answer for what they are, whatever the request's body.
    for (const method of ['GET', 'DELETE']) {
      expect((await call(sessions.ben, method, '/mcp', undefined, MCP_HEADERS)).status, `${method} /mcp`).toBe(405);
    }
    for (const name of Object.keys(SAMPLES)) {
      const res = await mcp(null, 'tools/call', { name, arguments: SAMPLES[name]?.(theirs) });
      expect(res.status, `tool ${name} as nobody`).toBe(401);
    }
    // The feed is found by its secret token alone: a wrong one is an address like any other that does not exist.
    expect((await call(null, 'GET', '/calendar/not-the-token.ics')).status).toBe(404);
  });

  it("answers another seeker about the first seeker's ids exactly as about ids that do not exist", async () => {
    const b = sessions.ben;
    let tried = 0;
    for (const route of routes.filter((r) => r.kind === 'seeker' && r.command && takesIds(r.command))) {
      const sample = sampleOf(route.command as CommandDefinition) as (ids: Ids) => Record<string, unknown>;
      const mine = requestFor(route, sample(theirs));
      const none = requestFor(route, sample(MISSING));
      const foreign = await call(b, route.method, mine.path, mine.body);
      const missing = await call(b, route.method, none.path, none.body);
      const status = MISSING_NOT_404[(route.command as CommandDefinition).name] ?? 404;
      expect(missing.status, `${route.key} with a missing id: ${missing.text}`).toBe(status);
      expect(foreign.status, `${route.key} with the first seeker's id`).toBe(status);
      expect(alike(foreign.text), route.key).toBe(alike(missing.text));
      tried++;
    }
    expect(tried).toBeGreaterThan(15);

    const tools = ((await mcp(b, 'tools/list', {})).body.result.tools as Json[]).map((t) => t.name as string);
    let toolsTried = 0;
    for (const name of tools) {
      const sample = SAMPLES[name] as (ids: Ids) => Record<string, unknown>;
      if (JSON.stringify(sample(theirs)) === JSON.stringify(sample(MISSING))) continue;
      const foreign = await mcp(b, 'tools/call', { name, arguments: sample(theirs) });
      const missing = await mcp(b, 'tools/call', { name, arguments: sample(MISSING) });
      expect(missing.body.result.isError, `tool ${name} with a missing id`).toBe(true);
      expect(alike(JSON.stringify(foreign.body)), `tool ${name}`).toBe(alike(JSON.stringify(missing.body)));
      toolsTried++;
    }
    expect(toolsTried).toBeGreaterThan(8);
    // The opportunity resource likewise.
    const read = async (id: string) => mcp(b, 'resources/read', { uri: `afterview://opportunity/${id}` });
    const [foreign, missing] = [await read(theirs.opportunity), await read(MISSING.opportunity)];
    expect(alike(JSON.stringify(foreign.body))).toBe(alike(JSON.stringify(missing.body)));
    expect(JSON.stringify(foreign.body)).not.toContain('Quillfeather');

    // A coach asking for a seeker who granted nothing: as for a seeker who does not exist.
    for (const route of routes.filter((r) => r.path.includes(':seeker'))) {
      const other = await call(sessions.cole, route.method, route.path.replace(':seeker', ben.user.seekerId as string));
      const nobody = await call(sessions.cole, route.method, route.path.replace(':seeker', 'no-such-seeker'));
      expect(other.status, route.key).toBe(404);
      expect(other.text.replace(ben.user.seekerId as string, 'X')).toBe(nobody.text.replace('no-such-seeker', 'X'));
      // And a seeker asking for another seeker there.
      expect(
        (await call(sessions.ben, route.method, route.path.replace(':seeker', ana.user.seekerId as string))).status,
      ).toBe(404);
    }
    expect(await anaState()).toEqual(before);
  });

  it("shows another seeker none of the first seeker's data where nothing takes an id, and their writes stay theirs", async () => {
    const b = sessions.ben;
    const plain = routes.filter((r) => r.kind === 'seeker' && !(r.command && takesIds(r.command)));
    // Reads first (Ben has nothing yet: empty lists), then writes.
    const ordered = [...plain.filter((r) => r.method === 'GET'), ...plain.filter((r) => r.method !== 'GET')];
    for (const route of ordered) {
      if (route.key === 'GET /api/events') continue; // a stream: below
      const input = route.command ? (sampleOf(route.command)?.(theirs) ?? {}) : {};
      const { path, body } = requestFor(route, input);
      const res = await call(b, route.method, path, body);
      if (route.method === 'GET') expect(res.status, `${route.key}: ${res.text}`).toBe(200);
      for (const marker of markers) expect(res.text, `${route.key} shows ${marker}`).not.toContain(marker);
      if (route.key === 'GET /api/opportunities') expect(res.body).toEqual([]);
    }
    const events = new AbortController();
    const stream = await fetch(new URL('/api/events', server.url), {
      headers: { cookie: `afterview_session=${b}` },
      signal: events.signal,
    });
    expect(stream.status).toBe(200);
    const first = await stream.body?.getReader().read();
    events.abort();
    expect(new TextDecoder().decode(first?.value)).toMatch(/event: revision/);

    const tools = ((await mcp(b, 'tools/list', {})).body.result.tools as Json[]).map((t) => t.name as string);
    for (const name of tools) {
      const sample = SAMPLES[name] as (ids: Ids) => Record<string, unknown>;
      if (JSON.stringify(sample(theirs)) !== JSON.stringify(sample(MISSING))) continue;
      const res = await mcp(b, 'tools/call', { name, arguments: sample(theirs) });
      for (const marker of markers) expect(res.text, `tool ${name} shows ${marker}`).not.toContain(marker);
    }
    const agenda = await mcp(b, 'resources/read', { uri: 'afterview://agenda' });
    for (const marker of markers) expect(agenda.text).not.toContain(marker);
    expect(await anaState()).toEqual(before);
  });

  it('lets a granted coach write nothing and reach seeker routes and tools only through the read-only ones', async () => {
    const c = sessions.cole;
    for (const route of routes) {
      if (route.kind === 'open' || route.kind === 'session' || route.kind === 'account' || route.kind === 'feed')
        continue;
      if (route.kind === 'coach') {
        const path = route.path.replace(':seeker', ana.user.seekerId as string);
        const res = await call(c, route.method, path);
        expect(res.status, route.key).toBe(200);
        continue;
      }
      const input = route.command ? (sampleOf(route.command)?.(theirs) ?? {}) : {};
      const filled = route.path.includes(':email')
        ? { path: route.path.replace(':email', 'cole@example.org'), body: undefined }
        : requestFor(route, input);
      const res = await call(c, route.method, filled.path, filled.body, route.kind === 'mcp' ? MCP_HEADERS : {});
      expect(res.status, `${route.key} as a coach: ${res.text}`).toBe(403);
      expect(res.text).not.toContain('Quillfeather');
    }
    for (const name of Object.keys(SAMPLES)) {
      const res = await mcp(c, 'tools/call', { name, arguments: SAMPLES[name]?.(theirs) });
      expect(res.status, `tool ${name} as a coach`).toBe(403);
    }
    // What the grant allows: Ana's opportunities, read-only.
    const opps = await call(c, 'GET', `/api/seekers/${ana.user.seekerId}/opportunities`);
    expect(opps.body.map((o: Json) => o.company)).toEqual(['Quillfeather Ana Only']);
    expect(await anaState()).toEqual(before);
  });
});
