/**
 * What a seeker keeps besides their facts: their secrets (mail account URLs,
 * the calendar feed's token) and their draft templates, behind one small
 * interface per need. Two places hold them: the data home's files (the local
 * single seeker, as always: `secrets.json` and `templates/`), or the store's
 * tables (a seeker served by a shared server, who has no home). The
 * composition root picks one per seeker and puts it in the AppContext.
 */
import type { DraftTemplate, ItemKind } from '../core/model.js';
import { ITEM_KINDS } from '../core/model.js';
import type { Store } from '../store/store.types.js';
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
}

/** The seeker's own draft templates by item kind (see src/core/drafts). */
export interface TemplateStore {
  load(): Promise<Partial<Record<ItemKind, DraftTemplate>>>;
}

export interface SeekerSettings {
  readonly secrets: SecretStore;
  readonly templates: TemplateStore;
}

/** The files in the data home: `secrets.json` (0600, under its lock file) and `templates/<kind>.txt`. */
export function homeSettings(home: string): SeekerSettings {
  return {
    secrets: {
      read: async () => readSecrets(home),
      update: async (change) => updateSecrets(home, change),
    },
    templates: { load: async () => loadTemplates(home) },
  };
}

/** The store's tables (0007), scoped like the store to its one seeker. */
export function storeSettings(store: Pick<Store, 'readSecrets' | 'updateSecrets' | 'readTemplates'>): SeekerSettings {
  return {
    secrets: {
      read: async () => (await store.readSecrets()) as Secrets,
      update: async (change) =>
        (await store.updateSecrets((current) => withoutUnset(change(current as Secrets)))) as Secrets,
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
