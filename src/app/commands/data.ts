/**
 * The data file (`import`, `export`) and the demo. Import is all or nothing:
 * the first problem is reported with its JSON path and nothing is written.
 */

import {
  type DataFile,
  type DataFileInput,
  DataFileInputSchema,
  formatPath,
  textTooLongIssue,
} from '../../records/data-file.schema.js';
import { AppError } from '../../records/errors.js';
import type { AppContext } from '../context.js';
import { demoDocument } from '../demo.js';
import { isKnownCountry } from '../holidays.js';
import { instantText } from '../seeker.js';

/**
 * Validates a parsed document; throws `invalid_file` naming the JSON path of
 * the first problem (and how many more), or `text_too_long` when that
 * problem is a text over its limit (text-limits.ts).
 */
export function validateDocument(value: unknown): DataFileInput {
  const parsed = DataFileInputSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [first, ...rest] = parsed.error.issues;
  const tooLong = textTooLongIssue(first, value, formatPath);
  if (tooLong) throw tooLong;
  const where = first ? formatPath(first.path) : '(document)';
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  throw new AppError('invalid_file', `${where}: ${first?.message ?? 'invalid'}${more}`, {
    hint: 'nothing was imported; fix the file and import it again (the format is described in CONTRACT.md, "The data file")',
    details: { issues: parsed.error.issues.map((i) => ({ field: formatPath(i.path), message: i.message })) },
  });
}

/**
 * Parses JSON text; throws `invalid_file` with the position of a syntax error.
 * A UTF-8 byte-order mark (some Windows editors write one) is skipped.
 */
export function parseDocumentText(text: string): DataFileInput {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new AppError('invalid_file', `the file is not valid JSON (${(error as Error).message})`, {
      hint: 'nothing was imported; an afterview/1 file starts with {"format": "afterview/1", ...}',
    });
  }
  return validateDocument(value);
}

/**
 * Writes a validated document, all or nothing. An opportunity without
 * `createdAt` keeps the stored one when its id exists, else gets the time
 * of the import. Throws `invalid_file` (at `profile.country`) for a country
 * whose holidays are unknown, as `config set country` refuses it.
 */
export async function importDocument(
  ctx: AppContext,
  doc: DataFileInput,
): Promise<{ created: number; updated: number }> {
  const country = doc.profile?.country;
  if (country && !(await isKnownCountry(country))) {
    throw new AppError('invalid_file', `profile.country: "${country}" is not a country with known public holidays`, {
      hint: 'nothing was imported; use an ISO 3166-1 alpha-2 code like US or GB',
    });
  }
  return ctx.store.transaction(async (store) => {
    const missing = (doc.opportunities ?? []).some((o) => o.createdAt === undefined);
    const stored = missing
      ? new Map((await store.listOpportunities()).map((o) => [o.id, o.createdAt]))
      : new Map<string, string>();
    const zone = doc.profile?.timezone ?? (await store.getProfile()).timezone ?? ctx.machineZone;
    const now = instantText(ctx.now, zone);
    const { opportunities, ...rest } = doc;
    const complete: DataFile = { ...rest };
    if (opportunities) {
      complete.opportunities = opportunities.map((o) => ({ ...o, createdAt: o.createdAt ?? stored.get(o.id) ?? now }));
    }
    return store.importDocument(complete);
  });
}

export async function exportDocument(ctx: AppContext): Promise<DataFile> {
  return ctx.store.exportDocument();
}

/** Fills an empty home with the demo pipeline; refuses a home that has data. */
export async function loadDemo(ctx: AppContext): Promise<{ opportunities: number }> {
  return ctx.store.transaction(async (store) => {
    if (!(await store.isEmpty())) {
      throw new AppError(
        'home_not_empty',
        'this home already has opportunities, so the demo would mix with real data',
        {
          hint: 'load it into an empty home of its own',
        },
      );
    }
    const profile = await store.getProfile();
    const doc = demoDocument(ctx.now, profile.timezone ?? ctx.machineZone);
    await store.importDocument(doc);
    return { opportunities: doc.opportunities?.length ?? 0 };
  });
}
