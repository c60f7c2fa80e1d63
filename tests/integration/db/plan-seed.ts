// A small archive for the query-plan test, written with set-based SQL on PostgreSQL (seconds, not
// minutes): 2,000 articles × 5 segments × 2 languages, their revisions, assignments, publications,
// 6,000 audit events, effort days and memory units. Shapes as in a newsroom: most audit rows are
// translation work, a filtered action or person is rare (so a filter's own index is the right plan).
import type pg from "pg";

export const ARTICLES = 2_000;

export async function seedArchive(client: pg.Client, users: { translator: string; reviewer: string; admin: string }) {
  const { translator, reviewer, admin } = users;
  await client.query(`
    INSERT INTO "Article" (id, title, state, "searchText", "createdAt", "updatedAt", "dueAt")
    SELECT 'a' || g, 'Bài ' || g, CASE WHEN g % 50 = 0 THEN 'archived' ELSE 'active' END,
           'bai ' || g || ' ha noi khoi cong tuyen metro',
           now() - g * interval '1 hour', now() - g * interval '7 minutes',
           CASE WHEN g % 3 = 0 THEN now() + (g % 40) * interval '1 day' END
    FROM generate_series(1, ${ARTICLES}) g`);
  await client.query(`
    INSERT INTO "Segment" (id, "articleId", position, paragraph, kind, "sourceText")
    SELECT 's' || g || '_' || p, 'a' || g, p, p, CASE WHEN p = 0 THEN 'title' ELSE 'body' END,
           'Câu ' || p || ' của bài ' || g
    FROM generate_series(1, ${ARTICLES}) g, generate_series(0, 4) p`);
  // States cycle per article and language, so each list filter (untranslated … has errors) matches some.
  await client.query(`
    INSERT INTO "Translation" (id, "segmentId", "articleId", lang, text, state, "errorCount", "effortAt",
                               "effortDay", "updatedAt", "textAuthorId")
    SELECT 't' || g || '_' || p || l, 's' || g || '_' || p, 'a' || g, l,
           CASE WHEN (g + p) % 6 = 0 THEN '' ELSE 'Text ' || g END,
           (ARRAY['untranslated','machine','draft','translated','approved','rejected'])[1 + (g + p + length(l)) % 6],
           CASE WHEN g % 17 = 0 THEN 1 ELSE 0 END,
           CASE WHEN g % 4 <> 0 THEN now() - (g % 300) * interval '1 day' END,
           CASE WHEN g % 4 <> 0 THEN to_char(now() - (g % 300) * interval '1 day', 'YYYY-MM-DD') END,
           now() - g * interval '5 minutes', '${translator}'
    FROM generate_series(1, ${ARTICLES}) g, generate_series(0, 4) p, unnest(ARRAY['de','en']) l`);
  await client.query(`
    INSERT INTO "Revision" (id, "translationId", version, text, state, origin, action, "authorId", "createdAt")
    SELECT 'r' || t.id || v, t.id, v, t.text, t.state, 'human',
           (ARRAY['save','approve','reject'])[1 + (v + length(t.id)) % 3],
           CASE WHEN v = 2 THEN '${reviewer}' ELSE '${translator}' END, now() - v * interval '1 hour'
    FROM "Translation" t, generate_series(1, 2) v`);
  await client.query(`
    INSERT INTO assignments ("articleId", lang, "translatorId", "reviewerId", "dueAt", "updatedAt")
    SELECT 'a' || g, l, '${translator}', '${reviewer}', now() + (g % 30) * interval '1 day', now()
    FROM generate_series(1, ${ARTICLES}, 4) g, unnest(ARRAY['de','en']) l`);
  await client.query(`
    INSERT INTO "ArticleLanguage" ("articleId", lang, "publishedVersion")
    SELECT 'a' || g, 'de', 2 FROM generate_series(1, ${ARTICLES}, 5) g`);
  await client.query(`
    INSERT INTO "Publication" (id, "articleId", lang, version, snapshot, "publishedAt", latest)
    SELECT 'p' || g || '_' || v, 'a' || g, 'de', v, '{}', now() - (g * 2 - v) * interval '1 hour', v = 2
    FROM generate_series(1, ${ARTICLES}, 5) g, generate_series(1, 2) v`);
  await client.query(`
    INSERT INTO "AuditEvent" (id, "actorId", action, "entityType", "entityId", "articleId", data, "createdAt")
    SELECT 'e' || g, CASE WHEN g % 50 = 0 THEN '${admin}' ELSE '${translator}' END,
           CASE WHEN g % 100 = 1 THEN 'token.create' WHEN g % 100 = 2 THEN 'token.revoke'
                WHEN g % 100 = 3 THEN 'article.publish' WHEN g % 10 = 4 THEN 'article.import'
                WHEN g % 2 = 0 THEN 'translation.save' ELSE 'translation.approve' END,
           'translation', 'x' || g, 'a' || (1 + g % ${ARTICLES}), '{}', now() - g * interval '10 minutes'
    FROM generate_series(1, 6000) g`);
  await client.query(`
    INSERT INTO "EffortDay" (day, lang, week, segments, words, seconds, "baseSegments", "baseWords", edits)
    SELECT to_char(d, 'YYYY-MM-DD'), l, to_char(date_trunc('week', d), 'YYYY-MM-DD'), 5, 50, 60, 2, 20, 3
    FROM generate_series(now() - interval '400 days', now(), interval '1 day') d, unnest(ARRAY['de','en']) l`);
  await client.query(`
    INSERT INTO "TmEntry" (id, hash, vi, "viLength", de, "updatedAt")
    SELECT 'm' || g, 'h' || g, 'Câu ' || g, 6 + g % 80, 'Satz ' || g, now() FROM generate_series(1, 3000) g`);
  await client.query("ANALYZE");
}
