/**
 * The board end to end: the real server on a free loopback port over the
 * demo home at a fixed clock, and Debian's chromium driven by
 * playwright-core. Search, filters and numeric sorts; a move that needs a
 * fact (an interview's time) opens a dialog and the card moves only once it
 * is logged, with Undo; an impossible move is explained and the card stays;
 * the close dialog offers an offer's outcomes only to a card with an offer;
 * the counts agree with Today's; a move made with the keyboard alone; axe in
 * both themes; laptop and phone screenshots in test-artifacts/; a long
 * column draws only the cards in view. Without
 * /usr/bin/chromium the suite is skipped with a warning, unless CI is set.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/app/commands/data.js';
import { addOpportunity } from '../../src/app/commands/opportunities.js';
import type { AppContext } from '../../src/app/context.js';
import { type RunningServer, startServer } from '../../src/server/serve.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';

const CHROMIUM = '/usr/bin/chromium';
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
const WEB_DIST = join(ROOT, 'web', 'dist');
const ARTIFACTS = join(ROOT, 'test-artifacts');
/** Thursday 26 November 2026, 09:00 in New York. */
const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI)
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  process.stderr.write(`warning: ${CHROMIUM} not found; the board end-to-end tests are skipped\n`);
}

describe.skipIf(!haveChromium)('the board, end to end', () => {
  let home: string;
  let profileDir: string;
  let store: Store;
  let server: RunningServer;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) {
      const { build } = await import('vite');
      await build({ root: join(ROOT, 'web'), configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    home = mkdtempSync(join(tmpdir(), 'afterview-board-e2e-'));
    profileDir = mkdtempSync(join(tmpdir(), 'afterview-board-chromium-'));
    store = await openStore({ sqlitePath: join(home, 'afterview.db') });
    const ctx: AppContext = { store, now: NOW, machineZone: 'America/New_York', home };
    await loadDemo(ctx);
    server = await startServer({ ctx, port: 0, webRoot: WEB_DIST });
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (home) rmSync(home, { recursive: true, force: true });
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const column = (stage: string) => page.locator(`section.column[data-stage="${stage}"]`);
  const card = (id: string) => page.locator(`article.opp[data-id="${id}"]`);
  /** The stage of the column a card is drawn in, or null when it is drawn nowhere. */
  const drawnIn = (id: string) =>
    page.evaluate(
      `document.querySelector('article.opp[data-id="${id}"]')?.closest('section.column')?.dataset.stage ?? null`,
    ) as Promise<string | null>;
  const cardsIn = (stage: string) =>
    column(stage)
      .locator('article.opp')
      .evaluateAll((l) => l.map((e) => e.dataset.id));
  const count = async (stage: string) => (await column(stage).locator('h2 .count').textContent())?.trim();
  const toast = (text: string | RegExp) => page.locator('[data-sonner-toast]').filter({ hasText: text });
  const stageOf = async (id: string) =>
    ((await (await fetch(`${server.url}api/opportunities`)).json()) as { id: string; stage: string }[]).find(
      (o) => o.id === id,
    )?.stage;
  /** The numbers of a "Pipeline health" list on the page, by their label. */
  const health = (scope: string) =>
    page.evaluate(
      `Object.fromEntries([...document.querySelectorAll('${scope} dl.stats > div')].map((d) => [d.querySelector('dt').textContent, Number(d.querySelector('dd').textContent)]))`,
    ) as Promise<Record<string, number>>;
  const axe = async () => {
    await page.evaluate(AXE_SOURCE);
    const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
      violations: { id: string; nodes: { target: string[] }[] }[];
    };
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  const openBoard = async () => {
    await page.goto(`${server.url}pipeline`);
    await poll(() => card('quarry-finch').count()).toBe(1);
  };

  it("counts what Today counts: the same numbers, the four open columns adding up to Today's open ones", async () => {
    await page.goto(server.url);
    await poll(() => page.getByRole('heading', { name: 'Pipeline health' }).isVisible()).toBe(true);
    const today = await health('.group-health');
    expect(today.Open).toBe(9);
    await openBoard();
    await poll(() => page.locator('dl.board-numbers').count()).toBe(1);
    const board = await health('.board-view');
    expect(board).toEqual({ Open: today.Open, Interviewing: today.Interviewing, Offers: today.Offers });
    const open = ['applied', 'interviewing', 'waiting', 'offer'];
    const counts = await Promise.all(open.map(count));
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(today.Open);
    expect(Number(await count('offer'))).toBe(today.Offers);
    // Closed is folded by default: its count shows, its cards do not until asked.
    const fold = column('closed').getByRole('button', { name: /^Closed/ });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await count('closed')).toBe('1');
    expect(await card('orchard-row').count()).toBe(0);
    await fold.click();
    await poll(() => drawnIn('orchard-row')).toBe('closed');
    await shot('board-01-laptop');
    await fold.click();
    await poll(() => card('orchard-row').count()).toBe(0);
  });

  it('searches company, role and contact, filters by interest, offer, stage and company, and sorts numbers as numbers', async () => {
    const search = page.getByLabel('Search company, role or contact');
    await search.fill('priya');
    await poll(() => page.locator('article.opp').evaluateAll((l) => l.map((e) => e.dataset.id))).toEqual(['northwind']);
    expect(await count('waiting')).toBe('1 of 6');
    await search.fill('robotics');
    await poll(() => page.locator('article.opp').evaluateAll((l) => l.map((e) => e.dataset.id))).toEqual(['pinecrest']);
    await search.fill('');
    await page.getByLabel('Interest', { exact: true }).selectOption('4');
    await poll(() => page.locator('article.opp').count()).toBe(3);
    expect((await page.locator('article.opp').evaluateAll((l) => l.map((e) => e.dataset.id))).sort()).toEqual([
      'brightwater',
      'northwind',
      'sable',
    ]);
    await page.getByLabel('Interest', { exact: true }).selectOption('1');
    await page.getByLabel('Offer', { exact: true }).selectOption('with');
    await poll(() => page.locator('article.opp').evaluateAll((l) => l.map((e) => e.dataset.id))).toEqual(['pinecrest']);
    await page.getByLabel('Offer', { exact: true }).selectOption('');
    await page.getByLabel('Company', { exact: true }).selectOption('Copperleaf Bank');
    await poll(() => page.locator('article.opp').evaluateAll((l) => l.map((e) => e.dataset.id))).toEqual([
      'copperleaf',
    ]);
    await page.getByLabel('Company', { exact: true }).selectOption('');
    await page.getByLabel('Stage', { exact: true }).selectOption('waiting');
    await poll(() => page.locator('section.column').count()).toBe(1);
    // Interest, highest first: 5, 4, the 3s by company, then 2.
    await page.getByLabel('Sort by', { exact: true }).selectOption('interest');
    await poll(() => cardsIn('waiting')).toEqual([
      'brightwater',
      'northwind',
      'fernhill',
      'lumen-street',
      'tidewater',
      'copperleaf',
    ]);
    // The next move, soonest first: Copperleaf's is overdue since the 25th, Northwind's is due at 6am.
    await page.getByLabel('Sort by', { exact: true }).selectOption('next');
    await poll(async () => (await cardsIn('waiting')).slice(0, 2)).toEqual(['copperleaf', 'northwind']);
    await page.getByRole('button', { name: 'Clear' }).click();
    await poll(() => page.locator('section.column').count()).toBe(5);
  });

  it('explains a move no fact can make true, and the card stays', async () => {
    await card('pinecrest')
      .getByRole('button', { name: /^Move Pinecrest/ })
      .click();
    await page.getByRole('menuitem', { name: 'Applied' }).click();
    await poll(() => toast(/has an offer pending/).count()).toBe(1);
    expect(await toast(/has an offer pending/).textContent()).toMatch(
      /^Pinecrest Robotics has an offer pending, so it stays in Offer until you accept it, decline it or close it\.$/,
    );
    expect(await drawnIn('pinecrest')).toBe('offer');
    expect(await stageOf('pinecrest')).toBe('offer');
    // Closing a card without an offer never offers an offer's outcome; one with an offer does.
    await card('quarry-finch').dragTo(column('closed'));
    const close = page.getByRole('dialog', { name: 'Close Quarry & Finch' });
    await poll(() => close.isVisible()).toBe(true);
    expect(await close.getByRole('radio').evaluateAll((l) => l.map((e) => e.parentElement?.textContent))).toEqual([
      'They said no',
      'I withdrew',
      'They never answered',
    ]);
    await close.getByRole('button', { name: 'Cancel' }).click();
    await poll(() => close.count()).toBe(0);
    expect(await drawnIn('quarry-finch')).toBe('applied');
    await card('pinecrest').dragTo(column('closed'));
    const closeOffer = page.getByRole('dialog', { name: 'Close Pinecrest Robotics' });
    await poll(() => closeOffer.isVisible()).toBe(true);
    expect(await closeOffer.getByRole('radio', { name: 'I accepted their offer' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await poll(() => closeOffer.count()).toBe(0);
    expect(await stageOf('pinecrest')).toBe('offer');
  });

  it('moves a card that needs an interview only once the interview is logged, and Undo takes it back', async () => {
    await card('quarry-finch').dragTo(column('interviewing'));
    const dialog = page.getByRole('dialog', { name: "Log Quarry & Finch's next interview" });
    await poll(() => dialog.isVisible()).toBe(true);
    // Nothing moved while the dialog asks.
    expect(await drawnIn('quarry-finch')).toBe('applied');
    expect(await stageOf('quarry-finch')).toBe('applied');
    await shot('board-02-interview-dialog');
    // A time already past would put it elsewhere: said, and nothing is sent.
    await dialog.getByLabel('When does it start?').fill('yesterday 2pm');
    await poll(() => dialog.locator('.readback').textContent()).toMatch(/^Reads as Wed, Nov 25, 2026/);
    await dialog.getByRole('button', { name: 'Log it and move' }).click();
    await poll(() => dialog.getByRole('alert').textContent()).toMatch(/^That time is past/);
    expect(await stageOf('quarry-finch')).toBe('applied');
    await dialog.getByLabel('When does it start?').fill('Dec 1 10am');
    await poll(() => dialog.locator('.readback').textContent()).toMatch(/^Reads as Tue, Dec 1, 2026, 10:00 AM/);
    await dialog.getByRole('button', { name: 'Log it and move' }).click();
    await poll(() => drawnIn('quarry-finch')).toBe('interviewing');
    expect(await stageOf('quarry-finch')).toBe('interviewing');
    const done = toast(
      /^Quarry & Finch: interview on Tue, Dec 1, 2026, 10:00 AM logged\. It is in Interview ahead now\./,
    );
    await poll(() => done.count()).toBe(1);
    await done.getByRole('button', { name: 'Undo' }).click();
    await poll(() => drawnIn('quarry-finch')).toBe('applied');
    expect(await stageOf('quarry-finch')).toBe('applied');
  });

  it('moves a card with the keyboard alone: the Move menu, the close dialog, Enter', async () => {
    await card('sable')
      .getByRole('button', { name: /^Move Sable Systems/ })
      .focus();
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('menu').isVisible()).toBe(true);
    // The menu lists the other stages: Applied, Waiting to hear, Offer, Closed; End goes to the last.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const close = page.getByRole('dialog', { name: 'Close Sable Systems' });
    await poll(() => close.isVisible()).toBe(true);
    await poll(() => page.evaluate('document.activeElement?.closest("[role=dialog]") !== null')).toBe(true);
    // The focus starts on the chosen outcome; the arrows pick another.
    await poll(() => page.evaluate('document.activeElement?.getAttribute("type")')).toBe('radio');
    await page.keyboard.press('ArrowDown');
    expect(await close.getByRole('radio', { name: 'I withdrew' }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await poll(() => stageOf('sable')).toBe('closed');
    await poll(() => toast(/^Closed Sable Systems: i withdrew\. It is in Closed now\./).count()).toBe(1);
    expect(await count('closed')).toBe('2');
    expect(await card('sable').count()).toBe(0);
    // The card went into the folded column: the focus is on that column's button, not lost.
    await poll(() => page.evaluate('document.activeElement?.closest("section.column")?.dataset.stage')).toBe('closed');
    // Undo from the keyboard too: the toast's button.
    await toast(/^Closed Sable Systems/)
      .getByRole('button', { name: 'Undo' })
      .focus();
    await page.keyboard.press('Enter');
    await poll(() => drawnIn('sable')).toBe('interviewing');
  });

  it('finds no accessibility violation in the light and the dark theme, and fits a phone', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openBoard();
    await column('closed')
      .getByRole('button', { name: /^Closed/ })
      .click();
    expect(await axe()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
    expect(await axe()).toEqual([]);
    await shot('board-03-laptop-dark');
    await card('copperleaf')
      .getByRole('button', { name: /^Move Copperleaf/ })
      .click();
    await page.getByRole('menuitem', { name: 'Offer' }).click();
    await poll(() => page.getByRole('dialog', { name: "Log Copperleaf Bank's offer" }).isVisible()).toBe(true);
    expect(await axe()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.setViewportSize({ width: 375, height: 800 });
    await openBoard();
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow as number).toBeLessThanOrEqual(0);
    // The columns scroll sideways inside the board, snapping one column at a time.
    expect(await page.evaluate("getComputedStyle(document.querySelector('.board')).scrollSnapType")).toMatch(/x/);
    const small = await page.evaluate(
      "[...document.querySelectorAll('main button, main select, main input, main a.button')].filter((b) => b.getClientRects().length && b.getBoundingClientRect().height < 44).map((b) => b.textContent || b.id)",
    );
    expect(small).toEqual([]);
    expect(await axe()).toEqual([]);
    await shot('board-04-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('draws only the cards in view of a long column, and the rest as it scrolls', async () => {
    const ctx: AppContext = { store, now: NOW, machineZone: 'America/New_York', home };
    for (let i = 0; i < 80; i++) await addOpportunity(ctx, { company: `Zeta ${String(i).padStart(2, '0')}` });
    await openBoard();
    await poll(() => count('applied')).toBe('81');
    const drawn = column('applied').locator('li[aria-posinset]');
    await poll(() => drawn.count()).toBeGreaterThan(0);
    expect(await drawn.count()).toBeLessThan(30);
    expect(await drawn.first().getAttribute('aria-setsize')).toBe('81');
    await column('applied')
      .locator('.column-scroll')
      .evaluate((e) => e.scrollTo(0, e.scrollHeight));
    await poll(() => column('applied').locator('li[aria-posinset="81"]').count()).toBe(1);
    expect(await drawn.count()).toBeLessThan(30);
  });
});
