// The multilingual glossary API v3 of the local DeepL server: create, list, get, entries, replace or
// delete a dictionary, rename or extend (PATCH), delete; DeepL's status codes and error texts.
import { HttpError, one, parseEntries, toTsv, type Params } from "./params";
import type { GlossaryView, RecordedRequest } from "./protocol";

/** The server's glossaries; `seq` numbers new ids (reset with the server). */
export type GlossaryStore = { glossaries: Map<string, GlossaryView>; seq: number };
type Reply = { status: number; body?: unknown };

export function glossaryRoute(
  store: GlossaryStore,
  method: string,
  id: string | undefined,
  sub: string | undefined,
  p: Params,
  rec: RecordedRequest,
): Reply {
  if (!id) {
    if (method === "GET")
      return { status: 200, body: { glossaries: [...store.glossaries.values()].map(glossaryInfo) } };
    if (method === "POST") {
      const name = one(p, "name");
      if (!name) throw new HttpError(400, "Parameter 'name' not specified.");
      const dictionaries = readDictionaries(p);
      if (dictionaries.length === 0) throw new HttpError(400, "Parameter 'dictionaries' not specified.");
      store.seq++;
      const gid = `00000000-0000-4000-8000-${String(store.seq).padStart(12, "0")}`;
      const g: GlossaryView = { glossary_id: gid, name, creation_time: new Date().toISOString(), dictionaries };
      store.glossaries.set(gid, g);
      return { status: 201, body: glossaryInfo(g) };
    }
    throw new HttpError(405, "Method not allowed");
  }
  rec.glossary_id = id;
  const g = getGlossary(store.glossaries, id);
  if (!sub) {
    if (method === "GET") return { status: 200, body: glossaryInfo(g) };
    if (method === "DELETE") {
      store.glossaries.delete(id);
      return { status: 204 };
    }
    if (method === "PATCH") {
      const name = one(p, "name");
      if (name !== undefined) {
        if (!name) throw new HttpError(400, "Parameter 'name' must not be empty.");
        g.name = name;
      }
      for (const d of readDictionaries(p)) {
        const existing = g.dictionaries.find((x) => x.source_lang === d.source_lang && x.target_lang === d.target_lang);
        if (existing) for (const [s, t] of d.entries) existing.entries.set(s, t);
        else g.dictionaries.push(d);
      }
      return { status: 200, body: glossaryInfo(g) };
    }
    throw new HttpError(405, "Method not allowed");
  }
  const source = one(p, "source_lang")?.toLowerCase();
  const target = one(p, "target_lang")?.toLowerCase();
  if (sub === "entries" && method === "GET") {
    const dicts = g.dictionaries.filter(
      (d) => (!source || d.source_lang === source) && (!target || d.target_lang === target),
    );
    if (dicts.length === 0) throw new HttpError(404, "Dictionary not found");
    return {
      status: 200,
      body: {
        dictionaries: dicts.map((d) => ({
          source_lang: d.source_lang,
          target_lang: d.target_lang,
          entries: toTsv(d.entries),
          entries_format: "tsv",
        })),
      },
    };
  }
  if (sub === "dictionaries" && method === "PUT") {
    if (!source || !target) throw new HttpError(400, "Parameters 'source_lang' and 'target_lang' are required.");
    const entries = parseEntries(one(p, "entries") ?? "", one(p, "entries_format") ?? "tsv");
    const idx = g.dictionaries.findIndex((d) => d.source_lang === source && d.target_lang === target);
    const dict = { source_lang: source, target_lang: target, entries };
    if (idx >= 0) g.dictionaries[idx] = dict;
    else g.dictionaries.push(dict);
    return {
      status: idx >= 0 ? 200 : 201,
      body: { source_lang: source, target_lang: target, entry_count: entries.size },
    };
  }
  if (sub === "dictionaries" && method === "DELETE") {
    if (!source || !target) throw new HttpError(400, "Parameters 'source_lang' and 'target_lang' are required.");
    const idx = g.dictionaries.findIndex((d) => d.source_lang === source && d.target_lang === target);
    if (idx < 0) throw new HttpError(404, "Dictionary not found");
    g.dictionaries.splice(idx, 1);
    return { status: 204 };
  }
  throw new HttpError(405, "Method not allowed");
}

function glossaryInfo(g: GlossaryView) {
  return {
    glossary_id: g.glossary_id,
    name: g.name,
    creation_time: g.creation_time,
    dictionaries: g.dictionaries.map((d) => ({
      source_lang: d.source_lang,
      target_lang: d.target_lang,
      entry_count: d.entries.size,
    })),
  };
}

function getGlossary(glossaries: Map<string, GlossaryView>, id: string): GlossaryView {
  const g = glossaries.get(id);
  if (!g) throw new HttpError(404, "Glossary not found");
  return g;
}

function readDictionaries(p: Params) {
  const dicts: GlossaryView["dictionaries"] = [];
  for (let i = 0; p.has(`dictionaries[${i}].source_lang`); i++) {
    const source = one(p, `dictionaries[${i}].source_lang`)?.toLowerCase();
    const target = one(p, `dictionaries[${i}].target_lang`)?.toLowerCase();
    const entries = one(p, `dictionaries[${i}].entries`) ?? "";
    const format = one(p, `dictionaries[${i}].entries_format`) ?? "tsv";
    if (!source || !target) throw new HttpError(400, "Dictionary requires source_lang and target_lang");
    if (dicts.some((d) => d.source_lang === source && d.target_lang === target))
      throw new HttpError(400, "Duplicate dictionary language pair");
    dicts.push({ source_lang: source, target_lang: target, entries: parseEntries(entries, format) });
  }
  return dicts;
}
