/**
 * Re-sealing a seeker's saved secrets with the current key: what
 * `afterview secrets rotate` does for each seeker after the key changed
 * (the old key given to open what it sealed), and how values saved before
 * encryption are sealed without waiting for the next change.
 */
import { AppError } from '../../records/errors.js';
import type { AppContext } from '../context.js';
import { KEY_HOWTO } from '../secret-box.js';
import { settingsOf } from '../seeker-settings.js';

/** What one re-sealing did: how many values it saved again, and with which key. */
export interface ResealResult {
  secrets: number;
  keyId: string;
}

/**
 * Opens every saved secret of the context's seeker (with the current key or
 * the old one) and saves them all again sealed with the current key.
 * Throws `invalid_setting` when no key is configured, or when a value does
 * not open with the keys given (nothing is then written).
 */
export async function resealSecrets(ctx: Pick<AppContext, 'home' | 'settings'>): Promise<ResealResult> {
  const secrets = settingsOf(ctx).secrets;
  const keyId = secrets.keyId;
  if (keyId === null) {
    throw new AppError('invalid_setting', 'there is no key to encrypt the secrets with', { hint: KEY_HOWTO });
  }
  const saved = await secrets.update((current) => current);
  return { secrets: Object.values(saved).filter((v) => typeof v === 'string').length, keyId };
}
