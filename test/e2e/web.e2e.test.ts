/**
 * The web app end to end: the real server on a free loopback port, a temp
 * home, a fixed clock, and Debian's chromium driven by playwright-core,
 * walking a new user from an empty home to a moved card: Today's rows,
 * draft panel, toasts with Undo and keyboard shortcuts on a laptop-sized
 * and a phone-sized window, and axe-core in the light and dark themes.
 * Screenshots go to test-artifacts/. Without /usr/bin/chromium the suite is
 * skipped with a warning, unless CI is set, where that is a failure
 * (browser.fixture.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMail } from '../../src/app/commands/mail.js';
import type { AppContext } from '../../src/app/context.js';
import type { RunningServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/store.types.js';
import { axeViolations, haveChromium, openWebApp, type WebApp } from './browser.fixture.js';

/** Thursday 26 November 2026, 09:00 in New York. */
const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');

/** A recruiter's note from an address no opportunity knows: it waits in the Inbox to be assigned. */
const UNPLACED_MAIL = [
  'From: Ola Berg <ola@talent-partners.example>',
  'To: Sam Lee <sam@example.com>',
  'Subject: Following up on your Northwind interview',
  'Date: Wed, 25 Nov 2026 11:30:00 -0500',
  'Message-ID: <follow-up-7@talent-partners.example>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi Sam, the team enjoyed meeting you and will be in touch with next steps soon.',
  '',
].join('\r\n');

/** Tidewater's recruiter books the final round: a calendar invitation (METHOD:REQUEST). */
const INVITATION_MAIL = [
  'From: Linda Cho <linda.cho@tidewater.example>',
  'To: Sam Lee <sam.lee@example.com>',
  'Subject: Invitation: Tidewater final round',
  'Date: Wed, 25 Nov 2026 15:00:00 -0500',
  'Message-ID: <final-round-1@tidewater.example>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'The invitation for your final round is attached.',
  '--b',
  'Content-Type: text/calendar; charset=utf-8; method=REQUEST',
  '',
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Tidewater//Recruiting//EN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:tidewater-final-e2e@tidewater.example',
  'DTSTART:20261203T190000Z',
  'DTEND:20261203T200000Z',
  'SUMMARY:Final round',
  'ORGANIZER;CN=Linda Cho:mailto:linda.cho@tidewater.example',
  'ATTENDEE;CN=Sam Lee:mailto:sam.lee@example.com',
  'END:VEVENT',
  'END:VCALENDAR',
  '--b--',
  '',
].join('\r\n');

/** Waits for the UI: each step may take a few requests on a busy machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

describe.skipIf(!haveChromium('the web end-to-end tests'))('the web app, end to end', () => {
  let home: string;
  let store: Store;
  let server: RunningServer;
  let app: WebApp | undefined;
  let page: Page;

  beforeAll(async () => {
    app = await openWebApp({ now: NOW, machineZone: 'America/New_York' });
    ({ home, store, server, page } = app);
    const mailFile = join(home, 'unplaced.eml');
    writeFileSync(mailFile, UNPLACED_MAIL);
    expect((await importMail(app.ctx, { paths: [mailFile] })).unmatched).toBe(1);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const shot = (name: string) => app?.shot(name);
  const item = (title: string | RegExp) => page.locator('li.today-row').filter({ hasText: title });
  const row = (title: string | RegExp) => item(title).locator('[data-row]');
  const toast = (text: string | RegExp) => page.locator('[data-sonner-toast]').filter({ hasText: text });
  /** The item whose row holds the focus (its open button or one of its actions), or null. */
  const focusedRow = () =>
    page.evaluate(
      "document.activeElement?.closest('li.today-row')?.querySelector('[data-row]')?.getAttribute('data-row') ?? null",
    ) as Promise<string | null>;
  const panel = () => page.getByRole('dialog');
  const touchesOf = async (opp: string) =>
    ((await (await fetch(`${server.url}api/opportunities/${opp}`)).json()) as { opportunity: { touches: unknown[] } })
      .opportunity.touches;
  const axe = () => axeViolations(page);

  it('opens on an empty home that starts the first run, and renders Today fast', async () => {
    await page.goto(server.url);
    await poll(() => page.getByRole('button', { name: 'Just look around with a demo' }).isVisible()).toBe(true);
    await poll(() => page.getByRole('heading', { name: 'Step 1 of 2: about you' }).isVisible()).toBe(true);
    const firstRender = await page.evaluate(() => performance.getEntriesByName('today-rendered')[0]?.startTime ?? -1);
    process.stdout.write(`first render of Today from a cold load: ${firstRender.toFixed(0)} ms\n`);
    expect(firstRender).toBeGreaterThan(0);
    expect(firstRender).toBeLessThan(3000);
    await shot('01-empty-home');
  });

  it('loads the demo and shows what to do now, holds and pipeline health', async () => {
    await page.getByRole('button', { name: 'Just look around with a demo' }).click();
    await poll(() => item('Thank Priya').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'On hold, on purpose' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Pipeline health' }).isVisible()).toBe(true);
    expect(await page.getByText('Keep your search going').isVisible()).toBe(true);
    // Decisions (offers, deadlines) come before what is merely due.
    const groups = await page.locator('section.group h2').allTextContents();
    expect(groups.slice(0, 2)).toEqual(['Decide', 'Due']);
    expect(await item('Thank Priya').textContent()).toMatch(/overdue \d+ days?|due (today|tomorrow)/);
    expect(await page.title()).toBe('Today · afterview');
    await shot('02-demo-today');
    // The draft opens on demand in a side panel, with the composer.
    await row('Thank Priya').click();
    await poll(() => panel().getByLabel('Message').inputValue()).toMatch(/^Hi Priya/);
    const mailto = await panel().getByRole('link', { name: 'Open in mail app' }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:priya@northwind-labs\.example\?subject=Thank%20you/);
    expect(mailto).toContain('%0D%0A');
    await shot('02b-draft-panel');
    await page.keyboard.press('Escape');
    await poll(() => panel().count()).toBe(0);
    await poll(focusedRow).toBe('thank-you:northwind:i1:priya');
  });

  it('sends a thank-you: mark as sent (double-clicked) logs it once, Undo takes it back, and `s` logs it again', async () => {
    const sent = [
      expect.objectContaining({ purpose: 'thank-you', contactId: 'priya', interviewId: 'i1', direction: 'out' }),
    ];
    await item('Thank Priya')
      .getByRole('button', { name: /^Mark sent/ })
      .dblclick();
    await poll(() => toast('Logged: Thank Priya').count()).toBe(1);
    await poll(() => item('Thank Priya').count()).toBe(0);
    await poll(() => touchesOf('northwind')).toEqual(sent);
    expect(await page.getByRole('alert').count()).toBe(0);
    // Focus went to the row that took its place, not to the page.
    expect(await focusedRow()).not.toBeNull();
    await shot('03-thank-you-sent');

    await toast('Logged: Thank Priya').getByRole('button', { name: 'Undo' }).click();
    await poll(() => item('Thank Priya').count()).toBe(1);
    await poll(() => touchesOf('northwind')).toEqual([]);
    await poll(focusedRow).toBe('thank-you:northwind:i1:priya');

    await page.keyboard.press('s');
    await poll(() => toast('Logged: Thank Priya').count()).toBeGreaterThan(0);
    await poll(() => item('Thank Priya').count()).toBe(0);
    await poll(() => touchesOf('northwind')).toEqual(sent);
  });

  it('works from the keyboard alone: j/k, ? lists the keys, z snoozes into Coming up, u undoes, d dismisses', async () => {
    await page.locator('[data-row]').first().focus();
    const first = await focusedRow();
    await page.keyboard.press('j');
    const second = await focusedRow();
    expect(second).not.toBe(first);
    await page.keyboard.press('k');
    expect(await focusedRow()).toBe(first);

    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await poll(() => keys.isVisible()).toBe(true);
    expect(await keys.textContent()).toContain('mark as sent');
    await shot('03b-shortcuts');
    await page.keyboard.press('Escape');
    await poll(() => keys.count()).toBe(0);

    // z: snooze to next Monday, picked with the keyboard; the item shows under Coming up with its day.
    await page.locator(`[data-row="${second}"]`).focus();
    const title = (await page.locator(`[data-row="${second}"] .row-title`).textContent()) ?? '';
    await page.keyboard.press('z');
    const picker = page.getByRole('dialog', { name: /^Snooze/ });
    await poll(() => picker.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await poll(() => toast(`Snoozed until Mon, Nov 30, 2026: ${title}`).count()).toBe(1);
    const coming = page.locator('section.group-coming li').filter({ hasText: title });
    await poll(() => coming.textContent()).toContain('snoozed until Mon, Nov 30');
    expect(await page.locator(`[data-row="${second}"]`).count()).toBe(0);
    await shot('03c-snoozed');
    await page.keyboard.press('u');
    await poll(() => page.locator(`[data-row="${second}"]`).count()).toBe(1);
    await poll(() => coming.count()).toBe(0);

    // d: dismiss; focus moves to the next row; Undo from the toast brings it back.
    await page.locator(`[data-row="${second}"]`).focus();
    await page.keyboard.press('d');
    await poll(() => toast(`Dismissed: ${title}`).count()).toBe(1);
    await poll(() => page.locator(`[data-row="${second}"]`).count()).toBe(0);
    await poll(focusedRow).not.toBeNull();
    await toast(`Dismissed: ${title}`).getByRole('button', { name: 'Undo' }).click();
    await poll(() => page.locator(`[data-row="${second}"]`).count()).toBe(1);
  });

  it('finds no accessibility violation on Today in the light and the dark theme, and the theme follows the system', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await poll(() => item('Thank Priya').count()).toBe(0);
    await poll(() => page.locator('[data-row]').count()).toBeGreaterThan(0);
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('light');
    expect(await axe()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
    expect(await axe()).toEqual([]);
    await shot('03d-today-dark');
    await page
      .locator('li.today-row')
      .filter({ has: page.getByRole('button', { name: /^Mark sent/ }) })
      .first()
      .locator('[data-row]')
      .click();
    await poll(() => panel().getByLabel('Message').isVisible()).toBe(true);
    expect(await axe()).toEqual([]);
    await shot('03e-draft-panel-dark');
    await page.keyboard.press('Escape');
    // The toggle overrides the system: Auto -> Dark -> Light, kept across a reload.
    const toggle = page.getByRole('button', { name: /^Theme:/ });
    await toggle.click();
    await toggle.click();
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('light');
    await page.reload();
    await poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('light');
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('light');
  });

  it('moves focus to the new page and names it in the title on navigation', async () => {
    await page.getByRole('link', { name: 'Pipeline' }).click();
    await poll(() => page.title()).toBe('Pipeline · afterview');
    await poll(() => page.evaluate('document.activeElement?.tagName')).toBe('H1');
    await page.getByRole('link', { name: 'Today' }).click();
    await poll(() => page.title()).toBe('Today · afterview');
    await poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Today');
  });

  it('logs a promise in words, reads the date back, and shows the hold', async () => {
    await page.goto(`${server.url}opportunities/fernhill`);
    await page.getByText('What you heard').click();
    await page.getByLabel('What they said').fill('Thanks for coming in. We will make a decision by next Friday.');
    await page.getByLabel('Decision promised by (optional)').fill('next friday');
    await poll(() => page.getByText('Reads as Fri, Dec 4, 2026').isVisible()).toBe(true);
    await shot('04-promise-read-back');
    await page.getByRole('button', { name: 'Log it' }).last().click();
    await poll(() => page.getByRole('status').first().textContent()).toContain('by Fri, Dec 4, 2026.');
    await page.getByRole('link', { name: 'Today' }).click();
    const hold = page.locator('li.hold').filter({ hasText: 'Fernhill Health' });
    await poll(() => hold.textContent()).toContain('No check-in until Fri, Dec 4, 2026');
    expect(await item('Ask Fernhill Health about their timeline').count()).toBe(0);
    await shot('05-hold');
  });

  it('logs a competing offer with its deadline, and the first choice keeps one nudge, about the most pressing offer', async () => {
    await page.goto(`${server.url}opportunities/tidewater`);
    await page.getByText('An offer', { exact: true }).click();
    await page.getByLabel('Answer by (deadline)').fill('Dec 10');
    await poll(() => page.getByText('Reads as Thu, Dec 10, 2026').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Log the offer' }).click();
    await poll(() => page.getByRole('status').first().textContent()).toContain('Offer logged (received)');
    await page.getByRole('link', { name: 'Today' }).click();
    // Pinecrest's offer (answer by Dec 2) is more pressing than Tidewater's (Dec 10): one nudge, about Pinecrest.
    await poll(() => page.getByText('Decide on the offer from Tidewater Logistics').count()).toBe(1);
    expect(await item('Tell Brightwater Analytics you have an offer from Pinecrest Robotics').count()).toBe(1);
    expect(await item('Tell Brightwater Analytics you have an offer from Tidewater Logistics').count()).toBe(0);
    await shot('06-offer-nudge');
  });

  it("opens a draft in Today's panel and flags pleading words live", async () => {
    await row('Tell Brightwater Analytics you have an offer from Pinecrest Robotics').click();
    const message = panel().getByLabel('Message');
    await poll(() => message.inputValue()).toMatch(/^Hi /);
    await message.fill('Hi Maya, I really need this job, please, I am begging you!!!');
    await poll(() => page.locator('.tone mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.flags li').count()).toBeGreaterThan(0);
    await shot('07-composer');
    await page.keyboard.press('Escape');
  });

  it('moves cards on the board by keyboard menu (closing asks the outcome) and by drag', async () => {
    await page.getByRole('link', { name: 'Pipeline' }).click();
    const column = (stage: string) => page.locator(`section.column[data-stage="${stage}"]`);
    await poll(() => column('waiting').locator('[data-id="copperleaf"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Move Copperleaf Bank to…' }).click();
    await page.getByRole('menuitem', { name: 'Closed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close Copperleaf Bank' });
    await poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('They never answered').check();
    await dialog.getByRole('button', { name: 'Close it' }).click();
    await column('closed')
      .getByRole('button', { name: /^Closed/ })
      .click();
    await poll(() => column('closed').locator('[data-id="copperleaf"]').count()).toBe(1);

    // An offer is a fact to log: the drop asks for it, and the card moves once it is logged.
    await page.locator('article.opp[data-id="lumen-street"]').dragTo(column('offer'));
    await page
      .getByRole('dialog', { name: "Log Lumen Street Media's offer" })
      .getByRole('button', { name: 'Log it and move' })
      .click();
    await poll(() => column('offer').locator('[data-id="lumen-street"]').count()).toBe(1);
    await shot('08-board');
  });

  it('assigns a message from the Inbox to an opportunity, where it shows as read from mail', async () => {
    const inboxLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Inbox/ });
    await poll(() => inboxLink.textContent()).toContain('1');
    await inboxLink.click();
    const message = page.locator('article.message').filter({ hasText: 'Following up on your Northwind interview' });
    await poll(() => message.count()).toBe(1);
    expect(await message.textContent()).toContain('From ola@talent-partners.example');
    await message.getByRole('button', { name: /^Assign…/ }).click();
    await message.getByLabel('Opportunity').selectOption('northwind');
    await message.getByLabel('What it says').selectOption('reply');
    await shot('09-inbox-assign');
    await message.getByRole('button', { name: 'Assign', exact: true }).click();
    await poll(() => page.getByRole('status').first().textContent()).toContain('Assigned');
    await poll(() => page.getByText('Nothing to review.').isVisible()).toBe(true);
    await poll(() => inboxLink.locator('.count').count()).toBe(0);
    await page.goto(`${server.url}opportunities/northwind`);
    const marker = page.locator('.timeline .from-mail');
    await poll(() => marker.count()).toBe(1);
    expect(await marker.getAttribute('title')).toContain('<follow-up-7@talent-partners.example>');
    await page.goto(`${server.url}pipeline`);
    await poll(() => page.getByLabel('Company name').isVisible()).toBe(true);
  });

  it('adds an opportunity (company and role apart) and stays readable at 375px', async () => {
    await page.getByLabel('Company name').fill('Quillby');
    await page.getByLabel('Role', { exact: true }).fill('Platform Engineer');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const applied = page.locator('section.column[data-stage="applied"]');
    await poll(() => applied.locator('[data-id="quillby"]').count()).toBe(1);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(server.url);
    await poll(() => item(/Tell Brightwater/).count()).toBeGreaterThan(0);
    // Runs in the page: the DOM globals are the browser's.
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow as number).toBeLessThanOrEqual(0);
    // One line of navigation, and every button of Today at least 44px tall.
    expect((await page.locator('header.top').boundingBox())?.height).toBeLessThan(60);
    const small = await page.evaluate(
      "[...document.querySelectorAll('main button, main a.button')].filter((b) => b.getClientRects().length && b.getBoundingClientRect().height < 44).map((b) => b.textContent)",
    );
    expect(small).toEqual([]);
    await shot('10-today-375px');
    // On a phone the draft opens as a sheet from the bottom, with its actions; undo works from there too.
    await row(/Tell Brightwater/)
      .first()
      .click();
    const sheet = panel();
    await poll(() => sheet.getByLabel('Message').isVisible()).toBe(true);
    const box = await sheet.boundingBox();
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(800);
    expect(box?.width).toBe(375);
    await shot('10b-sheet-375px');
    await sheet.getByRole('button', { name: 'Dismiss' }).click();
    await poll(() => item(/Tell Brightwater/).count()).toBe(0);
    await toast(/^Dismissed: Tell Brightwater/)
      .getByRole('button', { name: 'Undo' })
      .click();
    await poll(() => item(/Tell Brightwater/).count()).toBe(1);
    expect(await axe()).toEqual([]);
  });

  it("shows, next to a message read from mail, what it changed (an invitation's interview)", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const file = join(home, 'invitation.eml');
    writeFileSync(file, INVITATION_MAIL);
    const ctx: AppContext = { store, now: NOW, machineZone: 'America/New_York', home };
    const report = await importMail(ctx, { paths: [file] });
    expect(report.messages[0]?.detail).toMatch(/-> tidewater .*interview i\d+ scheduled/);
    await page.goto(`${server.url}opportunities/tidewater`);
    const effect = page.locator('.timeline .effects');
    await poll(() => effect.count()).toBe(1);
    expect(await effect.textContent()).toMatch(/^→ interview i\d+ scheduled$/);
    await shot('11-timeline-from-mail');
  });

  it("shows a change made elsewhere without a reload (the server's event stream)", async () => {
    await page.goto(server.url);
    const agenda = (await (await fetch(`${server.url}api/agenda`)).json()) as {
      items: { id: string; kind: string; state: string; title: string; opportunityId: string | null }[];
    };
    const target = agenda.items.find((i) => i.state !== 'upcoming' && i.kind !== 'keep-searching' && i.opportunityId);
    expect(target).toBeDefined();
    await poll(() => item(target!.title).count()).toBeGreaterThan(0);
    const shown = await item(target!.title).count();
    // Another writer (the command line, the mail watch) dismisses it in the store; the page is not touched.
    await store.putDismissed(target!.opportunityId, target!.id);
    await expect.poll(() => item(target!.title).count(), { timeout: 5000, interval: 100 }).toBeLessThan(shown);
  });
});
