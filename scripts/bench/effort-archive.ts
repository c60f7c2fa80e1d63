// A large archive for `npm run bench:effort-page`, built with set-based SQL in the database itself
// (INSERT … SELECT over generate_series / a recursive series), so 100,000 articles take minutes, not hours.
// Articles are spread over three years (~90 a day, a big newsroom); each has 30 segments translated into
// both languages with stored effort dated within two days of the article. One article in ten was written
// from scratch (no machine baseline). Secondary indexes are dropped for the load and built afterwards.
import pg from "pg";
import Database from "better-sqlite3";

export const SEGMENTS = 30;
const DAYS = 3 * 365;

type Sql = { now: string; ts: (seconds: string) => string; day: (seconds: string) => string };

/** Seconds since the epoch at which article i of n was created: spread evenly over the last three years. */
const createdAt = (q: Sql, n: number) => `(${q.now} - (${DAYS} * 86400.0 * (${n} - i) / ${n}))`;

/** Translations of article i, segment k, language l (0 de, 1 en): the columns the Effort page reads. */
function translationSelect(q: Sql, n: number): string {
  const at = `(${createdAt(q, n)} + (k * 5400 + l * 600))`;
  const scratch = "(i % 10 = 0)";
  return `SELECT 't' || i || '_' || k || '_' || l, 's' || i || '_' || k, 'a' || i, CASE l WHEN 0 THEN 'de' ELSE 'en' END,
    'Bản dịch ' || k, 'approved', CASE WHEN ${scratch} THEN 'human' ELSE 'machine' END,
    CASE WHEN ${scratch} THEN NULL ELSE 'Máy dịch ' || k END, 3, 'Bản dịch ' || k,
    CASE WHEN ${scratch} THEN NULL ELSE (i + k) % 5 END, CASE WHEN ${scratch} THEN NULL ELSE ((i + k) % 5) / 12.0 END,
    12, CASE WHEN ${scratch} THEN NULL ELSE 12 END, (i * 7 + k * 13) % 180, ${q.ts(at)}, ${q.day(at)}, ${q.ts(at)}`;
}

const COLUMNS = `"id", "segmentId", "articleId", "lang", "text", "state", "origin", "machineText", "version", "approvedText",
  "effortEdits", "effortHter", "effortWords", "effortBaseWords", "editSeconds", "effortAt", "effortDay", "updatedAt"`;

/** EffortDay from the translations, as the writers keep it (week: an SQL expression of "effortDay"). */
const effortDays = (
  week: string,
) => `INSERT INTO "EffortDay" ("day", "lang", "week", "segments", "words", "seconds", "baseSegments",
  "baseWords", "edits") SELECT "effortDay", "lang", ${week}, COUNT(*), SUM("effortWords"), SUM("editSeconds"), COUNT("effortBaseWords"),
  COALESCE(SUM("effortBaseWords"), 0), COALESCE(SUM("effortEdits"), 0) FROM "Translation" WHERE "effortAt" IS NOT NULL GROUP BY "effortDay", "lang"`;

export async function buildPostgres(url: string, articles: number): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("SET synchronous_commit = off");
  const { rows: indexes } = await c.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('Article', 'Segment', 'Translation')
     AND indexname NOT LIKE '%_pkey'`,
  );
  for (const ix of indexes) await c.query(`DROP INDEX "${ix.indexname}"`);
  const n = articles;
  // Prisma keeps timestamps without a time zone, in UTC.
  const ts = (e: string) => `(to_timestamp(${e}) AT TIME ZONE 'UTC')`;
  const q: Sql = { now: "extract(epoch from now())", ts, day: (e) => `to_char(${ts(e)}, 'YYYY-MM-DD')` };
  await c.query(`INSERT INTO "Article" ("id", "title", "state", "createdAt", "updatedAt")
    SELECT 'a' || i, 'Bài báo số ' || i, 'active', ${ts(createdAt(q, n))}, ${ts(q.now)}
    FROM generate_series(1, ${n}) AS i`);
  await c.query(`INSERT INTO "Segment" ("id", "articleId", "position", "paragraph", "kind", "translatable", "sourceText")
    SELECT 's' || i || '_' || k, 'a' || i, k, k / 3, CASE WHEN k = 0 THEN 'title' ELSE 'body' END, true, 'Câu nguồn ' || k
    FROM generate_series(1, ${n}) AS i, generate_series(0, ${SEGMENTS - 1}) AS k`);
  await c.query(`INSERT INTO "Translation" (${COLUMNS}) ${translationSelect(q, n)}
    FROM generate_series(1, ${n}) AS i, generate_series(0, ${SEGMENTS - 1}) AS k, generate_series(0, 1) AS l`);
  await c.query(effortDays(`to_char(date_trunc('week', "effortDay"::date), 'YYYY-MM-DD')`));
  for (const ix of indexes) await c.query(ix.indexdef);
  // What autovacuum would do soon after such a load; measuring while it runs would measure it.
  await c.query("VACUUM (ANALYZE)");
  await c.end();
}

export function buildSqlite(file: string, articles: number): void {
  const d = new Database(file);
  d.pragma("journal_mode = OFF");
  d.pragma("synchronous = OFF");
  const indexes = d
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
    AND tbl_name IN ('Article', 'Segment', 'Translation')`,
    )
    .all() as { name: string; sql: string }[];
  for (const ix of indexes) d.exec(`DROP INDEX "${ix.name}"`);
  const n = articles;
  // ii(i), kk(k), ll(l): integer series (SQLite has no generate_series without an extension).
  const series = (name: string, from: number, to: number) =>
    `${name}(${name[0]}) AS (SELECT ${from} UNION ALL SELECT ${name[0]} + 1 FROM ${name} WHERE ${name[0]} < ${to})`;
  // Prisma's text format for SQLite timestamps.
  const q: Sql = {
    now: "unixepoch('now')",
    ts: (e) => `strftime('%Y-%m-%dT%H:%M:%f+00:00', ${e}, 'unixepoch')`,
    day: (e) => `date(${e}, 'unixepoch')`,
  };
  const run = (sql: string) => d.exec(sql);
  run(`WITH RECURSIVE ${series("ii", 1, n)} INSERT INTO "Article" ("id", "title", "state", "createdAt", "updatedAt")
    SELECT 'a' || i, 'Bài báo số ' || i, 'active', ${q.ts(createdAt(q, n))}, ${q.ts(q.now)} FROM ii`);
  run(`WITH RECURSIVE ${series("ii", 1, n)}, ${series("kk", 0, SEGMENTS - 1)}
    INSERT INTO "Segment" ("id", "articleId", "position", "paragraph", "kind", "translatable", "sourceText")
    SELECT 's' || i || '_' || k, 'a' || i, k, k / 3, CASE WHEN k = 0 THEN 'title' ELSE 'body' END, 1, 'Câu nguồn ' || k FROM ii, kk`);
  run(`WITH RECURSIVE ${series("ii", 1, n)}, ${series("kk", 0, SEGMENTS - 1)}, ${series("ll", 0, 1)}
    INSERT INTO "Translation" (${COLUMNS}) ${translationSelect(q, n)} FROM ii, kk, ll`);
  run(effortDays(`date("effortDay", '-6 days', 'weekday 1')`));
  for (const ix of indexes) run(ix.sql);
  run("ANALYZE");
  d.close();
}
