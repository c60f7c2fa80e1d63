// Demo newsroom: one user per role and the 62 NTREX articles (Vietnamese source, German and English
// human translations imported: translated, awaiting review), with some work already done so every view has content.
// Runs through the same services the app uses. `npm run db:seed`; scripts/start.mjs runs it on first start.
import fs from "node:fs";
import path from "node:path";
import { auth } from "@/lib/auth/server/auth";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/vocabulary";
import { importArticle } from "@/lib/articles/server/import-article";
import { approveTranslation } from "@/lib/review/server/approve-translation";
import { rejectTranslation } from "@/lib/review/server/reject-translation";
import { saveGlossaryTerm } from "@/lib/translation/server/save-glossary-term";
import { buildNtrexBundles } from "./demo/ntrex";

export const DEMO_PASSWORD = "duyet-demo-2026";
export const DEMO_USERS: { email: string; name: string; role: Role; locale: string }[] = [
  { email: "translator@duyet.test", name: "Lan Nguyễn", role: "translator", locale: "en" },
  { email: "reviewer@duyet.test", name: "Jonas Weber", role: "reviewer", locale: "en" },
  { email: "publisher@duyet.test", name: "Minh Trần", role: "publisher", locale: "vi" },
  { email: "admin@duyet.test", name: "Alex Admin", role: "admin", locale: "de" },
];

async function createUsers(): Promise<Record<Role, Actor>> {
  const actors = {} as Record<Role, Actor>;
  for (const u of DEMO_USERS) {
    const { user } = await auth.api.createUser({
      body: { email: u.email, name: u.name, password: DEMO_PASSWORD, role: u.role },
    });
    await db.user.update({ where: { id: user.id }, data: { locale: u.locale, emailVerified: true } });
    actors[u.role] = { id: user.id, role: u.role, name: u.name };
  }
  return actors;
}

// House terms, checked on every save and sent to DeepL as the glossary.
const DEMO_GLOSSARY = [
  {
    vi: "Liên Hợp Quốc",
    de: "Vereinte Nationen",
    en: "United Nations",
    note: "Abbreviation in running text: UN (en), UN (de).",
  },
  { vi: "Nhà Trắng", de: "Weißes Haus", en: "White House", note: "" },
  {
    vi: "Tỉnh ủy",
    de: "Provinzparteikomitee",
    en: "Provincial Party Committee",
    note: "Never 'Parteikomitee der Provinz'.",
  },
];

async function importDemoArticles(translator: Actor): Promise<string[]> {
  const dir = path.join(import.meta.dirname, "demo", "ntrex-news-dev");
  const read = (f: string) => fs.readFileSync(path.join(dir, f), "utf8");
  const bundles = buildNtrexBundles({
    vi: read("vi.txt"),
    de: read("de.txt"),
    en: read("en.txt"),
    docIds: read("doc_ids.txt"),
  });
  const ids: string[] = [];
  for (const { bundle } of bundles) {
    ids.push((await importArticle({ format: "json", content: JSON.stringify(bundle) }, translator)).articleId);
  }
  return ids;
}

/**
 * Work in progress on the newest articles. Imported texts arrive translated (awaiting review): the reviewer
 * approves the German of the newest article and rejects some texts of the second; the third stays to review.
 */
async function addWorkInProgress(articleIds: string[], a: Record<Role, Actor>) {
  const newest = articleIds.slice(-2).reverse();
  for (const [n, articleId] of newest.entries()) {
    const rows = await db.translation.findMany({
      where: { articleId, state: "translated" },
      orderBy: { segment: { position: "asc" } },
    });
    for (const [i, t] of rows.entries()) {
      if (n === 0 && t.lang === "de")
        await approveTranslation({ translationId: t.id, expectedVersion: t.version }, a.reviewer);
      else if (n === 1 && i % 5 === 4 && i / rows.length < 0.6) {
        await rejectTranslation(
          {
            translationId: t.id,
            expectedVersion: t.version,
            reason: "Please check the terminology against the glossary.",
          },
          a.reviewer,
        );
      }
    }
  }
}

export async function seed(): Promise<void> {
  if ((await db.user.count()) > 0) {
    console.log("seed: database already has users, nothing to do");
    return;
  }
  const started = Date.now();
  const actors = await createUsers();
  for (const term of DEMO_GLOSSARY) await saveGlossaryTerm({ ...term, caseSensitive: false }, actors.admin);
  const ids = await importDemoArticles(actors.translator);
  await addWorkInProgress(ids, actors);
  console.log(
    `seed: ${DEMO_USERS.length} users, ${DEMO_GLOSSARY.length} glossary terms, ${ids.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  seed()
    .then(() => db.$disconnect())
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
