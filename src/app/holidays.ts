/**
 * Public holidays for the seeker's country, as the ISO-date set the engine
 * takes. `date-holidays` is heavy to load (about 2 MB of rules, ~200 ms), so
 * each country's dates for a span of years are computed once and kept in a
 * small JSON cache in the data home; later starts read that file only.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../records/errors.js';
import { makeDirs } from '../store/make-dirs.js';

/** Years computed around the current one: enough for any window the playbook opens. */
const YEARS_BEFORE = 1;
const YEARS_AFTER = 2;
/** Bump when the cache's shape or the rules used change, so old caches are recomputed. */
const CACHE_VERSION = 1;

/**
 * Countries whose nationwide list misses holidays most of the country keeps;
 * the region used by default. GB's August bank holiday is England's and Wales'.
 */
const DEFAULT_REGION: Readonly<Record<string, string>> = { GB: 'ENG' };

interface CacheFile {
  version: number;
  country: string;
  years: Record<string, string[]>;
}

/**
 * The public holidays (type `public`) of `country` for `year - 1 .. year + 2`.
 * Returns an empty set for no country. Throws `invalid_setting` for a
 * country date-holidays does not know. `cacheDir` null disables the cache.
 */
export async function holidaysFor(
  country: string | null,
  year: number,
  cacheDir: string | null,
): Promise<ReadonlySet<string>> {
  if (!country) return new Set();
  const years: number[] = [];
  for (let y = year - YEARS_BEFORE; y <= year + YEARS_AFTER; y++) years.push(y);
  const file = cacheDir ? join(cacheDir, `holidays-${country}.json`) : null;
  const cached = file ? readCache(file, country) : null;
  if (cached && years.every((y) => cached.years[y] !== undefined)) {
    return new Set(years.flatMap((y) => cached.years[y] ?? []));
  }
  const computed = await computeHolidays(country, years);
  if (file && cacheDir) {
    const merged: CacheFile = { version: CACHE_VERSION, country, years: { ...(cached?.years ?? {}), ...computed } };
    try {
      makeDirs(cacheDir, 0o700); // private like the rest of the home, which this may create
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(merged));
      renameSync(tmp, file);
    } catch {
      // A cache that can't be written only costs time on the next start.
    }
  }
  return new Set(years.flatMap((y) => computed[y] ?? []));
}

/** True when date-holidays knows the country code (used to validate settings). */
export async function isKnownCountry(country: string): Promise<boolean> {
  const { default: Holidays } = await import('date-holidays');
  return Object.hasOwn(new Holidays().getCountries('en'), country);
}

async function computeHolidays(country: string, years: number[]): Promise<Record<string, string[]>> {
  const { default: Holidays } = await import('date-holidays');
  const region = DEFAULT_REGION[country];
  const hd = region ? new Holidays(country, region) : new Holidays(country);
  if (!Object.hasOwn(new Holidays().getCountries('en'), country)) {
    throw new AppError('invalid_setting', `date-holidays does not know the country "${country}"`, {
      hint: 'use an ISO 3166-1 alpha-2 code such as US, GB, DE or FR',
    });
  }
  const out: Record<string, string[]> = {};
  for (const y of years) {
    const dates = new Set<string>();
    for (const h of hd.getHolidays(y) ?? []) {
      if (h.type === 'public') dates.add(h.date.slice(0, 10));
    }
    out[y] = [...dates].sort();
  }
  return out;
}

function readCache(file: string, country: string): CacheFile | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return parsed.version === CACHE_VERSION && parsed.country === country ? parsed : null;
  } catch {
    return null;
  }
}
