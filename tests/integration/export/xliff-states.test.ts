// What a signed-off target in the CAT tool becomes on import: approved when the importer may approve and
// the four-eyes rule allows, otherwise translated.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createExportAction, importXliffAction } from "@/lib/export/server/actions";
import { createActor, createArticle } from "../../factories";

describe("XLIFF target states", () => {
  afterEach(async () => {
    await db.setting.deleteMany({ where: { key: "fourEyes" } }); // the other tests expect the default (on)
  });

  async function signedOff(format: "xliff21" | "xliff12", importer: "translator" | "reviewer", fourEyes: boolean) {
    await db.setting.upsert({
      where: { key: "fourEyes" },
      create: { key: "fourEyes", value: JSON.stringify(fourEyes) },
      update: { value: JSON.stringify(fourEyes) },
    });
    const [lan, minh, who] = [
      await createActor("translator"),
      await createActor("publisher"),
      await createActor(importer),
    ];
    const { articleId, translations } = await createArticle(lan);
    const title = translations.find((t) => t.lang === "de")!;
    const exported = await createExportAction({ articleId, lang: "de", format, version: "draft" }, minh);
    if (!exported.ok) throw new Error(exported.code);
    // The CAT tool translates the first unit and signs it off.
    const body =
      format === "xliff21"
        ? exported.data.body
            .replace(/(<segment state=")[^"]*(")/u, "$1final$2")
            .replace("</source>", "</source><target>Hanoi baut eine U-Bahn</target>")
        : exported.data.body
            .replace("<trans-unit ", '<trans-unit approved="yes" ')
            .replace(
              /<target state="[^"]*"\/>|<target state="[^"]*">[^<]*<\/target>/u,
              '<target state="final">Hanoi baut eine U-Bahn</target>',
            );
    const result = await importXliffAction({ articleId, content: body }, who);
    expect(result).toMatchObject({ ok: true, data: { changed: 1 } });
    const row = await db.translation.findUniqueOrThrow({ where: { id: title.id } });
    expect(row.text).toBe("Hanoi baut eine U-Bahn");
    return row.state;
  }

  for (const format of ["xliff21", "xliff12"] as const) {
    it(`${format}: a signed-off target is approved only when the importer may approve and four-eyes allows`, async () => {
      expect(await signedOff(format, "reviewer", false)).toBe("approved");
      // With four-eyes on, the importer wrote the text, so it cannot also approve it.
      expect(await signedOff(format, "reviewer", true)).toBe("translated");
      expect(await signedOff(format, "translator", false)).toBe("translated");
    });
  }
});
