/**
 * Password hashing: Argon2id through @node-rs/argon2 (a prebuilt binary, no
 * compiler needed), at OWASP's minimum parameters or above.
 */
import { hash, verify } from '@node-rs/argon2';

/** Argon2id in @node-rs/argon2's Algorithm enum (a const enum, so named by value). */
const ARGON2ID = 2;

/** Argon2id parameters: 19 MiB, 2 passes, 1 lane (OWASP's minimum). */
export const ARGON2_PARAMETERS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** The shortest and longest password accepted. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 1024;

/** The PHC string of `password` (`$argon2id$v=19$m=19456,t=2,p=1$...`). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMETERS);
}

/** A hash of nothing anyone knows, checked when there is no account, so both cases take as long. */
let decoy: Promise<string> | null = null;

/** True when `password` matches `stored`; with no stored hash, spends the same time and answers false. */
export async function passwordMatches(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoy ??= hashPassword('afterview decoy password, never set');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
