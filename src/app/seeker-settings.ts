/**
 * What a seeker keeps besides their facts: their secrets (mail account URLs,
 * the calendar feed's token) and their draft templates, behind one small
 * interface per need. Two places hold them: the data home's files (the local
 * single seeker, as always: `secrets.json` and `templates/`), or the store's
 * tables (a seeker served by a shared server, who has no home). The
 * composition root picks one per seeker and puts it in the AppContext.
 *
 * Either way the secrets are sealed (src/app/secret-box.ts) when written
 * and opened when read, with the key the composition root gives; without a
 * key they are kept as they are. Every write seals every value with the
 * current key, so values saved before encryption, or with the key before a
 * rotation, are sealed anew by the next write.
 */
import { createHash } from 'node:crypto';
import type { DraftTemplate, ItemKind } from '../core/model.js';
import { ITEM_KINDS } from '../core/model.js';
import type { Store } from '../store/store.types.js';
import { SecretBox } from './secret-box.js';
import { readSecrets, type Secrets, updateSecrets } from './secrets.js';
import { loadTemplates, parseTemplate } from './templates.js';

/** The seeker's secrets. Values go to the mail server or the feed's check, never into messages or logs. */
export interface SecretStore {
  /** The saved secrets; none saved is `{}`. */
  read(): Promise<Secrets>;
  /**
   * Reads, changes and saves them as one step that a concurrent change
   * cannot interleave with; returns what was saved. Throws AppError
   * `store_busy` when another writer held the lock too long.
   */
  update(change: (current: Secrets) => Secrets): Promise<Secrets>;
  /** The id of the key new values are sealed with; null: they are kept unsealed (no key configured). */
  readonly keyId: string | null;
}

/** The seeker's own draft templates by item kind (see src/core/drafts). */
export interface TemplateStore {
  load(): Promise<Partial<Record<ItemKind, DraftTemplate>>>;
}

export interface SeekerSettings {
  readonly secrets: SecretStore;
  readonly templates: TemplateStore;
}

/** Names kept unsealed: settings kept with the secrets that are not secret. */
const NOT_SECRET: ReadonlySet<string> = new Set(['digest.hour']);

/**
 * Kept beside the calendar feed's token in the store: its SHA-256 in hex, by
 * which the feed finds its seeker (0011) while the token itself is sealed.
 * Never part of what `read` returns.
 */
export const FEED_TOKEN_HASH = 'calendar.token.sha256';

/** The SHA-256 of a calendar feed token in hex, as FEED_TOKEN_HASH holds it. */
export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The values as saved: each secret sealed with the box's key. */
function sealAll(box: SecretBox, secrets: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(secrets)) {
    if (typeof value !== 'string' || name === FEED_TOKEN_HASH) continue;
    out[name] = NOT_SECRET.has(name) ? value : box.seal(name, value);
  }
  return out;
}

/** The values as saved, opened; throws `invalid_setting` for one the box cannot open. */
function openAll(box: SecretBox, saved: Readonly<Record<string, string | undefined>>): Secrets {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(saved)) {
    if (typeof value !== 'string' || name === FEED_TOKEN_HASH) continue;
    out[name] = NOT_SECRET.has(name) ? value : box.open(name, value);
  }
  return out as Secrets;
}

/**
 * The files in the data home: `secrets.json` (0600, under its lock file) and
 * `templates/<kind>.txt`. `box` seals the secrets (default: none, kept as
 * they are).
 */
export function homeSettings(home: string, box: SecretBox = new SecretBox(null)): SeekerSettings {
  return {
    secrets: {
      read: async () => openAll(box, readSecrets(home) as Record<string, string>),
      async update(change) {
        let saved: Secrets = {};
        updateSecrets(home, (current) => {
          saved = change(openAll(box, current as Record<string, string>));
          return sealAll(box, saved as Record<string, string>) as Secrets;
        });
        return saved;
      },
      keyId: box.keyId,
    },
    templates: { load: async () => loadTemplates(home) },
  };
}

/**
 * The store's tables (0007), scoped like the store to its one seeker. `box`
 * seals the secrets (default: none, kept as they are); the calendar feed's
 * token is kept with its hash (FEED_TOKEN_HASH).
 */
export function storeSettings(
  store: Pick<Store, 'readSecrets' | 'updateSecrets' | 'readTemplates'>,
  box: SecretBox = new SecretBox(null),
): SeekerSettings {
  return {
    secrets: {
      read: async () => openAll(box, await store.readSecrets()),
      async update(change) {
        let saved: Record<string, string> = {};
        await store.updateSecrets((current) => {
          saved = withoutUnset(change(openAll(box, current)));
          const token = saved['calendar.token'];
          return { ...sealAll(box, saved), ...(token ? { [FEED_TOKEN_HASH]: feedTokenHash(token) } : {}) };
        });
        return saved as Secrets;
      },
      keyId: box.keyId,
    },
    templates: {
      async load() {
        const texts = await store.readTemplates();
        const out: Partial<Record<ItemKind, DraftTemplate>> = {};
        for (const kind of ITEM_KINDS) {
          const text = texts[kind];
          if (text !== undefined) out[kind] = parseTemplate(text);
        }
        return out;
      },
    },
  };
}

/** The context's settings; a context built without them is the local seeker's, whose settings are the home's files. */
export function settingsOf(ctx: {
  readonly settings?: SeekerSettings | undefined;
  readonly home: string;
}): SeekerSettings {
  return ctx.settings ?? homeSettings(ctx.home);
}

/** The secrets with their unset names left out (a table row holds a value). */
function withoutUnset(secrets: Secrets): Record<string, string> {
  return Object.fromEntries(Object.entries(secrets).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
