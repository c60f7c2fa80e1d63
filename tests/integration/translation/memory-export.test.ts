// The memory export names who wrote each entry (TMX creationid/changeid) next to its dates.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, createArticle } from "@/tests/factories";
import { exportMemoryAction, importMemoryAction } from "@/lib/translation/server/actions";
import { saveTranslation } from "@/lib/review/server/save-translation";
import { approveTranslation } from "@/lib/review/server/approve-translation";

describe("translation memory export", () => {
  it("writes the translation's author and its dates on each unit; an imported unit's author is not stored (no author column in the memory)", async () => {
    const translator = await createActor("translator", "Lan Nguyễn");
    const [reviewer, admin] = [await createActor("reviewer"), await createActor("admin")];
    const { translations } = await createArticle(translator, ["Tin nhanh", "Hôm nay trời đẹp."].join("\n"));
    const row = translations.find((t) => t.lang === "de")!;
    const saved = await saveTranslation(
      { translationId: row.id, expectedVersion: row.version, text: "Eilmeldung", confirm: true },
      translator,
    );
    await approveTranslation({ translationId: row.id, expectedVersion: saved.version }, reviewer);
    const file = [
      '<?xml version="1.0"?><tmx version="1.4"><header srclang="vi" segtype="sentence" adminlang="en"',
      ' datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>',
      '<tu creationid="someone"><tuv xml:lang="vi"><seg>Trời mưa.</seg></tuv>',
      '<tuv xml:lang="de"><seg>Es regnet.</seg></tuv></tu></body></tmx>',
    ].join("");
    expect((await importMemoryAction({ xml: file }, admin)).ok).toBe(true);

    const exported = await exportMemoryAction({}, admin);
    if (!exported.ok) throw new Error(exported.code);
    const units = exported.data.xml.split(/<tu(?=[ >])/u).slice(1);
    const mine = units.find((u) => u.includes("Eilmeldung")) ?? "";
    expect(mine).toMatch(/^ creationdate="\d{8}T\d{6}Z" creationid="Lan Nguyễn" changedate="\d{8}T\d{6}Z"/u);
    expect(mine).toContain('changeid="Lan Nguyễn"');
    expect(units.find((u) => u.includes("Es regnet.")) ?? "").not.toContain("creationid");
    expect(await db.tmEntry.count()).toBe(2);
  });
});
