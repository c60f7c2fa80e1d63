// A round trip through translate-toolkit's XLIFF 1.2 reader and writer (Debian package
// `translate-toolkit`, installed by .ci/run): Duyệt's export, edited and re-serialised by translate-toolkit,
// comes back as exactly the edit,
// and the note it adds to every unit comes back as a comment once. Skipped, with a message saying why, where translate-toolkit is missing.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createExportAction, importXliffAction } from "@/lib/export/server/actions";
import { createActor, createArticle } from "../../factories";

const PYTHON = "/usr/bin/python3";
const SCRIPT = path.join(import.meta.dirname, "tools", "translate-toolkit-edit.py");

function toolkitAvailable(): boolean {
  try {
    execFileSync(PYTHON, ["-c", "import translate.storage.xliff"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const available = toolkitAvailable();
if (!available) {
  console.warn(
    "translate-toolkit round trip skipped: `/usr/bin/python3 -c 'import translate'` failed (apt install translate-toolkit)",
  );
}

describe.skipIf(!available)("XLIFF 1.2 round trip through translate-toolkit", () => {
  it("imports the target translate-toolkit wrote and nothing else", async () => {
    const [lan, minh] = [await createActor("translator"), await createActor("publisher")];
    const { articleId, translations } = await createArticle(lan);
    const exported = await createExportAction({ articleId, lang: "de", format: "xliff12", version: "draft" }, minh);
    if (!exported.ok) throw new Error(exported.code);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duyet-tt-"));
    try {
      const [input, output] = [path.join(dir, "in.xlf"), path.join(dir, "out.xlf")];
      fs.writeFileSync(input, exported.data.body);
      const title = translations.find((t) => t.lang === "de")!;
      const segment = await db.segment.findUniqueOrThrow({ where: { id: title.segmentId } });
      execFileSync(PYTHON, [SCRIPT, input, output, segment.id, "Hanoi baut die U-Bahn-Linie 5"]);
      const written = fs.readFileSync(output);
      expect(written.toString("utf8")).toContain("checked in translate-toolkit");

      const result = await importXliffAction({ articleId, content: written.toString("utf8") }, lan);
      expect(result).toMatchObject({ ok: true, data: { lang: "de", changed: 1, stale: 0 } });
      const row = await db.translation.findUniqueOrThrow({ where: { id: title.id } });
      expect(row.text).toBe("Hanoi baut die U-Bahn-Linie 5");
      // translate-toolkit's <note from="translator"> on every unit came back as a comment, once.
      const units = (written.toString("utf8").match(/<trans-unit /gu) ?? []).length;
      expect(result).toMatchObject({ data: { notes: units } });
      const notes = await db.comment.count({ where: { body: "checked in translate-toolkit", segment: { articleId } } });
      expect([units > 1, notes]).toEqual([true, units]);
      const again = await importXliffAction({ articleId, content: written.toString("utf8") }, lan);
      expect(again).toMatchObject({ ok: true, data: { changed: 0, notes: 0 } });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
