/**
 * What the web end-to-end tests share: Debian's chromium driven by
 * playwright-core with a fresh profile, the built web UI (built with Vite
 * when missing), the folder screenshots go to, and axe-core run in the page.
 * Without /usr/bin/chromium a suite is skipped with a warning, unless CI is
 * set, where that is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../src/app/context.js';
import { type RunningServer, startServer } from '../../src/server/serve.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ROOT = resolve(import.meta.dirname, '../..');
export const WEB_DIST = join(ROOT, 'web', 'dist');
/** Screenshots of the e2e tests (git-ignored). */
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** axe-core's browser build, evaluated in the page (the CDP evaluation is not subject to the page's CSP). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Whether chromium is there; without it, warns that `suite` is skipped, or throws under CI. */
export function haveChromium(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI)
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  process.stderr.write(`warning: ${CHROMIUM} not found; ${suite} are skipped\n`);
  return false;
}

/** Builds the web UI when web/dist has none, and makes the screenshots folder. */
export async function ensureWebBuilt(): Promise<void> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    const { build } = await import('vite');
    await build({ root: join(ROOT, 'web'), configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
}

/** A browser on a fresh profile (removed by `close`), its first page, page errors written to stderr. */
export async function openBrowser(
  viewport = { width: 1280, height: 900 },
): Promise<{ browser: BrowserContext; page: Page; close: () => Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'afterview-chromium-'));
  // playwright passes the profile directory as --user-data-dir.
  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  return {
    browser,
    page,
    close: async () => {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The web app over a fresh home, served on a free loopback port, and a browser on it. */
export interface WebApp {
  home: string;
  store: Store;
  ctx: AppContext;
  server: RunningServer;
  page: Page;
  /** Keeps a full-page screenshot in ARTIFACTS. */
  shot: (name: string) => Promise<Buffer>;
  /** Stops the browser and the server and removes the home. */
  close: () => Promise<void>;
}

/** Builds the UI if needed, opens a SQLite home in a temp folder with this clock and zone, serves it and opens a browser. */
export async function openWebApp(clock: { now: Temporal.Instant; machineZone: string }): Promise<WebApp> {
  await ensureWebBuilt();
  const home = mkdtempSync(join(tmpdir(), 'afterview-e2e-'));
  const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  const ctx: AppContext = { store, ...clock, home };
  const server = await startServer({ ctx, port: 0, webRoot: WEB_DIST });
  const { page, close } = await openBrowser();
  return {
    home,
    store,
    ctx,
    server,
    page,
    shot: (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true }),
    close: async () => {
      await close();
      await server.close();
      await store.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** axe-core's violations on the page as it is: rule id and the offending nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: { id: string; nodes: { target: string[] }[] }[];
  };
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
