/**
 * Ids for the facts afterview creates (commands, and what an event adds in
 * src/core/events). The data file lets each document choose its ids; ours
 * are short and readable: a slug of the company (`acme`, `acme-2`), of a
 * contact's name, or a prefix and the next free number within the
 * opportunity (`i1`, `t7`, `o1`).
 */

/** Lowercase ASCII words joined by dashes; "Quarry & Finch" -> "quarry-finch". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? 'x' : slug;
}

/** `base`, else `base-2`, `base-3`, ... whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** `prefix` + one more than the highest number already used with it. */
export function nextId(prefix: string, existing: Iterable<{ id: string }>): string {
  let max = 0;
  for (const { id } of existing) {
    if (!id.startsWith(prefix) || id.length === prefix.length) continue;
    let n = 0;
    let digits = true;
    for (let i = prefix.length; i < id.length; i++) {
      const c = id.charCodeAt(i) - 48;
      if (c < 0 || c > 9) {
        digits = false;
        break;
      }
      n = n * 10 + c;
    }
    if (digits && n > max) max = n;
  }
  return `${prefix}${max + 1}`;
}
