/**
 * Signing in through the web app on a server in accounts mode (real
 * PostgreSQL, real server, Debian's chromium): the one-time link signs the
 * person in and lets them choose a password; later they sign in with it
 * from the form and land on Today. Skipped without chromium or PostgreSQL.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AddedUser, addUser } from '../../src/app/accounts/accounts.js';
import { SeekerCache } from '../../src/app/seeker-cache.js';
import { type Runtime, startRuntime } from '../../src/main.js';
import { type RunningServer, startServer } from '../../src/server/serve.js';
import { DIALECTS, type TestDatabase } from '../dialects.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'];
const ROOT = resolve(import.meta.dirname, '../..');
const WEB_DIST = join(ROOT, 'web', 'dist');
const postgres = DIALECTS.find((d) => d.name === 'postgres');

describe.skipIf(!existsSync(CHROMIUM) || !postgres || postgres.skip !== null)('signing in on the web', () => {
  let database: TestDatabase;
  let home: string;
  let profileDir: string;
  let rt: Runtime;
  let server: RunningServer;
  let browser: BrowserContext;
  let page: Page;
  let sam: AddedUser;

  beforeAll(async () => {
    const { build } = await import('vite');
    await build({ root: join(ROOT, 'web'), configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
    database = await (postgres as NonNullable<typeof postgres>).freshDatabase();
    home = mkdtempSync(join(tmpdir(), 'afterview-signin-'));
    profileDir = mkdtempSync(join(tmpdir(), 'afterview-chromium-'));
    rt = await startRuntime({ home, database: database.location.databaseUrl, now: '2026-11-26T14:00:00Z' });
    const accounts = rt.database.accounts();
    sam = await addUser(
      accounts,
      { email: 'sam@example.org', name: 'Sam Lee', role: 'seeker', nowMs: rt.ctx.now.epochMilliseconds },
      async (id) => {
        await rt.database.forSeeker(id);
      },
    );
    server = await startServer({
      ctx: { ...rt.ctx, cache: new SeekerCache() },
      accounts: { accounts, contextFor: rt.contextFor },
      port: 0,
      webRoot: WEB_DIST,
      logError: () => {},
    });
    browser = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, args: ARGS });
    page = browser.pages()[0] ?? (await browser.newPage());
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rt?.close();
    await database?.dispose();
    for (const dir of [home, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const session = () =>
    page.evaluate(async () => {
      const res = await fetch('/api/session');
      return { status: res.status, body: res.ok ? await res.json() : null };
    });

  it('signs in with the link, sets a password, and signs in with it later', async () => {
    await page.goto(new URL('/signin', server.url).toString());
    expect((await session()).status).toBe(401);
    await page.goto(new URL(sam.signinPath, server.url).toString());
    await page.getByRole('heading', { name: 'Welcome, Sam Lee' }).waitFor({ timeout: 15_000 });
    expect(page.url()).not.toContain('token=');
    await page.getByLabel('New password').fill('a long enough password');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password is set').waitFor({ timeout: 15_000 });

    await browser.clearCookies();
    await page.goto(new URL('/signin', server.url).toString());
    await page.getByLabel('Email').fill('sam@example.org');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('alert').textContent()).toMatch(/wrong email or password/);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/', { timeout: 15_000 });
    expect(await session()).toEqual({
      status: 200,
      body: { email: 'sam@example.org', name: 'Sam Lee', role: 'seeker' },
    });
  }, 120_000);
});
