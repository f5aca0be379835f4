/**
 * Accounts mode over real HTTP on a real PostgreSQL: sign-in with the
 * one-time link and with a password (Argon2id), the session cookie, the
 * same 401 whether or not an account exists, the bounds on guessing,
 * sign-out and disabling, the signed-in seeker's own data only (every
 * route, tool and role: isolation.db.test.ts), the calendar feed found by
 * its token, and coaches' read-only access that ends when revoked.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../../test/dialects.js';
import {
  type AddedUser,
  addUser,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
} from '../app/accounts/accounts.js';
import { SeekerCache } from '../app/seeker-cache.js';
import type { Runtime } from '../main.js';
import { accountAdder, asRole, closeAppRoleRuntime, runtimeAsAppRole } from './accounts.fixture.js';
import { type RunningServer, startServer } from './serve.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;
const postgres = DIALECTS.find((d) => d.name === 'postgres');
const NOW = '2026-11-26T14:00:00Z';
const APP_ROLE = `afterview_app_${process.pid}_${Date.now() % 100_000}`;

describe.skipIf(!postgres || postgres.skip !== null)('accounts mode on PostgreSQL', () => {
  let database: TestDatabase;
  let home: string;
  let rt: Runtime;
  let server: RunningServer;
  let now = Temporal.Instant.from(NOW);
  let ana: AddedUser;
  let ben: AddedUser;
  let cole: AddedUser;
  let dee: AddedUser;

  beforeAll(async () => {
    database = await (postgres as NonNullable<typeof postgres>).freshDatabase();
    home = mkdtempSync(join(tmpdir(), 'afterview-accounts-'));
    // The operator migrates as the owner, then runs the server as a role that neither owns the tables nor bypasses RLS.
    rt = await runtimeAsAppRole(database, home, APP_ROLE, NOW);
    const accounts = rt.database.accounts();
    const add = accountAdder(rt, () => now.epochMilliseconds);
    ana = await add('Ana@Example.org', 'seeker');
    ben = await add('ben@example.org', 'seeker');
    cole = await add('cole@example.org', 'coach');
    dee = await add('dee@example.org', 'seeker');
    server = await startServer({
      ctx: { ...rt.ctx, cache: new SeekerCache() },
      accounts: { accounts, contextFor: rt.contextFor },
      port: 0,
      clock: () => now,
      logError: () => {},
    });
  }, 60_000);

  afterAll(() => closeAppRoleRuntime({ server, rt, database, home, role: APP_ROLE }));

  /** One request over HTTP; `cookie` is a session token or nothing. */
  async function call(method: string, path: string, options: { cookie?: string | null; body?: unknown } = {}) {
    const res = await fetch(new URL(path, server.url), {
      method,
      headers: {
        'content-type': 'application/json',
        ...(options.cookie ? { cookie: `afterview_session=${options.cookie}` } : {}),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await res.text();
    let body: Json | string | null = null;
    try {
      body = text ? (JSON.parse(text) as Json) : null;
    } catch {
      body = text;
    }
    return { status: res.status, body: body as Json, setCookie: res.headers.get('set-cookie') };
  }

  /** Signs in and returns the session token from the cookie. */
  async function signIn(credentials: object): Promise<string> {
    const res = await call('POST', '/api/session', { body: credentials });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const token = /afterview_session=([^;]+)/.exec(res.setCookie ?? '')?.[1];
    expect(token).toBeTruthy();
    return token as string;
  }

  let anaSession = '';
  let benSession = '';
  let coleSession = '';

  it('signs in once with the link, sets an HttpOnly SameSite=Lax cookie, and the link is then spent', async () => {
    const res = await call('POST', '/api/session', { body: { token: ana.signinToken } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ email: 'ana@example.org', name: 'ana', role: 'seeker' });
    expect(res.setCookie).toMatch(/HttpOnly/);
    expect(res.setCookie).toMatch(/SameSite=Lax/);
    expect(res.setCookie).not.toMatch(/Secure/);
    anaSession = /afterview_session=([^;]+)/.exec(res.setCookie ?? '')?.[1] ?? '';
    expect((await call('GET', '/api/session', { cookie: anaSession })).body).toEqual(res.body);
    const again = await call('POST', '/api/session', { body: { token: ana.signinToken } });
    expect(again.status).toBe(401);
    // The stored token is a hash: the table holds nothing that signs in.
    const rows = await database.query(`select token_hash from signin_tokens`);
    expect(rows.map((r) => r.token_hash)).not.toContain(ana.signinToken);
    const sessions = await database.query(`select token_hash from sessions`);
    expect(sessions.map((r) => r.token_hash)).not.toContain(anaSession);
  });

  it('sets a password as Argon2id; a wrong password answers exactly as an unknown account', async () => {
    expect((await call('PUT', '/api/password', { body: { password: 'correct horse battery' } })).status).toBe(401);
    const short = await call('PUT', '/api/password', { cookie: anaSession, body: { password: 'short' } });
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('password');
    const set = await call('PUT', '/api/password', { cookie: anaSession, body: { password: 'correct horse battery' } });
    expect(set.status).toBe(204);
    const [row] = await database.query(`select password_hash from users where email = 'ana@example.org'`);
    expect(String(row?.password_hash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const wrong = await call('POST', '/api/session', { body: { email: 'ana@example.org', password: 'not it at all' } });
    const nobody = await call('POST', '/api/session', {
      body: { email: 'zed@example.org', password: 'not it at all' },
    });
    expect(wrong.status).toBe(401);
    expect(nobody).toEqual(wrong);
    const fresh = await signIn({ email: 'ANA@example.org', password: 'correct horse battery' });
    expect(fresh).not.toBe(anaSession);
    anaSession = fresh;
  });

  it('bounds failed sign-ins per account, even with the right password after the bound', async () => {
    await signIn({ token: dee.signinToken }).then((t) =>
      call('PUT', '/api/password', { cookie: t, body: { password: 'dee has a long password' } }),
    );
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(
        (await call('POST', '/api/session', { body: { email: 'dee@example.org', password: 'wrong one' } })).status,
      ).toBe(401);
    }
    const blocked = await call('POST', '/api/session', {
      body: { email: 'dee@example.org', password: 'dee has a long password' },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too_many_attempts');
    now = now.add({ minutes: 16 });
    await signIn({ email: 'dee@example.org', password: 'dee has a long password' });
  });

  it('signs out, and a session used after sign-in elsewhere still works while the old one ended', async () => {
    const extra = await signIn({ email: 'ana@example.org', password: 'correct horse battery' });
    expect((await call('GET', '/api/agenda', { cookie: extra })).status).toBe(200);
    expect((await call('DELETE', '/api/session', { cookie: extra })).status).toBe(204);
    expect((await call('GET', '/api/agenda', { cookie: extra })).status).toBe(401);
    expect((await call('GET', '/api/agenda', { cookie: anaSession })).status).toBe(200);
  });

  it("keeps each seeker to their own data: another seeker's ids answer as missing ones", async () => {
    benSession = await signIn({ token: ben.signinToken });
    const before = await call('GET', '/api/opportunities/acme', { cookie: benSession });
    expect(before.status).toBe(404);
    expect((await call('POST', '/api/opportunities', { cookie: anaSession, body: { company: 'Acme' } })).status).toBe(
      201,
    );
    expect((await call('GET', '/api/opportunities/acme', { cookie: anaSession })).status).toBe(200);
    expect(await call('GET', '/api/opportunities/acme', { cookie: benSession })).toEqual(before);
    expect((await call('GET', '/api/opportunities', { cookie: benSession })).body).toEqual([]);
  });

  it('serves the calendar feed by its token alone, and nothing for an unknown token', async () => {
    const feed = await call('GET', '/api/calendar', { cookie: anaSession });
    expect(feed.status).toBe(200);
    const path = new URL(String(feed.body.url ?? feed.body.path ?? ''), server.url).pathname;
    expect(path).toMatch(/^\/calendar\/.+\.ics$/);
    const res = await fetch(new URL(path, server.url));
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/BEGIN:VCALENDAR/);
    expect((await fetch(new URL('/calendar/not-a-token.ics', server.url))).status).toBe(404);
  });

  it('lets a coach read what a seeker grants, never write, and not after revocation', async () => {
    coleSession = await signIn({ token: cole.signinToken });
    expect((await call('GET', '/api/session', { cookie: coleSession })).body.role).toBe('coach');
    expect((await call('GET', '/api/seekers', { cookie: coleSession })).body).toEqual([]);
    const anaId = ana.user.seekerId as string;
    expect((await call('GET', `/api/seekers/${anaId}/opportunities`, { cookie: coleSession })).status).toBe(404);
    const granted = await call('POST', '/api/coaches', { cookie: anaSession, body: { email: 'Cole@example.org' } });
    expect(granted.status).toBe(201);
    const listed = (await call('GET', '/api/seekers', { cookie: coleSession })).body;
    expect(listed).toEqual([{ id: anaId, email: 'ana@example.org', name: 'ana', summary: expect.any(Object) }]);
    // The summary counts Ana's own board, read in her scope under row-level security.
    expect(listed[0].summary.stages).toMatchObject({ applied: 1 });
    const opps = await call('GET', `/api/seekers/${anaId}/opportunities`, { cookie: coleSession });
    expect(opps.status).toBe(200);
    expect(opps.body.map((o: Json) => o.id)).toEqual(['acme']);
    expect((await call('GET', `/api/seekers/${anaId}/agenda`, { cookie: coleSession })).status).toBe(200);
    // Never a seeker's own routes: no writes, no settings, no mail.
    expect((await call('POST', '/api/opportunities', { cookie: coleSession, body: { company: 'X' } })).status).toBe(
      403,
    );
    expect((await call('GET', '/api/settings', { cookie: coleSession })).status).toBe(403);
    // Ben granted nothing: his id answers as a missing one.
    const benId = ben.user.seekerId as string;
    const notGranted = await call('GET', `/api/seekers/${benId}/agenda`, { cookie: coleSession });
    const missing = await call('GET', `/api/seekers/nobody/agenda`, { cookie: coleSession });
    expect(notGranted.status).toBe(404);
    expect(notGranted.body.error.code).toBe(missing.body.error.code);
    // A seeker cannot use the coach's routes.
    expect((await call('GET', `/api/seekers/${anaId}/agenda`, { cookie: benSession })).status).toBe(404);
    expect((await call('DELETE', '/api/coaches/cole@example.org', { cookie: anaSession })).status).toBe(204);
    expect((await call('GET', `/api/seekers/${anaId}/opportunities`, { cookie: coleSession })).status).toBe(404);
    expect((await call('GET', '/api/seekers', { cookie: coleSession })).body).toEqual([]);
  });

  it('backs the app up with row-level security on every seeker table, which the server role cannot bypass', async () => {
    const [role] = await database.query(`select rolsuper, rolbypassrls from pg_roles where rolname = '${APP_ROLE}'`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const tables = await database.query(`select c.relname, c.relrowsecurity, pg_get_userbyid(c.relowner) as owner
      from information_schema.columns k join pg_class c on c.relname = k.table_name
      where k.column_name = 'seeker_id' and k.table_schema = 'public' and c.relkind = 'r' order by 1`);
    const seekerTables = tables.filter((t) => t.relname !== 'users' && t.relname !== 'coach_grants');
    expect(seekerTables.length).toBeGreaterThan(10);
    for (const t of seekerTables) {
      expect(t.relrowsecurity, String(t.relname)).toBe(true);
      expect(t.owner).not.toBe(APP_ROLE);
    }
    // A raw connection as the server's role: no seeker set, no rows; another seeker set, not Ana's either.
    const client = new pg.Client({ connectionString: asRole(database.location.databaseUrl as string, APP_ROLE) });
    await client.connect();
    try {
      const count = async () => Number((await client.query('select count(*) as n from opportunities')).rows[0].n);
      expect(await count()).toBe(0);
      await client.query(`select set_config('afterview.seeker', $1, false)`, [ben.user.seekerId]);
      expect(await count()).toBe(0);
      await expect(
        client.query(
          `insert into opportunities (seeker_id, id, company, created_at, created_at_ms) values ($1, 'x', 'X', '2026-01-01', 0)`,
          [ana.user.seekerId],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query(`select set_config('afterview.seeker', $1, false)`, [ana.user.seekerId]);
      expect(await count()).toBe(1);
    } finally {
      await client.end();
    }
  });

  it("lets the server read a coach's seekers' revisions in one query, and nothing else of theirs", async () => {
    const anaId = ana.user.seekerId as string;
    const accounts = rt.database.accounts();
    await accounts.grant(anaId, cole.user.userId, now.epochMilliseconds);
    const client = new pg.Client({ connectionString: asRole(database.location.databaseUrl as string, APP_ROLE) });
    await client.connect();
    try {
      const revisions = async (coach: string) =>
        (await client.query('select * from afterview_revisions_of_coach($1)', [coach])).rows;
      const anaRevision = await (await rt.contextFor(anaId)).store.revision();
      // The seeker id and the revision, only of the seekers who granted this coach.
      expect(await revisions(cole.user.userId)).toEqual([{ seeker_id: anaId, revision: String(anaRevision) }]);
      expect(await revisions(ana.user.userId)).toEqual([]);
      expect(await revisions('nobody')).toEqual([]);
      expect(await accounts.revisionsOfCoach(cole.user.userId)).toEqual(new Map([[anaId, anaRevision]]));
      // The tables themselves still show the server's role nothing without a seeker set.
      for (const table of ['seekers', 'opportunities', 'touches']) {
        expect((await client.query(`select count(*) as n from ${table}`)).rows[0].n, table).toBe('0');
      }
      // A write raises the revision the coach's list reads, so the kept summary is not answered; revoking takes her out.
      const applied = async () =>
        (await call('GET', '/api/seekers', { cookie: coleSession })).body[0].summary.stages.applied as number;
      const before = await applied();
      expect(await applied()).toBe(before);
      await (await rt.contextFor(anaId)).store.putOpportunity({
        id: 'zeta',
        company: 'Zeta',
        createdAt: '2026-11-20T10:00:00Z',
      });
      expect((await accounts.revisionsOfCoach(cole.user.userId)).get(anaId)).toBeGreaterThan(anaRevision);
      expect(await applied()).toBe(before + 1);
    } finally {
      await accounts.revoke(anaId, cole.user.userId);
      await client.end();
    }
    expect(await accounts.revisionsOfCoach(cole.user.userId)).toEqual(new Map());
  });

  it('ends every session of a disabled account at once', async () => {
    expect(await rt.database.accounts().disableUser('ben@example.org')).toBe(true);
    expect((await call('GET', '/api/agenda', { cookie: benSession })).status).toBe(401);
    const again = await call('POST', '/api/session', { body: { token: ben.signinToken } });
    expect(again.status).toBe(401);
  });
  it('ends a session after a week unused and after 30 days however used', async () => {
    const eve = await addUser(
      rt.database.accounts(),
      { email: 'eve@example.org', role: 'seeker', nowMs: now.epochMilliseconds },
      async (id) => {
        await rt.database.forSeeker(id);
      },
    );
    const t = await signIn({ email: 'ana@example.org', password: 'correct horse battery' });
    now = now.add({ hours: 8 * 24 });
    expect((await call('GET', '/api/session', { cookie: t })).status).toBe(401);
    expect((await call('GET', '/api/session', { cookie: anaSession })).status).toBe(401);
    // A sign-in link works for 24 hours only.
    expect((await call('POST', '/api/session', { body: { token: eve.signinToken } })).status).toBe(401);
    anaSession = await signIn({ email: 'ana@example.org', password: 'correct horse battery' });
    for (let day = 0; day < 30; day += 6) {
      expect((await call('GET', '/api/session', { cookie: anaSession })).status).toBe(200);
      now = now.add({ hours: 6 * 24 });
    }
    expect((await call('GET', '/api/session', { cookie: anaSession })).status).toBe(401);
    anaSession = await signIn({ email: 'ana@example.org', password: 'correct horse battery' });
  });

  it('bounds failed sign-ins per address, whichever accounts they try', async () => {
    now = now.add({ minutes: 30 });
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      const res = await call('POST', '/api/session', { body: { email: `guess${i}@example.org`, password: 'guess' } });
      expect(res.status).toBe(401);
    }
    const blocked = await call('POST', '/api/session', {
      body: { email: 'ana@example.org', password: 'correct horse battery' },
    });
    expect(blocked.status).toBe(429);
    now = now.add({ minutes: 16 });
    await signIn({ email: 'ana@example.org', password: 'correct horse battery' });
  });
});
