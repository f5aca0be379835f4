/**
 * Settings' import from another tracker, end to end: the real server on a
 * free loopback port with a temp home, and Debian's chromium driven by
 * playwright-core (as test/e2e/web.e2e.test.ts). A Huntr export is
 * previewed by the server's dry run (counts, and the failed row's reason)
 * with nothing written, imported on "Import" with a toast, and its
 * opportunities are on the board; the same file again has nothing to
 * import; a generic CSV with a bad date shows that row's reason on a
 * phone-sized window without widening the page. axe-core finds nothing in
 * the light and dark themes. Screenshots go to test-artifacts/.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, haveChromium, openWebApp, type WebApp } from './browser.fixture.js';

const HUNTR = resolve(import.meta.dirname, '../fixtures/csv/huntr-jobs.csv');

/** Waits for the UI: each step may take a few requests on a busy machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

describe.skipIf(!haveChromium('the CSV import end-to-end tests'))('importing a CSV in the web app', () => {
  let app: WebApp | undefined;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    app = await openWebApp({ now: Temporal.Instant.from('2026-12-07T15:00:00Z'), machineZone: 'America/New_York' });
    ({ page } = app);
    url = app.server.url;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const shot = (name: string) => app?.shot(name);
  const axe = () => axeViolations(page);
  const section = () => page.locator('.import-csv');
  const counts = () => section().getByRole('list', { name: 'What importing would do' }).innerText();
  const tableRow = (line: number) =>
    section()
      .locator('tbody tr')
      .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${line}$`) }) });
  const stored = async () => ((await app?.store.listOpportunities()) ?? []).map((o) => o.id).sort();

  it('previews a Huntr export (counts, the failed row and why) and writes nothing, in both themes', async () => {
    await page.goto(`${url}settings`);
    await page.getByLabel('CSV file').setInputFiles(HUNTR);
    const heading = page.getByRole('heading', { name: 'Preview of huntr-jobs.csv (Huntr)' });
    await poll(() => heading.isVisible()).toBe(true);
    // Focus follows to the preview, for the keyboard and screen readers.
    await poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Preview of huntr-jobs.csv (Huntr)');
    expect((await counts()).replace(/\s+/g, ' ')).toBe('5 new 0 updated 1 unchanged 1 failed');
    expect(await tableRow(9).innerText()).toMatch(/^9\s+Failed\s+company: the row has no company name$/);
    expect(await tableRow(8).innerText()).toMatch(/^8\s+Unchanged\s+Acme Robotics, Backend Engineer/);
    expect(await tableRow(10).innerText()).toContain('"Maybe later" is not a stage afterview knows');
    expect(await stored()).toEqual([]);

    await page.emulateMedia({ colorScheme: 'light' });
    await poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('light');
    expect(await axe()).toEqual([]);
    await shot('csv-01-preview-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
    expect(await axe()).toEqual([]);
    await shot('csv-02-preview-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('imports on "Import" (reached by keyboard), toasts the counts, and the opportunities are on the board', async () => {
    const button = page.getByRole('button', { name: 'Import 5 rows' });
    await button.focus();
    await page.keyboard.press('Enter');
    const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'Imported a Huntr CSV' });
    await poll(() => toast.innerText()).toContain('Imported a Huntr CSV: 5 new, 0 updated, 1 unchanged, 1 failed.');
    expect(await stored()).toEqual(['acme-robotics', 'globex', 'hooli', 'initech', 'umbrella']);
    await page.getByRole('link', { name: 'See them in the pipeline' }).click();
    await poll(() => page.locator('[data-id="acme-robotics"]').count()).toBe(1);
    // The board folds Closed until asked: unfold it, as a seeker looking for a closed import would.
    const fold = page.locator('button.fold[aria-expanded="false"]');
    if ((await fold.count()) > 0) await fold.click();
    for (const id of ['globex', 'hooli', 'umbrella', 'initech']) {
      expect(await page.locator(`[data-id="${id}"]`).count()).toBe(1);
    }
    await shot('csv-03-imported-pipeline');
  });

  it('has nothing to import from the same file again', async () => {
    await page.goto(`${url}settings`);
    await page.getByLabel('CSV file').setInputFiles(HUNTR);
    await poll(() => counts().catch(() => '')).toMatch(/0\s+new\s+0\s+updated\s+6\s+unchanged\s+1\s+failed/);
    expect(await page.getByRole('button', { name: 'Import 0 rows' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await section().locator('table').count()).toBe(0);
    expect(await page.evaluate('document.activeElement?.id')).toBe(
      await page.getByLabel('CSV file').getAttribute('id'),
    );
  });

  it('shows a bad row’s reason in a generic CSV on a phone-sized window, without widening the page', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const csv =
      'Employer,Job Title,Stage,Date Applied\nNorthwind,Analyst,Applied,2026-11-02\nContoso,Engineer,Applied,someday\n';
    await page.getByLabel('Format').selectOption('generic');
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await poll(() => page.getByRole('heading', { name: 'Preview of sheet.csv' }).isVisible()).toBe(true);
    expect((await counts()).replace(/\s+/g, ' ')).toBe('1 new 0 updated 0 unchanged 1 failed');
    expect(await tableRow(3).innerText()).toContain('applied: cannot read the date "someday"');
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow as number).toBeLessThanOrEqual(0);
    expect(await axe()).toEqual([]);
    await shot('csv-04-bad-row-375px');
    expect(await stored()).toEqual(['acme-robotics', 'globex', 'hooli', 'initech', 'umbrella']);
  });
});
