/**
 * The seeker's own draft templates, kept in the data home as
 * `templates/<item-kind>.txt`: a first line `Subject: ...`, a blank line,
 * then the body, with `{{placeholders}}` (see src/core/drafts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DraftTemplate, ITEM_KINDS, type ItemKind } from '../core/model.js';

export function templatesDir(home: string): string {
  return join(home, 'templates');
}

/** Reads every template present; a missing folder means none. */
export function loadTemplates(home: string): Partial<Record<ItemKind, DraftTemplate>> {
  let names: string[];
  try {
    names = readdirSync(templatesDir(home));
  } catch {
    return {};
  }
  const out: Partial<Record<ItemKind, DraftTemplate>> = {};
  for (const kind of ITEM_KINDS) {
    if (!names.includes(`${kind}.txt`)) continue;
    out[kind] = parseTemplate(readFileSync(join(templatesDir(home), `${kind}.txt`), 'utf8'));
  }
  return out;
}

/** `Subject: ...` on the first line (optional), then the body after one blank line. */
export function parseTemplate(text: string): DraftTemplate {
  const normalized = text.replace(/\r\n/g, '\n');
  const match = /^Subject:[ \t]*(.*)\n\n?([\s\S]*)$/i.exec(normalized);
  if (match) return { subject: match[1] ?? '', body: (match[2] ?? '').replace(/\n+$/, '\n') };
  return { subject: '', body: normalized };
}
