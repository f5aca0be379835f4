/**
 * Two seekers and a coach on one server in accounts mode, from three
 * browser contexts (real PostgreSQL, real server, Debian's chromium): each
 * signs in with their link; seeker A gives the coach access from Settings
 * with the keyboard alone; the coach sees A (never B) with what needs
 * attention and opens A's agenda and opportunities read only; A takes
 * access back and the coach's view says it ended; B never sees A's data.
 * axe-core finds nothing on the coaches section and the coach's view in the
 * light and dark themes; screenshots at phone and laptop sizes go to
 * test-artifacts/. Skipped without chromium or PostgreSQL.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AddedUser, addUser } from '../../src/app/accounts/accounts.js';
import { invoke } from '../../src/app/registry/command.js';
import { COMMANDS } from '../../src/app/registry/index.js';
import { SeekerCache } from '../../src/app/seeker-cache.js';
import { type Runtime, startRuntime } from '../../src/main.js';
import { type RunningServer, startServer } from '../../src/server/serve.js';
import { DIALECTS, type TestDatabase } from '../dialects.js';
import { COACHED_HOME } from '../factories/homes.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'];
const ROOT = resolve(import.meta.dirname, '../..');
const WEB_DIST = join(ROOT, 'web', 'dist');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const postgres = DIALECTS.find((d) => d.name === 'postgres');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 375, height: 800 };
const LAPTOP = { width: 1280, height: 900 };

/** Thursday, November 26, 2026, 9:00 in New York. */
const NOW = '2026-11-26T14:00:00Z';

const BEN_HOME = {
  format: 'afterview/1',
  profile: { name: 'Ben Okafor', email: 'ben@example.org', timezone: 'America/New_York' },
  opportunities: [{ id: 'zeta', company: 'Zeta Works', createdAt: '2026-11-20T15:00:00Z' }],
};

/** A JSON answer, read loosely by the assertions. */
// biome-ignore lint/suspicious/noExplicitAny: the assertions check its shape
type Json = any;

/** Waits for the UI: each step may take a few requests on a busy machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

describe.skipIf(!existsSync(CHROMIUM) || !postgres || postgres.skip !== null)(
  'a coach and two seekers, three browsers',
  () => {
    let database: TestDatabase;
    let home: string;
    let rt: Runtime;
    let server: RunningServer;
    let browser: Browser;
    let ana: AddedUser;
    let ben: AddedUser;
    let cole: AddedUser;
    const pages: Record<'ana' | 'ben' | 'cole', Page> = {} as never;

    beforeAll(async () => {
      const { build } = await import('vite');
      await build({ root: join(ROOT, 'web'), configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
      mkdirSync(ARTIFACTS, { recursive: true });
      database = await (postgres as NonNullable<typeof postgres>).freshDatabase();
      home = mkdtempSync(join(tmpdir(), 'afterview-coach-'));
      rt = await startRuntime({ home, database: database.location.databaseUrl, now: NOW });
      const accounts = rt.database.accounts();
      const add = (email: string, name: string, role: 'seeker' | 'coach') =>
        addUser(accounts, { email, name, role, nowMs: rt.ctx.now.epochMilliseconds }, async (id) => {
          await rt.database.forSeeker(id);
        });
      ana = await add('ana@example.org', 'Ana Ruiz', 'seeker');
      ben = await add('ben@example.org', 'Ben Okafor', 'seeker');
      cole = await add('cole@example.org', 'Cole Park', 'coach');
      await invoke(COMMANDS.importData, await rt.contextFor(ana.user.seekerId as string), { document: COACHED_HOME });
      await invoke(COMMANDS.importData, await rt.contextFor(ben.user.seekerId as string), { document: BEN_HOME });
      server = await startServer({
        ctx: { ...rt.ctx, cache: new SeekerCache() },
        accounts: { accounts, contextFor: rt.contextFor },
        port: 0,
        webRoot: WEB_DIST,
        logError: () => {},
      });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      for (const who of ['ana', 'ben', 'cole'] as const) {
        const context = await browser.newContext({ viewport: LAPTOP });
        pages[who] = await context.newPage();
        pages[who].on('pageerror', (error) => process.stderr.write(`page error (${who}): ${error.message}\n`));
      }
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await rt?.close();
      await database?.dispose();
      if (home) rmSync(home, { recursive: true, force: true });
    });

    const at = (path: string) => new URL(path, server.url).toString();
    /** `page` (or only `part` of it) at a phone's and a laptop's size, into test-artifacts/. */
    const shot = async (page: Page, name: string, part?: Locator) => {
      for (const [size, viewport] of [
        ['phone', PHONE],
        ['laptop', LAPTOP],
      ] as const) {
        await page.setViewportSize(viewport);
        const path = join(ARTIFACTS, `${name}-${size}.png`);
        await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
      }
    };
    /** axe-core's violations in `within` (a selector) in the light and the dark theme: rule id and offending nodes. */
    const axe = async (page: Page, within: string) => {
      const found: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe(colorScheme);
        await page.evaluate(AXE_SOURCE);
        const result = (await page.evaluate(
          `axe.run({ include: [${JSON.stringify(within)}] }, { resultTypes: ["violations"] })`,
        )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
        for (const v of result.violations) {
          found.push(`${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
      return found;
    };
    /** A request from the page, with its cookie: the status and the body. */
    const fetchIn = (page: Page, path: string) =>
      page.evaluate(async (p) => {
        const res = await fetch(p);
        return { status: res.status, body: (await res.json().catch(() => null)) as Json };
      }, path);
    const toast = (page: Page, text: string | RegExp) => page.locator('[data-sonner-toast]').filter({ hasText: text });

    it('signs each of the three in with their own link', async () => {
      for (const [who, user] of [
        ['ana', ana],
        ['ben', ben],
        ['cole', cole],
      ] as const) {
        await pages[who].goto(at(user.signinPath));
        await pages[who].getByRole('heading', { name: `Welcome, ${user.user.name}` }).waitFor({ timeout: 15_000 });
      }
      expect((await fetchIn(pages.cole, '/api/session')).body.role).toBe('coach');
      expect((await fetchIn(pages.ana, '/api/session')).body.role).toBe('seeker');
    }, 60_000);

    it('lets seeker A give the coach access with the keyboard alone, and the section passes axe', async () => {
      const page = pages.ana;
      await page.goto(at('/settings'));
      const section = page.getByRole('region', { name: 'Your coaches' });
      await section.getByText('No coach has access.').waitFor({ timeout: 15_000 });
      // From the top of the page, Tab until the coach's email field has the focus, then type and press Enter.
      await page.locator('body').focus();
      let tabs = 0;
      while ((await page.evaluate("document.activeElement?.labels?.[0]?.textContent ?? ''")) !== "Coach's email") {
        await page.keyboard.press('Tab');
        expect(++tabs).toBeLessThan(150);
      }
      await page.keyboard.type('cole@example.org');
      await page.keyboard.press('Enter');
      await toast(page, 'Cole Park can now read your agenda').waitFor({ timeout: 15_000 });
      await poll(() => section.getByRole('list', { name: 'Coaches with access' }).textContent()).toContain(
        'cole@example.org',
      );
      await shot(page, 'coach-01-your-coaches', section);
      await page.setViewportSize(LAPTOP);
      // A name that is no coach's account: one clear line in a toast, nothing granted.
      await section.getByLabel("Coach's email").fill('nobody@example.org');
      await section.getByRole('button', { name: 'Give access' }).click();
      await toast(page, /no coach's account for nobody@example.org/).waitFor({ timeout: 15_000 });
      expect(await section.getByRole('listitem').count()).toBe(1);

      expect(await axe(page, 'section[aria-labelledby="coaches-title"]')).toEqual([]);
      await page.setViewportSize(LAPTOP);
    }, 90_000);

    it("shows the coach A's row with what needs attention, and never B", async () => {
      const page = pages.cole;
      await page.goto(at('/'));
      await page.getByRole('heading', { name: 'Your seekers' }).waitFor({ timeout: 15_000 });
      const rows = page.getByRole('list', { name: 'Seekers' }).getByRole('listitem');
      await poll(() => rows.count()).toBe(1);
      const row = await rows.first().textContent();
      expect(row).toContain('Ana Ruiz');
      expect(row).toMatch(/[1-9]\d* overdue move/);
      expect(row).toContain('offer from Beta, answer by Mon, Nov 30, 2026');
      expect(row).toContain('1 gone silent');
      expect(row).toContain('Applied 1 · Interview ahead 1 · Waiting to hear 1 · Offer 1');
      expect(await page.getByText('Ben Okafor').count()).toBe(0);
      expect(await page.getByRole('navigation', { name: 'Main' }).textContent()).not.toContain('Today');
      await poll(() =>
        page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Your seekers' })
          .getAttribute('aria-current'),
      ).toBe('page');
      expect(await axe(page, 'body')).toEqual([]);
      await shot(page, 'coach-02-your-seekers');
    }, 60_000);

    it("opens A's agenda and opportunities read only", async () => {
      const page = pages.cole;
      await page.getByRole('link', { name: /Ana Ruiz/ }).click();
      await page.getByRole('heading', { name: 'Ana Ruiz' }).waitFor({ timeout: 15_000 });
      const agenda = page.getByRole('list', { name: 'Agenda' });
      await poll(() => agenda.getByRole('listitem').count()).toBeGreaterThan(0);
      expect(await agenda.textContent()).toContain('Acme');
      const opportunities = await page.getByRole('list', { name: 'Opportunities' }).textContent();
      for (const company of ['Acme', 'Beta', 'Gamma', 'Delta', 'Eps']) expect(opportunities).toContain(company);
      // Nothing to act with: the only button in the page is Refresh; no draft, no form.
      const buttons = await page.locator('main button').allTextContents();
      expect(buttons).toEqual(['Refresh']);
      expect(await page.locator('main form, main textarea, main input').count()).toBe(0);
      expect(await axe(page, 'body')).toEqual([]);
      await shot(page, 'coach-03-seeker-read-only');
    }, 60_000);

    it("keeps B to B's own data", async () => {
      const page = pages.ben;
      const anaId = ana.user.seekerId as string;
      expect((await fetchIn(page, `/api/seekers/${anaId}/agenda`)).status).toBe(404);
      expect((await fetchIn(page, '/api/opportunities')).body.map((o: { id: string }) => o.id)).toEqual(['zeta']);
      expect((await fetchIn(page, '/api/opportunities/acme')).status).toBe(404);
      await page.goto(at('/pipeline'));
      await page.getByRole('link', { name: 'Zeta Works' }).first().waitFor({ timeout: 15_000 });
      expect(await page.getByText('Acme').count()).toBe(0);
      await page.goto(at('/settings'));
      await page.getByRole('region', { name: 'Your coaches' }).getByText('No coach has access.').waitFor();
    }, 60_000);

    it("ends the coach's access the moment A takes it back", async () => {
      const page = pages.ana;
      await page.setViewportSize(LAPTOP);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Revoke cole@example.org' }).click();
      await toast(page, 'cole@example.org no longer has access').waitFor({ timeout: 15_000 });
      await page.getByRole('region', { name: 'Your coaches' }).getByText('No coach has access.').waitFor();

      const coach = pages.cole;
      expect((await fetchIn(coach, `/api/seekers/${ana.user.seekerId}/agenda`)).status).toBe(404);
      await coach.getByRole('button', { name: 'Refresh' }).click();
      await coach.getByRole('heading', { name: 'Access ended' }).waitFor({ timeout: 15_000 });
      expect(await coach.getByRole('alert').textContent()).toContain('took it back');
      expect(await coach.getByText('Acme').count()).toBe(0);
      await shot(coach, 'coach-04-access-ended');
      await coach.getByRole('link', { name: 'Your seekers' }).first().click();
      await coach.getByText('No seeker has given you access yet.').waitFor({ timeout: 15_000 });
    }, 60_000);
  },
);
