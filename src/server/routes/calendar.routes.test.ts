import { statSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { secretsPath } from '../../app/secrets.js';
import { type Harness, openHarness } from '../app.fixture.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness({ token: 'browser-session-token' });
});
afterEach(async () => h.close());

const auth = { authorization: 'Bearer browser-session-token' };

async function feedUrl(): Promise<string> {
  const res = await h.call('GET', '/api/calendar', undefined, auth);
  expect(res.status).toBe(200);
  const { url } = (await res.json()) as { url: string };
  return url;
}

describe('the calendar feed', () => {
  it('serves the follow-ups as iCalendar at the secret address, without the server token', async () => {
    await h.call('POST', '/api/demo', {}, auth);
    const url = await feedUrl();
    expect(url).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await feedUrl()).toBe(url);
    expect(statSync(secretsPath(h.ctx.home)).mode & 0o777).toBe(0o600);
    const res = await h.call('GET', url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  });

  it('answers a wrong or missing token with the 404 of any unknown address', async () => {
    const url = await feedUrl();
    const unknown = await h.call('GET', '/nothing/here.ics');
    for (const path of ['/calendar/wrong.ics', '/calendar/.ics', `${url.slice(0, -5)}x.ics`, url.slice(0, -4)]) {
      const res = await h.call('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toBe(unknown.headers.get('content-type'));
      expect(await res.text(), path).not.toContain('calendar.token');
    }
  });

  it('keeps the Host check: a foreign Host is refused even with the right token', async () => {
    const url = await feedUrl();
    expect((await h.call('GET', url, undefined, { host: 'rebind.example:4411' })).status).toBe(403);
  });

  it('replaces the address: the old one stops working at once', async () => {
    const old = await feedUrl();
    const res = await h.call('POST', '/api/calendar/rotate', undefined, auth);
    expect(res.status).toBe(200);
    const { url } = (await res.json()) as { url: string };
    expect(url).not.toBe(old);
    expect(await feedUrl()).toBe(url);
    expect((await h.call('GET', old)).status).toBe(404);
    expect((await h.call('GET', url)).status).toBe(200);
  });

  it('needs the server token for the address itself', async () => {
    expect((await h.call('GET', '/api/calendar')).status).toBe(401);
    expect((await h.call('POST', '/api/calendar/rotate')).status).toBe(401);
  });
});
