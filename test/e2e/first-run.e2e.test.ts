/**
 * The first run end to end, keyboard only, on a phone-sized and a
 * laptop-sized window, each over a fresh empty home: the seeker's details
 * (the signature prefilled from the name, the zone and country guessed from
 * the browser), then a first opportunity whose company holds a comma; the
 * signature then ends a real draft; the board's add row keeps company and
 * role apart; the navigation fits (a tab bar at the bottom on phones), moves
 * the focus to the new page's heading and sets its title; axe-core finds
 * nothing in the light and dark themes. Screenshots go to test-artifacts/.
 */
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/serve.js';
import { axeViolations, haveChromium, openWebApp, type WebApp } from './browser.fixture.js';

/** Thursday 26 November 2026, 09:00 in New York. */
const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

const SIZES = [
  { name: 'phone', width: 375, height: 800 },
  { name: 'laptop', width: 1280, height: 900 },
] as const;

/** The focused element's name: its label's text for a field, its text for a button or link, and its tag. */
const focused = (page: Page) =>
  // Runs in the page: the DOM globals are the browser's.
  page.evaluate(`(() => {
    const el = document.activeElement;
    const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return { tag: el.tagName.toLowerCase(), name: label.trim(), value: el.value ?? null };
  })()`) as Promise<{ tag: string; name: string; value: string | null }>;

/** Presses Tab until the focus is on the control named `name` (at most 40 presses). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).name === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

for (const size of SIZES) {
  describe.skipIf(!haveChromium('the first-run end-to-end tests'))(`the first run on a ${size.name}`, () => {
    let app: WebApp | undefined;
    let page: Page;
    let server: RunningServer;
    const get = async <T>(path: string) => (await (await fetch(`${server.url}api${path}`)).json()) as T;
    const shot = (name: string) => app?.shot(`first-run-${size.name}-${name}`);
    /** axe finds nothing in the light theme, then in the dark one (kept as `name`), then back to light. */
    const axeInBothThemes = async (name: string) => {
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
      expect(await axeViolations(page)).toEqual([]);
      await shot(name);
      await page.emulateMedia({ colorScheme: 'light' });
    };

    beforeAll(async () => {
      app = await openWebApp({ now: NOW, machineZone: 'America/New_York' });
      ({ page, server } = app);
      await page.setViewportSize({ width: size.width, height: size.height });
    }, 120_000);

    afterAll(async () => {
      await app?.close();
    });

    it('asks who the seeker is, with the signature from the name and the zone and country from the browser', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(server.url);
      await poll(() => page.getByRole('heading', { name: 'Step 1 of 2: about you' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Just look around with a demo' }).isVisible()).toBe(true);
      await shot('01-about-you');
      await axeInBothThemes('01d-about-you-dark');

      await tabTo(page, 'Your name');
      await page.keyboard.type('Sam Lee');
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('Your email');
      await page.keyboard.type('sam.lee@example.com');
      await page.keyboard.press('Tab');
      // The signature followed the name as it was typed; the seeker adds a line of their own.
      expect(await focused(page)).toEqual({ tag: 'textarea', name: 'Signature', value: 'Sam Lee' });
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('+1 555 0100');
      await page.keyboard.press('Tab');
      const zone = (await page.evaluate('Intl.DateTimeFormat().resolvedOptions().timeZone')) as string;
      expect(await focused(page)).toEqual({ tag: 'input', name: 'Time zone', value: zone });
      // The zone list is the browser's: a zone it does not know is refused before anything is saved.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Europe/Berlim');
      const region = (await page.evaluate('new Intl.Locale(navigator.language).maximize().region')) as string;
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'select', name: 'Country', value: region });
      await tabTo(page, 'Save and continue');
      await page.keyboard.press('Enter');
      await poll(() => page.getByRole('alert').textContent()).toMatch(/^Pick a time zone from the list/);
      expect(await get<{ key: string; value: unknown }[]>('/settings')).toContainEqual({ key: 'name', value: null });
      // Back to the zone (Shift+Tab), put right; the country chosen from the list by typing its name.
      for (let i = 0; i < 10 && (await focused(page)).name !== 'Time zone'; i++) await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Europe/Berlin');
      expect(
        await page
          .locator('.first-run .hint')
          .filter({ hasText: /^Now .* there$/ })
          .count(),
      ).toBe(1);
      await page.keyboard.press('Tab');
      await page.keyboard.type('Germany');
      expect((await focused(page)).value).toBe('DE');
      await tabTo(page, 'Save and continue');
      await page.keyboard.press('Enter');

      // Step 2 takes the focus.
      await poll(() => focused(page)).toMatchObject({ tag: 'h3', name: 'Step 2 of 2: your first opportunity' });
      const settings = Object.fromEntries(
        (await get<{ key: string; value: unknown }[]>('/settings')).map((e) => [e.key, e.value]),
      );
      expect(settings).toMatchObject({
        name: 'Sam Lee',
        email: 'sam.lee@example.com',
        signature: 'Sam Lee\n+1 555 0100',
        timezone: 'Europe/Berlin',
        country: 'DE',
      });
    });

    it('adds a first opportunity with the company and the role apart, a comma kept in the name', async () => {
      await axeInBothThemes('02d-first-opportunity-dark');
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('Company');
      await page.keyboard.type('Smith, Jones & Co');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Analyst');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'select', name: 'How much you want it', value: '3' });
      await page.keyboard.press('ArrowUp');
      await shot('02-first-opportunity');
      await tabTo(page, 'Add it');
      await page.keyboard.press('Enter');
      await poll(() => focused(page)).toMatchObject({ tag: 'h1', name: 'Today' });
      const list =
        await get<{ id: string; company: string; role: string | null; interest: number }[]>('/opportunities');
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ company: 'Smith, Jones & Co', role: 'Analyst', interest: 4 });
      expect(await page.getByRole('heading', { name: 'Step 1 of 2: about you' }).count()).toBe(0);
    });

    it('ends a real draft with the signature', async () => {
      const [opp] = await get<{ id: string }[]>('/opportunities');
      const res = await fetch(`${server.url}api/opportunities/${opp!.id}/interviews`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ at: '2026-11-25T15:00:00Z', with: ['Dana Reyes <dana@smithjones.example>'] }),
      });
      expect(res.status).toBe(201);
      await page.reload();
      const row = page.locator('li.today-row').filter({ hasText: 'Thank Dana' }).locator('[data-row]');
      await poll(() => row.count()).toBe(1);
      await row.focus();
      await page.keyboard.press('Enter');
      const message = page.getByRole('dialog').getByLabel('Message');
      await poll(() => message.inputValue()).toMatch(/\nSam Lee\n\+1 555 0100\s*$/);
      await shot('03-draft-signed');
      await page.keyboard.press('Escape');
    });

    it('keeps the navigation on one line that fits, moves the focus to the new page and names it', async () => {
      await page.goto(server.url);
      await poll(() => page.locator('li.today-row').count()).toBeGreaterThan(0);
      const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
      expect(await links.count()).toBe(5);
      for (const link of await links.all()) {
        const box = await link.boundingBox();
        expect(box?.height).toBeGreaterThanOrEqual(44);
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= size.width).toBe(true);
      }
      const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
      await shot('04-nav');
      if (size.name === 'phone') {
        // A tab bar at the foot of the screen, there however far the page scrolls.
        expect(Math.round((nav?.y ?? 0) + (nav?.height ?? 0))).toBe(size.height);
        await page.mouse.wheel(0, 2000);
        const after = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
        expect(Math.round((after?.y ?? 0) + (after?.height ?? 0))).toBe(size.height);
      }
      expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
      await page.goto(server.url);
      await poll(() => page.locator('li.today-row').count()).toBeGreaterThan(0);
      await tabTo(page, 'Pipeline');
      await page.keyboard.press('Enter');
      await poll(() => focused(page)).toMatchObject({ tag: 'h1', name: 'Pipeline' });
      expect(await page.title()).toBe('Pipeline · afterview');
      expect(await page.getByRole('link', { name: 'Pipeline' }).getAttribute('aria-current')).toBe('page');
    });

    it('adds on the board with the company and the role apart, in a compact row that axe passes', async () => {
      await tabTo(page, 'Company name');
      await page.keyboard.type('Baker, Price & Lowe');
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('Role');
      await page.keyboard.type('Data Analyst, Risk');
      await page.keyboard.press('Enter');
      await poll(async () => (await get<{ company: string }[]>('/opportunities')).length).toBe(2);
      const added = (await get<{ company: string; role: string | null }[]>('/opportunities')).find((o) =>
        o.company.startsWith('Baker'),
      );
      expect(added).toMatchObject({ company: 'Baker, Price & Lowe', role: 'Data Analyst, Risk' });
      expect(await page.getByLabel('Company name').inputValue()).toBe('');
      const form = await page.locator('form.add-pair').boundingBox();
      expect(form?.height).toBeLessThan(size.name === 'phone' ? 260 : 130);
      await axeInBothThemes('05d-board-add-dark');
    });
  });
}
