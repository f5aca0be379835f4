/**
 * Multi-row inserts whose SQL is compiled once per shape and reused with new
 * parameters. Kysely builds and compiles a query tree on every call; for a
 * 100-row insert that costs more than the database's own work, and an import
 * runs hundreds of them. The reused text is the one Kysely compiled for the
 * same dialect, table, conflict clause and number of rows, so both dialects
 * keep one code path.
 */
import { CompiledQuery, type Kysely } from 'kysely';

/** Rows per statement: a shape is compiled for each row count met, so counts stay few. */
export const ROWS_PER_STATEMENT = 100;

interface Compiled {
  sql: string;
  columns: readonly string[];
}

/** By `${shape}:${rows}`; the SQL depends only on these, never on the values. */
const compiledByShape = new Map<string, Compiled>();

/**
 * Inserts `rows` (every row with the same columns, as one mapper makes them; none `undefined`) in
 * statements of at most `ROWS_PER_STATEMENT` rows. `shape` names what `build`
 * makes (dialect, table, conflict clause); `build` is called only the first
 * time a shape and row count are seen, or when the rows do not fit its
 * compiled form.
 */
export async function insertRows<R extends object>(
  // biome-ignore lint/suspicious/noExplicitAny: runs on any database's Kysely instance
  db: Kysely<any>,
  shape: string,
  rows: readonly R[],
  build: (rows: readonly R[]) => { compile(): CompiledQuery },
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const key = `${shape}:${chunk.length}`;
    const hit = compiledByShape.get(key);
    const parameters = hit ? valuesOf(chunk, hit.columns) : null;
    if (hit && parameters) {
      await db.executeQuery(CompiledQuery.raw(hit.sql, parameters));
      continue;
    }
    const query = build(chunk).compile();
    const columns = Object.keys(chunk[0] as object);
    const flat = valuesOf(chunk, columns);
    // Kept only when the compiled parameters are exactly the rows' values in column order.
    if (flat && flat.length === query.parameters.length && flat.every((v, j) => v === query.parameters[j])) {
      compiledByShape.set(key, { sql: query.sql, columns });
    }
    await db.executeQuery(query);
  }
}

/**
 * The rows' values in column order, or null when a row has an undefined
 * value. Rows come from one mapper, so they share their columns; only the
 * first row's are counted.
 */
function valuesOf(rows: readonly object[], columns: readonly string[]): unknown[] | null {
  const out: unknown[] = [];
  if (rows.length > 0 && Object.keys(rows[0] as object).length !== columns.length) return null;
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    for (const c of columns) {
      const v = record[c];
      if (v === undefined) return null;
      out.push(v);
    }
  }
  return out;
}
