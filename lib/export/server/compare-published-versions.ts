import "server-only";
import { diffVersions } from "@/lib/export/version-diff";
import { loadPublishedDocument } from "./load-document";
import type { TargetLang } from "@/lib/vocabulary";

type Languages = { lang: TargetLang; publications: { version: number }[] }[];

/**
 * The publish page's comparison of two published versions of one language: the versions to offer, the
 * pair chosen (by default the latest against the one before), and their diff when both exist.
 * Null when there is nothing to compare yet.
 */
export async function comparePublishedVersions(
  articleId: string,
  languages: Languages,
  query: { lang: TargetLang; from?: number; to?: number },
) {
  const versions = languages.find((l) => l.lang === query.lang)?.publications.map((p) => p.version) ?? [];
  const all = [...new Set(languages.flatMap((l) => l.publications.map((p) => p.version)))].sort((a, b) => a - b);
  if (all.length < 2 && versions.length < 2) return null;
  const from = query.from ?? versions[1];
  const to = query.to ?? versions[0];
  const changes =
    from && to && versions.includes(from) && versions.includes(to)
      ? diffVersions(
          await loadPublishedDocument(articleId, query.lang, from),
          await loadPublishedDocument(articleId, query.lang, to),
        )
      : null;
  return { lang: query.lang, all, from, to, changes };
}

export type VersionComparison = NonNullable<Awaited<ReturnType<typeof comparePublishedVersions>>>;
