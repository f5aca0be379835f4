import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, HOST, openHarness } from './app.fixture.js';

let h: Harness;
afterEach(async () => h?.close());

describe('the Host check (DNS rebinding)', () => {
  it('answers on 127.0.0.1, localhost and [::1] with the port', async () => {
    h = await openHarness();
    for (const host of ['127.0.0.1:4411', 'localhost:4411', '[::1]:4411', 'LOCALHOST:4411']) {
      const res = await h.call('GET', '/api/agenda', undefined, { host });
      expect(res.status, host).toBe(200);
    }
  });

  it('refuses a foreign Host with 403 forbidden, even for /healthz', async () => {
    h = await openHarness();
    for (const host of ['evil.example:4411', 'attacker.test', '127.0.0.1:80', 'localhost']) {
      const res = await h.call('GET', '/api/agenda', undefined, { host });
      expect(res.status, host).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect((await h.call('GET', '/healthz', undefined, { host: 'rebind.example:4411' })).status).toBe(403);
  });
});

describe('the Origin check (CSRF)', () => {
  it('refuses a state-changing request from a foreign Origin', async () => {
    h = await openHarness();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await h.call(method, '/api/opportunities', { company: 'Acme' }, { origin: 'https://evil.example' });
      expect(res.status, method).toBe(403);
    }
    const nullOrigin = await h.call('POST', '/api/demo', {}, { origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    expect((await h.json('GET', '/api/opportunities')).body).toEqual([]);
  });

  it('accepts its own Origin, and no Origin at all (curl, scripts)', async () => {
    h = await openHarness();
    const own = await h.call('POST', '/api/opportunities', { company: 'Acme' }, { origin: `http://${HOST}` });
    expect(own.status).toBe(201);
    const none = await h.call('POST', '/api/opportunities', { company: 'Globex' });
    expect(none.status).toBe(201);
  });

  it('lets a read through whatever its Origin (the Host check already holds it)', async () => {
    h = await openHarness();
    const res = await h.call('GET', '/api/agenda', undefined, { origin: 'https://evil.example' });
    expect(res.status).toBe(200);
  });
});

describe('the token, when the server listens beyond loopback', () => {
  const token = 'tok-0123456789abcdef';

  it('refuses the API without it: 401 unauthorized', async () => {
    h = await openHarness({ token });
    const res = await h.call('GET', '/api/agenda');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await h.call('GET', '/api/agenda', undefined, { authorization: 'Bearer wrong' })).status).toBe(401);
  });

  it('accepts the bearer header or the token cookie', async () => {
    h = await openHarness({ token });
    expect((await h.call('GET', '/api/agenda', undefined, { authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await h.call('GET', '/api/agenda', undefined, { cookie: `token=${token}` })).status).toBe(200);
  });

  it('turns /?token= into an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    h = await openHarness({ token });
    const res = await h.call('GET', `/?token=${token}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`token=${token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await h.call('GET', '/?token=nope')).status).toBe(401);
  });

  it('keeps /healthz open for probes', async () => {
    h = await openHarness({ token });
    expect((await h.call('GET', '/healthz')).status).toBe(200);
  });
});

describe('security headers', () => {
  it('sets a strict CSP, nosniff, no-referrer and no framing on every response, errors too', async () => {
    h = await openHarness();
    for (const res of [
      await h.call('GET', '/healthz'),
      await h.call('GET', '/api/opportunities/nope'),
      await h.call('GET', '/'),
    ]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});
