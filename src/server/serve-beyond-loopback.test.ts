/**
 * `afterview serve --host 0.0.0.0`: the server answers to the names people
 * use to reach it (the machine's interface addresses and host name, and the
 * --public-url host) and keeps refusing every other Host. Requests go to
 * 127.0.0.1 with the Host header a browser on the network would send, so no
 * traffic leaves this machine.
 */
import { request } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness } from './app.fixture.js';
import { publicHosts } from './security.js';
import { type RunningServer, startServer } from './serve.js';
import { parsePublicUrl } from './serve-command.js';

const TOKEN = 'tok-beyond-loopback-0123456789';

function get(port: number, host: string, path = '/api/agenda'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { host, authorization: `Bearer ${TOKEN}` } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('publicHosts', () => {
  const base = { port: 4411, interfaceAddresses: ['127.0.0.1', '::1', '192.0.2.10', 'fe80::1'], hostname: 'desk' };

  it('answers a wildcard bind on every interface address and the host name, never loopback twice', () => {
    expect(publicHosts({ ...base, host: '0.0.0.0', publicUrl: null })).toEqual([
      '192.0.2.10:4411',
      '[fe80::1]:4411',
      'desk:4411',
    ]);
  });

  it("adds the public URL's host as a proxy passes it on, with its port only when it names one", () => {
    expect(publicHosts({ ...base, host: '192.0.2.10', publicUrl: new URL('https://Jobs.Example.org/') })).toEqual([
      'jobs.example.org',
      '192.0.2.10:4411',
    ]);
    expect(publicHosts({ ...base, host: '127.0.0.1', publicUrl: new URL('http://jobs.example.org:8443') })).toEqual([
      'jobs.example.org:8443',
    ]);
  });
});

describe('parsePublicUrl', () => {
  it('takes an http(s) address with a host and refuses anything else in one line', () => {
    expect(parsePublicUrl('https://jobs.example.org').host).toBe('jobs.example.org');
    for (const bad of ['jobs.example.org', 'ftp://jobs.example.org', 'https://user:pw@jobs.example.org']) {
      expect(() => parsePublicUrl(bad), bad).toThrow(/--public-url must be/);
    }
  });
});

describe('a server listening on 0.0.0.0', () => {
  let server: RunningServer | null = null;
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await server?.close();
    await close?.();
    server = null;
  });

  it("answers to the machine's addresses, its name and the public URL, and refuses every other host", async () => {
    const h = await openHarness();
    close = h.close;
    server = await startServer({
      ctx: h.ctx,
      host: '0.0.0.0',
      port: 0,
      token: TOKEN,
      publicUrl: new URL('https://jobs.example.org'),
    });
    const port = server.port;
    const addresses = Object.values(networkInterfaces())
      .flatMap((list) => list ?? [])
      .filter((i) => !i.internal && i.family === 'IPv4')
      .map((i) => `${i.address}:${port}`);
    for (const host of [...addresses, `${hostname()}:${port}`, 'jobs.example.org', `127.0.0.1:${port}`]) {
      expect(await get(port, host), host).toBe(200);
    }
    for (const host of ['evil.example', `rebind.example:${port}`, 'jobs.example.org.evil.example', `0.0.0.0:${port}`]) {
      expect(await get(port, host), host).toBe(403);
    }
  });
});
