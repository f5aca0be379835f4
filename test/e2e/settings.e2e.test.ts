/**
 * Settings as forms, end to end: the real server on a free loopback port
 * with a temp home, Debian's chromium driven by playwright-core, a real
 * Dovecot (test/dovecot.ts) and SMTP peer (test/smtp-peer.ts). A section
 * saves with its one button only what changed and says so in a toast; the
 * zone and country are picked by keyboard; a zone that is not one is
 * refused under its field with nothing written; a mail account is set up by
 * provider, and "Test connection" signs in to both servers, or says in one
 * line per server that the password was refused, never echoing it; an
 * account whose sync keeps failing puts a banner on Settings and Today.
 * axe-core finds nothing in the light and dark themes, and the page fits a
 * 375 px phone. Screenshots go to test-artifacts/.
 */
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlwaysOn, startAlwaysOn } from '../../src/app/mail-watch/always-on.js';
import { updateWatchStatus, watchStatus } from '../../src/app/mail-watch/watch-status.js';
import { type Dovecot, dovecotAvailable, startDovecot } from '../dovecot.js';
import { type SmtpPeer, startSmtpPeer } from '../smtp-peer.js';
import { axeViolations, haveChromium, openWebApp, type WebApp } from './browser.fixture.js';

const ADDRESS = 'sam@example.com';
const WRONG = 'not-the-Password-7731';

/** Waits for the UI: each step may take a few requests on a busy machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

describe.skipIf(!haveChromium('the settings end-to-end tests') || !dovecotAvailable())('settings as forms', () => {
  let app: WebApp | undefined;
  let page: Page;
  let url: string;
  let dovecot: Dovecot | undefined;
  let smtp: SmtpPeer | undefined;
  let watch: AlwaysOn | undefined;

  beforeAll(async () => {
    dovecot = await startDovecot({ user: ADDRESS });
    smtp = await startSmtpPeer({ users: { [ADDRESS]: dovecot.pass } });
    app = await openWebApp({ now: Temporal.Instant.from('2026-12-07T15:00:00Z'), machineZone: 'America/New_York' });
    ({ page } = app);
    url = app.server.url;
  }, 120_000);

  afterAll(async () => {
    await watch?.stop();
    await app?.close();
    await smtp?.close();
    await dovecot?.stop();
  });

  const shot = (name: string) => app?.shot(name);
  const section = (title: string) => page.getByRole('region', { name: title, exact: true });
  const toasts = () => page.locator('[data-sonner-toast]').allInnerTexts();
  const profile = () => app!.store.getProfile();
  /** What the page shows as text (a field's value is not in it). */
  const bodyText = async () => String(await page.evaluate('document.body.innerText'));
  const bothThemes = async (name: string) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
      expect(await axeViolations(page)).toEqual([]);
      await shot(`settings-${name}-${theme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };

  it('groups Settings into sections, each with one save', async () => {
    await page.goto(`${url}settings`);
    await poll(() => section('Profile').isVisible()).toBe(true);
    for (const [title, save] of [
      ['Profile', 'Save profile'],
      ['Playbook', 'Save playbook'],
      ['Mail', 'Save mail account'],
    ] as const) {
      const buttons = section(title).locator('button[type="submit"]');
      expect(await buttons.count()).toBe(1);
      expect(await buttons.innerText()).toBe(save);
    }
    // "Your coaches" shows only where there are accounts (serve --accounts); this home has none.
    for (const title of ['Calendar feed', 'Your data', 'Import from another tracker']) {
      expect(await page.getByRole('heading', { name: title, exact: true }).isVisible()).toBe(true);
    }
    // Nothing changed yet: nothing to save.
    expect(await section('Profile').getByRole('button', { name: 'Save profile' }).isDisabled()).toBe(true);
    await bothThemes('01-sections');
  });

  it('saves the profile with one button, the zone and country picked by keyboard, and says what changed', async () => {
    const form = section('Profile');
    await form.getByLabel('Your name').focus();
    await page.keyboard.type('Sam Rivera');
    await page.keyboard.press('Tab'); // email
    await page.keyboard.press('Tab'); // signature
    await page.keyboard.press('Tab'); // time zone
    expect(await page.evaluate("document.activeElement?.getAttribute('list')")).toBeTruthy();
    await page.keyboard.type('Europe/Paris');
    await page.keyboard.press('Tab'); // country: a list, typed into by name
    await page.keyboard.type('France');
    expect(await form.getByLabel('Country').inputValue()).toBe('FR');
    await form.getByLabel('Your name').focus();
    await page.keyboard.press('Enter');
    await poll(toasts).toContainEqual(expect.stringContaining('Saved your name, time zone and country.'));
    const saved = await profile();
    expect([saved.name, saved.timezone, saved.country, saved.email ?? null]).toEqual([
      'Sam Rivera',
      'Europe/Paris',
      'FR',
      null,
    ]);
    await poll(() => form.getByRole('button', { name: 'Save profile' }).isDisabled()).toBe(true);
  });

  it('refuses a zone that is not one under its field, and writes nothing', async () => {
    const form = section('Profile');
    const zone = form.getByLabel('Time zone');
    await zone.fill('Mars/Olympus_Mons');
    await form.getByRole('button', { name: 'Save profile' }).click();
    const described = (await zone.getAttribute('aria-describedby')) ?? '';
    const errorId = described.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeTruthy();
    await poll(() => page.locator(`[id="${errorId}"]`).innerText()).toContain('"Mars/Olympus_Mons" is not a time zone');
    expect(await zone.getAttribute('aria-invalid')).toBe('true');
    expect((await profile()).timezone).toBe('Europe/Paris');
    await bothThemes('02-zone-error');
    await zone.fill('Europe/Paris');
  });

  it('saves only the playbook field that changed', async () => {
    const form = section('Playbook');
    const gap = form.getByLabel('Days between check-ins');
    const before = await app!.store.getProfile();
    await gap.fill('9');
    await form.getByRole('button', { name: 'Save playbook' }).click();
    await poll(toasts).toContainEqual(expect.stringContaining('Saved days between check-ins.'));
    const settings = await page.evaluate(() => fetch('/api/settings').then((r) => r.json()));
    const values = Object.fromEntries(
      (settings as { key: string; value: unknown }[]).map((e) => [e.key, e.value] as const),
    );
    expect(values['settings.checkInGapDays']).toBe(9);
    expect(values['settings.silenceDays']).not.toBe(9);
    expect((await app!.store.getProfile()).name).toBe(before.name);
  });

  const fillOtherAccount = async (password: string) => {
    const form = section('Mail');
    await form.getByLabel('Provider').selectOption('other');
    await form.getByLabel('Email address').fill(ADDRESS);
    await form.getByLabel('App password').fill(password);
    await form.getByLabel('Reading server (IMAP)').fill('127.0.0.1');
    await form.getByLabel('Reading port').fill(String(dovecot!.port));
    await form.getByLabel('Sending server (SMTP)').fill('127.0.0.1');
    await form.getByLabel('Sending port').fill(String(smtp!.port));
  };

  it('fills a preset provider’s servers and says how to get its app password and how to sign in instead', async () => {
    const form = section('Mail');
    await form.getByLabel('Provider').focus();
    await page.keyboard.press('Home'); // the first preset: Gmail
    expect(await form.getByLabel('Provider').inputValue()).toBe('gmail');
    const text = await form.innerText();
    expect(text).toContain('Reads from imap.gmail.com:993 (TLS); sends through smtp.gmail.com:465 (TLS).');
    expect(text).toContain('How to get one: turn on 2-Step Verification');
    expect(text).toContain('afterview connect gmail you@example.com --oauth --client-id ID');
    expect(text).toContain('There is no sign-in button here yet.');
    expect(await form.getByRole('link', { name: 'Open the Gmail page for app passwords' }).getAttribute('href')).toBe(
      'https://myaccount.google.com/apppasswords',
    );
    await form.getByLabel('Provider').selectOption('fastmail');
    expect(await form.innerText()).not.toContain('--oauth');
  });

  it('tests the connection: a wrong password is one line per server, without the password; the right one signs in', async () => {
    const form = section('Mail');
    await fillOtherAccount(WRONG);
    await form.getByRole('button', { name: 'Test connection' }).click();
    const result = form.locator('.mail-test');
    await poll(() => result.isVisible()).toBe(true);
    const lines = await result.locator('li').allInnerTexts();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Reading \(IMAP\): 127\.0\.0\.1:\d+ refused the address or app password/);
    expect(lines[1]).toMatch(/^Sending \(SMTP\): 127\.0\.0\.1:\d+ refused the login/);
    for (const line of lines) expect(line).not.toContain('\n');
    expect(await result.innerText()).toContain('The connection did not work.');
    // The password is only in its field: not in any text on the page, nor in what the server answered.
    expect(await bodyText()).not.toContain(WRONG.slice(4));
    const answer = await page.evaluate(
      async (body) =>
        (
          await fetch('/api/mail/test', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).text(),
      {
        provider: 'other',
        address: ADDRESS,
        password: WRONG,
        imapHost: '127.0.0.1',
        imapPort: dovecot!.port,
        smtpHost: '127.0.0.1',
        smtpPort: smtp!.port,
      },
    );
    expect(JSON.parse(answer).ok).toBe(false);
    expect(answer).not.toContain(WRONG.slice(4));
    await bothThemes('03-mail-test-failed');
    // Nothing was saved by the test.
    const settings = (await page.evaluate(() => fetch('/api/settings').then((r) => r.json()))) as {
      key: string;
      value: unknown;
    }[];
    expect(settings.find((e) => e.key === 'smtp.url')?.value).toBeNull();

    await form.getByLabel('App password').fill(dovecot!.pass);
    await form.getByRole('button', { name: 'Test connection' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => result.innerText()).toContain('Connection works: you can save the account.');
    const ok = await result.locator('li').allInnerTexts();
    expect(ok).toEqual([
      `Reading (IMAP): signed in to 127.0.0.1:${dovecot!.port}.`,
      `Sending (SMTP): signed in to 127.0.0.1:${smtp!.port}.`,
    ]);
    expect(smtp!.logins).toContain(ADDRESS);
  });

  it('saves the account with its one button, the password hidden from then on', async () => {
    const form = section('Mail');
    await form.getByRole('button', { name: 'Save mail account' }).click();
    await poll(toasts).toContainEqual(expect.stringContaining('Saved the mail account (reading and sending).'));
    await poll(() => form.innerText()).toContain(`smtp://sam%40example.com:***@127.0.0.1:${smtp!.port}`);
    expect(await form.getByLabel('App password').inputValue()).toBe('');
    expect(await bodyText()).not.toContain(dovecot!.pass);
    expect((await profile()).email).toBe(ADDRESS);
  });

  it('shows a banner on Settings and Today while the account keeps failing, with what to do', async () => {
    // The saved account with a password the server refuses: the always-on watch fails and retries.
    await fillOtherAccount(WRONG);
    await section('Mail').getByRole('button', { name: 'Save mail account' }).click();
    await poll(toasts).toContainEqual(expect.stringContaining('Saved the mail account'));
    watch = startAlwaysOn({
      contextFor: async () => app!.ctx,
      seekerId: app!.store.seekerId,
      publicUrl: url,
      firstRetryMs: 60_000,
    });
    await poll(() => watchStatus(app!.store.seekerId).state).toBe('retrying');

    await page.reload();
    const banner = page.locator('.banner');
    await poll(() => banner.isVisible()).toBe(true);
    const said = await banner.innerText();
    expect(said).toContain('Mail is not syncing.');
    expect(said).toContain('Check the address and app password under Mail with “Test connection”');
    expect(said).not.toContain(WRONG.slice(4));
    expect(await banner.getByRole('link', { name: 'Go to the mail account' }).isVisible()).toBe(true);
    await bothThemes('04-banner');

    await page.goto(url);
    await poll(() => page.locator('.banner').isVisible()).toBe(true);
    await page.locator('.banner').getByRole('link', { name: 'Fix it in Settings' }).click();
    await poll(() => page.url()).toContain('/settings');
    await shot('settings-05-banner-to-settings');
  });

  it('asks to sign in again when the provider withdrew the grant (the watch’s reconnect state)', async () => {
    await watch?.stop();
    watch = undefined;
    // What the watch reports when a provider refuses its refresh token (test/cli/connect-oauth.test.ts walks that with a real provider).
    updateWatchStatus(app!.store.seekerId, { state: 'reconnect' });
    await page.goto(url);
    const banner = page.locator('.banner');
    await poll(() => banner.isVisible()).toBe(true);
    expect(await banner.innerText()).toContain('Your mail account needs signing in again.');
    expect(await axeViolations(page)).toEqual([]);
    await shot('settings-05b-reconnect-today');
    // Once the account is connected again the state moves on, and the banner goes.
    updateWatchStatus(app!.store.seekerId, { state: 'watching', lastError: null });
    await page.reload();
    await poll(() => page.getByRole('heading', { name: 'Today' }).isVisible()).toBe(true);
    expect(await banner.count()).toBe(0);
  });

  it('fits a 375 px phone without widening the page, axe clean', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${url}settings`);
    await poll(() => section('Mail').isVisible()).toBe(true);
    await fillOtherAccount(WRONG);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await bothThemes('06-phone');
  });
});
