import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "@/lib/cli/commands/check";
import { checkArticle, checkSegment } from "@/lib/quality/run-checks";

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("checkSegment", () => {
  it("returns spans as UTF-16 offsets into the caller's (even decomposed) strings", () => {
    const source = "Vào tháng 6, có 3.000 người tham dự.".normalize("NFD");
    const en = "In June, 3,500 people attended.";
    const issue = checkSegment({ source, en }).find((i) => i.code === "number.mismatch");
    expect(issue?.source && source.slice(...issue.source)).toBe("3.000");
    expect(issue?.target && en.slice(...issue.target)).toBe("3,500");
    expect(issue?.params).toEqual({ expected: "3.000", found: "3,500" });
  });

  it("reports only untranslated.empty for an empty target", () => {
    expect(checkSegment({ source: "Có 3 người.", de: "" }).map((i) => i.code)).toEqual(["untranslated.empty"]);
  });
});

describe("checkArticle", () => {
  it("returns one list per segment", () => {
    const r = checkArticle([
      { source: "Một.", de: "Eins." },
      { source: "Hai.", en: "" },
    ]);
    expect(r).toHaveLength(2);
    expect(r[1]?.map((i) => i.code)).toEqual(["untranslated.empty"]);
  });

  it("keeps number/date alarms on the human translations of ntrex under a quarter of the literal baseline", () => {
    const d = path.join(ROOT, "prisma/demo/ntrex-news-dev");
    const [vi, de, en] = ["vi", "de", "en"].map((l) =>
      readFileSync(path.join(d, `${l}.txt`), "utf8")
        .trimEnd()
        .split("\n"),
    );
    const result = checkArticle((vi ?? []).map((source, i) => ({ source, de: de?.[i], en: en?.[i] })));
    const digits = (s: string) => s.match(/\d+(?:[.,:]\d+)*/g) ?? [];
    for (const [lang, targets] of [
      ["de", de],
      ["en", en],
    ] as const) {
      const ours = result.filter((r) =>
        r.some((i) => i.lang === lang && /^(number|date|time|unit|currency)\./.test(i.code)),
      ).length;
      const base = (vi ?? []).filter((s, i) => {
        const t = targets?.[i] ?? "";
        return digits(s).some((x) => !t.includes(x)) || digits(t).some((x) => !s.includes(x));
      }).length;
      expect(ours / base, lang).toBeLessThanOrEqual(0.25);
    }
  });
});

describe("duyet check", () => {
  const out: string[] = [];
  const err: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    out.length = 0;
    err.length = 0;
  });
  const capture = () => {
    vi.spyOn(process.stdout, "write").mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    vi.spyOn(process.stderr, "write").mockImplementation((s) => {
      err.push(String(s));
      return true;
    });
  };
  const files = (vi: string, de: string, en: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), "duyet-check-"));
    return [
      ["vi", vi],
      ["de", de],
      ["en", en],
    ].map(([n, text]) => {
      const f = path.join(dir, `${n}.txt`);
      writeFileSync(f, text ?? "");
      return f;
    });
  };

  it("prints one JSON object per issue with lines counted from 1, exit 0", async () => {
    capture();
    const args = files(
      "Xin chào.\nCó 3.000 người [ad_1].\n",
      "Hallo.\nEs kamen 3.000 Menschen.\n",
      "Hello.\nThere were 3,800 people [ad_1].\n",
    );
    expect(await run(args)).toBe(0);
    const lines = out
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toContainEqual({
      line: 2,
      lang: "en",
      code: "number.mismatch",
      severity: "error",
      source: [3, 8],
      target: [11, 16],
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ line: 2, lang: "en", code: "residue.ad-marker", severity: "error" }),
    );
    for (const l of lines) expect(Object.keys(l)).toEqual(["line", "lang", "code", "severity", "source", "target"]);
  });

  it("exits 2 with a message on usage errors", async () => {
    capture();
    expect(await run(["only-one"])).toBe(2);
    expect(await run(files("a\nb\n", "a\n", "a\nb\n"))).toBe(2);
    expect(err.join("")).toMatch(/line counts differ/);
    expect(await run(["/nonexistent/vi", "/nonexistent/de", "/nonexistent/en"])).toBe(2);
  });
});
