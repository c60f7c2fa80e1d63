// Every regular expression that reads user text must run in linear time. This test finds them all —
// the regex literals in the source of the modules that read articles, translations and uploaded
// files, the patterns built at module load (registered through userTextPattern) and those built per
// call from a glossary term or a name (through their builders, with sample input) — and has each one
// analysed for super-linear backtracking by recheck (a maintained ReDoS checker: an automaton
// analysis where it applies, a seeded fuzzer for lookarounds and back-references). A `new RegExp`
// that is neither registered nor built by a listed builder fails the test, so nothing slips past.
import fs from "node:fs";
import path from "node:path";
import { check } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { inflectionPattern, termPattern } from "@/lib/quality/checks/glossary";
import { namePattern } from "@/lib/quality/checks/names";
import { registeredPatterns } from "@/lib/text/patterns";
import { highlightPattern } from "@/lib/translation/glossary";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const DIRS = ["lib/quality", "lib/articles", "lib/review", "lib/export", "lib/translation", "lib/text"];
/** Functions that build a pattern per call; the samples below stand for what they build. */
const BUILDERS: Record<string, string[]> = {
  "lib/quality/checks/names.ts": ["namePattern"],
  "lib/quality/checks/glossary.ts": ["termPattern", "inflectionPattern"],
  "lib/translation/glossary.ts": ["highlightPattern"],
};
const samples = (): RegExp[] => [
  namePattern(["Nguyễn", "Văn", "An"]),
  namePattern(["jean", "marie"]),
  namePattern(["o'neil"]),
  termPattern("Tỉnh ủy", false, true),
  termPattern("UN (Liên Hợp Quốc)", true, false),
  inflectionPattern("Vereinte Nationen", false),
  inflectionPattern("Weißes Haus", true),
  highlightPattern("Tỉnh ủy Hà Nội", false),
  highlightPattern("GDP", true),
];

type Found = { where: string; source: string; flags: string };

/** Regex literals, and `new RegExp` calls that are neither registered nor inside a builder. */
function scan(): { literals: Found[]; unregistered: string[]; registering: string[] } {
  const literals: Found[] = [];
  const unregistered: string[] = [];
  const registering: string[] = [];
  for (const dir of DIRS) {
    for (const rel of fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))) {
      const file = path.join(dir, rel);
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const where = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
      const covered = (n: ts.Node): boolean => {
        for (let p: ts.Node | undefined = n.parent; p; p = p.parent) {
          if (ts.isCallExpression(p) && p.expression.getText() === "userTextPattern") return true;
          if (ts.isFunctionDeclaration(p) && BUILDERS[file]?.includes(p.name?.getText() ?? "")) return true;
        }
        return false;
      };
      const visit = (n: ts.Node) => {
        if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = n.getText();
          const end = literal.lastIndexOf("/");
          literals.push({ where: where(n), source: literal.slice(1, end), flags: literal.slice(end + 1) });
        }
        if (ts.isNewExpression(n) && n.expression.getText() === "RegExp" && !covered(n)) unregistered.push(where(n));
        if (ts.isCallExpression(n) && n.expression.getText() === "userTextPattern" && !registering.includes(file))
          registering.push(file);
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
  }
  return { literals, unregistered, registering };
}

// recheck bounds its search by steps and by time; with the time limits out of reach only the step
// limits apply, so with a fixed seed the verdict is the same on a busy machine as on an idle one.
// Its "recall" step confirms a finding by timing the real regex engine, which on a busy machine
// raised false alarms: it is off, the verdict rests on the analysis alone.
const DETERMINISTIC = {
  randomSeed: 20_261_125,
  recallTimeout: -1,
  timeout: 300_000,
  attackTimeout: 60_000,
  incubationTimeout: 60_000,
  seedingTimeout: 60_000,
};

// Without an unbounded quantifier a pattern cannot backtrack more than a constant per position.
const unbounded = (source: string) => /[*+]|\{\d+,\}/.test(source.replace(/\\./g, "x"));

describe("regular expressions on user text", () => {
  const found = scan();

  it("are all registered or built by a listed builder", () => {
    expect(found.unregistered).toEqual([]);
    expect(found.literals.length).toBeGreaterThan(100);
  });

  it("run in linear time (recheck finds no super-linear backtracking)", async () => {
    for (const file of found.registering.filter((f) => f !== "lib/text/patterns.ts"))
      await import(path.join(ROOT, file));
    const dynamic = [...registeredPatterns(), ...samples()].map((re) => ({
      where: "built at run time",
      source: re.source,
      flags: re.flags,
    }));
    expect(dynamic.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    const failures: string[] = [];
    for (const p of [...found.literals, ...dynamic]) {
      const key = `/${p.source}/${p.flags}`;
      if (seen.has(key) || !unbounded(p.source)) continue;
      seen.add(key);
      const result = await check(p.source, p.flags, DETERMINISTIC);
      if (result.status !== "safe") {
        const why =
          result.status === "vulnerable"
            ? `${result.complexity.summary}, e.g. ${result.attack.pattern.slice(0, 80)}`
            : JSON.stringify(result.error);
        failures.push(`${p.where} ${key}: ${result.status} (${why})`);
      }
    }
    expect(seen.size).toBeGreaterThan(60);
    expect(failures).toEqual([]);
  }, 600_000);
});
