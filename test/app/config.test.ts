/** The configuration: parsed once from flags and the environment, every problem reported together. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/records/errors.js';

const tty = { stdoutIsTTY: true, stderrIsTTY: true };
const load = (flags: Parameters<typeof loadConfig>[0], env: NodeJS.ProcessEnv = {}) =>
  loadConfig(flags, { HOME: '/home/sam', ...env }, tty);

describe('loadConfig', () => {
  it('reads --now with an offset, in UTC without one, and a date as its UTC midnight', () => {
    expect(load({ now: '2026-11-26T09:00:00-05:00' }).nowMs).toBe(Date.parse('2026-11-26T14:00:00Z'));
    expect(load({ now: '2026-11-26T14:00:00.250Z' }).nowMs).toBe(Date.parse('2026-11-26T14:00:00.250Z'));
    expect(load({ now: '2026-11-26T14:00' }).nowMs).toBe(Date.parse('2026-11-26T14:00:00Z'));
    expect(load({ now: '2026-11-26' }).nowMs).toBe(Date.parse('2026-11-26T00:00:00Z'));
    expect(load({}, { AFTERVIEW_NOW: '2026-11-26T10:30:00+05:30' }).nowMs).toBe(Date.parse('2026-11-26T05:00:00Z'));
  });

  it('refuses a --now that is not a real moment, and a database that is not PostgreSQL, together', () => {
    let error: unknown;
    try {
      load({ now: '2026-02-30T09:00', database: 'mysql://x' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/--database must be a postgres:\/\/ URL/);
    expect((error as AppError).message).toMatch(/--now must be an ISO 8601 date-time/);
    expect(() => load({ now: 'tomorrow' })).toThrow(/--now/);
  });

  it('reads the write-lock bound from $AFTERVIEW_LOCK_TIMEOUT in seconds (60 by default) and refuses a non-number', () => {
    expect(load({}).lockTimeoutMs).toBe(60_000);
    expect(load({}, { AFTERVIEW_LOCK_TIMEOUT: '1.5' }).lockTimeoutMs).toBe(1500);
    expect(load({}, { AFTERVIEW_LOCK_TIMEOUT: '600' }).lockTimeoutMs).toBe(600_000);
    for (const bad of ['0', '-1', 'soon', '1e3', '100000']) {
      expect(() => load({}, { AFTERVIEW_LOCK_TIMEOUT: bad })).toThrow(/\$AFTERVIEW_LOCK_TIMEOUT must be seconds/);
    }
  });

  it('finds the home from the flag, the environment, then XDG and ~/.local/share', () => {
    expect(load({ home: '/tmp/a' }).home).toBe('/tmp/a');
    expect(load({}, { AFTERVIEW_HOME: '/tmp/b' }).home).toBe('/tmp/b');
    expect(load({}, { XDG_DATA_HOME: '/data' }).home).toBe('/data/afterview');
    expect(load({}).sqlitePath).toBe('/home/sam/.local/share/afterview/afterview.db');
  });

  it('turns colour off with NO_COLOR or TERM=dumb, and reads the machine zone from TZ', () => {
    expect(load({}).color).toBe(true);
    expect(load({}, { NO_COLOR: '1' }).color).toBe(false);
    expect(load({}, { TERM: 'dumb' }).color).toBe(false);
    expect(load({}, { TZ: 'America/New_York' }).machineZone).toBe('America/New_York');
  });
});
