// Keyset pagination for any list ordered by a few columns ending in a unique id: a page is "the rows
// after (or before) this row in the list's order", so page 2,000 costs what page 1 costs, and rows added
// meanwhile never shift a page (no row skipped or shown twice). Pure: it builds the Prisma-shaped
// `where` and `orderBy` and reads/writes the cursor a URL carries; the services run the query.

/** date: a timestamp; nullableDate: a timestamp that may be null, nulls after every date (ascending). */
export type KeyType = "date" | "nullableDate" | "id";
export type Key = { field: string; dir: "asc" | "desc"; type: KeyType };
export type KeyValue = Date | string | null;
/** `after`: the rows following this position; `before`: the rows preceding it (the previous page). */
export type Cursor = { values: KeyValue[]; dir: "after" | "before" };

type Where = Record<string, unknown>;

/** "<value>~<value>~…": ISO times, "" for a null date, the id last. Readable and safe in a URL. */
export function encodeCursor(keys: readonly Key[], row: Record<string, unknown>): string {
  return keys
    .map((k) => {
      const v = row[k.field];
      return v instanceof Date ? v.toISOString() : v == null ? "" : String(v);
    })
    .join("~");
}

/** A cursor from the URL, or null when there is none or it is not one of this list's (the first page then). */
export function decodeCursor(keys: readonly Key[], value: string | undefined, dir: Cursor["dir"]): Cursor | null {
  if (!value || value.length > 200) return null;
  const parts = value.split("~");
  if (parts.length !== keys.length) return null;
  const values: KeyValue[] = [];
  for (const [i, key] of keys.entries()) {
    const part = parts[i]!;
    if (key.type === "id") {
      if (!/^[\w-]{1,64}$/.test(part)) return null;
      values.push(part);
    } else if (part === "" && key.type === "nullableDate") {
      values.push(null);
    } else {
      const at = new Date(part);
      if (!/^\d{4}-\d\d-\d\dT/.test(part) || Number.isNaN(at.getTime())) return null;
      values.push(at);
    }
  }
  return { values, dir };
}

/** The ORDER BY that walks the list forwards, or backwards for a `before` cursor (nulls flip sides too). */
export function keysetOrder(keys: readonly Key[], backwards = false): Where[] {
  return keys.map((k) => {
    const dir = backwards ? flip(k.dir) : k.dir;
    if (k.type !== "nullableDate") return { [k.field]: dir };
    return { [k.field]: { sort: dir, nulls: backwards ? "first" : "last" } };
  });
}

/**
 * The rows strictly past the cursor in the walking order: (k0 > v0) OR (k0 = v0 AND k1 > v1) OR …,
 * with an extra bound on the first key (k0 >= v0) that an index on it can start from.
 */
export function keysetWhere(keys: readonly Key[], cursor: Cursor | null): Where {
  if (!cursor) return {};
  const backwards = cursor.dir === "before";
  const branches: Where[] = [];
  for (const [i, key] of keys.entries()) {
    const past = strictlyPast(key, cursor.values[i] ?? null, backwards);
    if (!past) continue;
    const equal = keys.slice(0, i).map((k, j) => ({ [k.field]: cursor.values[j] ?? null }));
    branches.push(equal.length ? { AND: [...equal, past] } : past);
  }
  const first = keys[0]!;
  const v0 = cursor.values[0];
  if (first.type === "nullableDate" || v0 == null) return { OR: branches };
  const up = (first.dir === "asc") !== backwards;
  return { AND: [{ [first.field]: up ? { gte: v0 } : { lte: v0 } }, { OR: branches }] };
}

function strictlyPast(key: Key, value: KeyValue, backwards: boolean): Where | null {
  const up = (key.dir === "asc") !== backwards;
  const cmp = { [up ? "gt" : "lt"]: value };
  if (key.type !== "nullableDate") return { [key.field]: cmp };
  // Nulls come last walking forwards (ascending, nulls last) and first walking backwards.
  const nullsAtEnd = !backwards;
  if (value === null) return nullsAtEnd ? null : { [key.field]: { not: null } };
  return nullsAtEnd ? { OR: [{ [key.field]: cmp }, { [key.field]: null }] } : { [key.field]: cmp };
}

const flip = (dir: "asc" | "desc") => (dir === "asc" ? "desc" : "asc");

export type KeysetPage<T> = { rows: T[]; prev: string | null; next: string | null };

/**
 * One page from the `size + 1` rows a query returned in walking order: the rows in list order, and the
 * cursors of the pages around (null at either end of the list).
 */
export function keysetPage<T extends Record<string, unknown>>(
  keys: readonly Key[],
  found: T[],
  size: number,
  cursor: Cursor | null,
): KeysetPage<T> {
  const backwards = cursor?.dir === "before";
  const more = found.length > size;
  const rows = found.slice(0, size);
  if (backwards) rows.reverse();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const hasPrev = backwards ? more : cursor !== null;
  const hasNext = backwards || more;
  return {
    rows,
    prev: first && hasPrev ? encodeCursor(keys, first) : null,
    next: last && hasNext ? encodeCursor(keys, last) : null,
  };
}
