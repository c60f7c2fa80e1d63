import { describe, expect, it } from "vitest";
import { parseFetchParams, parseListParams } from "@/lib/cms/api-params";

const q = (s: string) => new URLSearchParams(s);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return e as { code?: string; params?: unknown };
  }
};

describe("CMS API parameters", () => {
  it("default the list to page 1 of 50 and parse since and lang", () => {
    expect(parseListParams(q(""))).toEqual({ page: 1, pageSize: 50 });
    const p = parseListParams(q("page=2&pageSize=10&since=2026-11-01T00:00:00Z&lang=de"));
    expect(p).toMatchObject({ page: 2, pageSize: 10, lang: "de" });
    expect(p.since?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(parseListParams(q("since=2026-11-01")).since?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("name the bad list parameter", () => {
    expect(codeOf(() => parseListParams(q("pageSize=1000")))).toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "pageSize" },
    });
    expect(codeOf(() => parseListParams(q("since=yesterday")))).toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "since" },
    });
    expect(codeOf(() => parseListParams(q("lang=vi")))).toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "lang" },
    });
  });

  it("default the fetch to JSON and the latest version", () => {
    expect(parseFetchParams("a1", "en", q(""))).toEqual({
      articleId: "a1",
      lang: "en",
      format: "json",
      version: undefined,
    });
    expect(parseFetchParams("a1", "de", q("format=xliff12&version=3"))).toEqual({
      articleId: "a1",
      lang: "de",
      format: "xliff12",
      version: 3,
    });
  });

  it("refuse unknown formats, languages and versions", () => {
    expect(codeOf(() => parseFetchParams("a1", "de", q("format=pdf")))).toMatchObject({
      code: "EXPORT_UNKNOWN_FORMAT",
      params: { format: "pdf" },
    });
    expect(codeOf(() => parseFetchParams("a1", "vi", q("")))).toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "lang" },
    });
    expect(codeOf(() => parseFetchParams("a1", "de", q("version=0")))).toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "version" },
    });
    expect(codeOf(() => parseFetchParams("a1", "de", q("version=abc")))).toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "version" },
    });
  });
});
