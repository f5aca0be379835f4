/**
 * `config get/set`: the profile, the playbook settings and the mail accounts.
 * Each key is validated with what would be right; mail URLs go to the
 * owner-only secrets file and are shown with their password hidden.
 */
import { DEFAULT_SETTINGS, SETTING_BOUNDS, type Settings } from '../../core/model.js';
import type { ProfileRecord } from '../../records/data-file.schema.js';
import { AppError } from '../../records/errors.js';
import { checkText } from '../../records/text-limits.js';
import type { AppContext } from '../context.js';
import { isKnownCountry } from '../holidays.js';
import { refusePlainImapBeyondLoopback } from '../mail-url.js';
import { redactUrl } from '../secrets.js';
import { settingsOf } from '../seeker-settings.js';

const PROFILE_KEYS = ['name', 'email', 'timezone', 'country', 'signature'] as const;
type ProfileKey = (typeof PROFILE_KEYS)[number];
const MAIL_KEYS = ['smtp.url', 'imap.url'] as const;
type MailKey = (typeof MAIL_KEYS)[number];
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
/** The morning digest's hour (src/app/digest.ts), kept with the seeker's mail settings. */
const DIGEST_KEY = 'digest.hour';

export const CONFIG_KEYS: readonly string[] = [
  ...PROFILE_KEYS,
  ...SETTING_KEYS.map((k) => `settings.${k}`),
  ...MAIL_KEYS,
  DIGEST_KEY,
];

export interface ConfigEntry {
  key: string;
  value: string | number | null;
  /** For settings: the playbook's default. */
  default?: number;
}

function settingKey(key: string): keyof Settings | null {
  const name = key.startsWith('settings.') ? key.slice('settings.'.length) : key;
  return (SETTING_KEYS as string[]).includes(name) ? (name as keyof Settings) : null;
}

function unknownKey(key: string): AppError {
  return new AppError('invalid_input', `unknown setting "${key}"`, { hint: `use one of ${CONFIG_KEYS.join(', ')}` });
}

/** Every key with its value (mail URLs redacted), or one key. */
export async function getConfig(ctx: AppContext, input: { key?: string | null }): Promise<ConfigEntry[]> {
  const profile = await ctx.store.getProfile();
  const secrets = await settingsOf(ctx).secrets.read();
  const entries: ConfigEntry[] = [
    ...PROFILE_KEYS.map((k) => ({
      key: k,
      value: k === 'timezone' ? (profile.timezone ?? null) : ((profile[k] as string | null | undefined) ?? null),
    })),
    ...SETTING_KEYS.map((k) => ({
      key: `settings.${k}`,
      value: profile.settings?.[k] ?? DEFAULT_SETTINGS[k],
      default: DEFAULT_SETTINGS[k],
    })),
    ...MAIL_KEYS.map((k) => ({ key: k, value: secrets[k] ? redactUrl(secrets[k]) : null })),
    { key: DIGEST_KEY, value: secrets[DIGEST_KEY] === undefined ? null : Number(secrets[DIGEST_KEY]) },
  ];
  if (!input.key) return entries;
  const wanted = settingKey(input.key) ? `settings.${settingKey(input.key)}` : input.key;
  const entry = entries.find((e) => e.key === wanted);
  if (!entry) throw unknownKey(input.key);
  return [entry];
}

/** Sets one key; `value` null or "" clears it (settings return to their default). */
export async function setConfig(ctx: AppContext, input: { key: string; value: string | null }): Promise<ConfigEntry> {
  const value = input.value === '' ? null : input.value;
  if ((MAIL_KEYS as readonly string[]).includes(input.key)) {
    const key = input.key as MailKey;
    if (value !== null) checkMailUrl(key, value);
    await settingsOf(ctx).secrets.update((secrets) => {
      if (value === null) delete secrets[key];
      else secrets[key] = value;
      return secrets;
    });
    return { key, value: value === null ? null : redactUrl(value) };
  }
  if (input.key === DIGEST_KEY) {
    const hour = value === null ? null : checkDigestHour(value);
    await settingsOf(ctx).secrets.update((secrets) => {
      if (hour === null) delete secrets[DIGEST_KEY];
      else secrets[DIGEST_KEY] = String(hour);
      return secrets;
    });
    return { key: DIGEST_KEY, value: hour };
  }
  const setting = settingKey(input.key);
  if (setting) {
    const checked = value === null ? null : checkSetting(setting, value);
    // Read and written in one transaction: a concurrent `config set` of another setting is kept.
    const settings = await ctx.store.transaction(async (store) => {
      const settings = { ...((await store.getProfile()).settings ?? {}) };
      if (checked === null) delete settings[setting];
      else settings[setting] = checked;
      await store.saveProfile({ settings });
      return settings;
    });
    return {
      key: `settings.${setting}`,
      value: settings[setting] ?? DEFAULT_SETTINGS[setting],
      default: DEFAULT_SETTINGS[setting],
    };
  }
  if (!(PROFILE_KEYS as readonly string[]).includes(input.key)) throw unknownKey(input.key);
  const key = input.key as ProfileKey;
  const next: ProfileRecord = { [key]: value === null ? null : await checkProfileValue(key, value) };
  // Only this key: saveProfile keeps every key it is not given.
  await ctx.store.saveProfile(next);
  return { key, value: (next[key] as string | null | undefined) ?? null };
}

function checkDigestHour(text: string): number {
  const hour = Number(text);
  if (!/^\d{1,2}$/.test(text.trim()) || hour > 23) {
    throw new AppError('invalid_setting', `digest.hour must be a whole hour from 0 to 23 (got "${text}")`, {
      hint: 'give 7 for a digest at 7 in the morning in your zone; an empty value turns it off',
    });
  }
  return hour;
}

function checkSetting(key: keyof Settings, text: string): number {
  const n = Number(text);
  const { min, max } = SETTING_BOUNDS[key];
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new AppError('invalid_setting', `${key} must be a whole number from ${min} to ${max} (got "${text}")`, {
      hint: `the default is ${DEFAULT_SETTINGS[key]}`,
    });
  }
  return n;
}

async function checkProfileValue(key: ProfileKey, value: string): Promise<string> {
  switch (key) {
    case 'timezone':
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: value });
      } catch {
        throw new AppError('invalid_setting', `timezone must be an IANA zone like America/New_York (got "${value}")`);
      }
      return value;
    case 'country': {
      const code = value.toUpperCase();
      if (!/^[A-Z]{2}$/.test(code) || !(await isKnownCountry(code))) {
        throw new AppError(
          'invalid_setting',
          `country must be an ISO 3166-1 alpha-2 code with known public holidays, like US or GB (got "${value}")`,
        );
      }
      return code;
    }
    case 'email':
      checkText('email', value, key);
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
        throw new AppError('invalid_setting', `email must be an address like sam@example.com (got "${value}")`);
      return value;
    case 'name':
    case 'signature':
      checkText(key, value, key);
      return value.replace(/\\n/g, '\n');
  }
}

function checkMailUrl(key: MailKey, value: string): void {
  const schemes = key === 'smtp.url' ? ['smtp:', 'smtps:'] : ['imap:', 'imaps:'];
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new AppError('invalid_setting', `${key} must be a URL like ${schemes[1]}//user:password@mail.example.com`);
  }
  if (!schemes.includes(parsed.protocol) || !parsed.hostname) {
    throw new AppError(
      'invalid_setting',
      `${key} must start with ${schemes.join(' or ')}// and name a host (got ${redactUrl(value)})`,
    );
  }
  refusePlainImapBeyondLoopback(parsed.protocol, parsed.hostname.replace(/^\[|\]$/g, ''));
}
