import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import { importBundle, pageAs } from "./fixtures/session";

const BUNDLE = {
  title: { vi: "Thành phố công bố kế hoạch giao thông mới", de: "Stadt kündigt neuen Verkehrsplan an" },
  lead: {
    vi: "Sáng nay (24/3), UBND TP.HCM công bố kế hoạch đầu tư 40.000 tỷ đồng cho giao thông công cộng.",
    de: "Heute Morgen (24. März) kündigte das Volkskomitee von Ho-Chi-Minh-Stadt an, 40.000 Milliarden VND in den öffentlichen Nahverkehr zu investieren.",
  },
  paragraphs: [
    {
      sentences: [
        {
          vi: "Theo TS. Nguyễn Văn An, tăng trưởng đạt 10,03% trong quý I.",
          de: "Laut Dr. Nguyễn Văn An erreichte das Wachstum im ersten Quartal 10,03 %.",
        },
        { vi: "Dự án sẽ hoàn thành vào năm 2030.", de: "Das Projekt soll 2030 fertig sein." },
      ],
    },
    { vi: "[ad_1]", kind: "boilerplate" },
  ],
};

async function approveQueue(page: Page, url: string, count: number) {
  await page.goto(url);
  const before = Number((await page.getByTestId("progress-de").innerText()).match(/(\d+)\/\d+ approved/)?.[1]);
  await page.getByRole("button", { name: /^Needs review/ }).click();
  await page
    .getByRole("textbox", { name: /^German translation of segment/ })
    .first()
    .click();
  for (let i = 1; i <= count; i++) {
    await page.keyboard.press("Control+Shift+Enter");
    await expect(page.getByTestId("progress-de")).toContainText(`${before + i}/`);
  }
  await expect(page.getByTestId("progress-de")).toContainText("Fully approved");
}

/** Publishing asks first, naming the language and the version; the dialog is driven by keyboard only. */
async function publishConfirmed(page: Page, lang: "German" | "English", version: number) {
  await page.getByRole("button", { name: `Publish ${lang}` }).click();
  const dialog = page.getByRole("dialog", { name: `Publish ${lang} as version ${version}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: `Publish version ${version}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
}

test("review queue by keyboard, publication, HTML download, and the diff between two published versions", async ({
  browser,
}) => {
  test.setTimeout(90_000); // three users, two review rounds, three confirmed publications
  const translator = await pageAs(browser, "translator");
  const url = await importBundle(translator, BUNDLE);
  // The German came with the source: imported human translations await review, nothing to confirm.
  await expect(translator.getByTestId("progress-de")).toContainText("4 translated");

  const reviewer = await pageAs(browser, "reviewer");
  await approveQueue(reviewer, url, 4);

  const publisher = await pageAs(browser, "publisher");
  await publisher.goto(`${url}/publish`);
  await expect(publisher.getByTestId("publish-status-de")).toHaveText("4/4 approved · no open errors");
  // Esc cancels: nothing is published.
  await publisher.getByRole("button", { name: "Publish German" }).click();
  await publisher.keyboard.press("Escape");
  await expect(publisher.getByRole("dialog")).toBeHidden();
  await expect(publisher.getByRole("button", { name: "Publish German" })).toBeFocused();
  await expect(publisher.getByText("Not published yet.").first()).toBeVisible();
  await publishConfirmed(publisher, "German", 1);
  await expect(publisher.getByText("Published version 1.")).toBeVisible();
  // The same content again: no second version.
  await publishConfirmed(publisher, "German", 2);
  await expect(publisher.locator(".error-message")).toContainText("Nothing changed since version 1");
  // English is not approved: publishing it is refused with the reason.
  await publishConfirmed(publisher, "English", 1);
  await expect(publisher.locator(".error-message").last()).toContainText("not approved yet");

  const download = publisher.waitForEvent("download");
  await publisher.getByRole("listitem").filter({ hasText: "Version 1" }).getByRole("link", { name: "HTML" }).click();
  const html = fs.readFileSync(await (await download).path(), "utf8");
  expect(html).toContain('<html lang="de">');
  expect(html).toContain("<h1>Stadt kündigt neuen Verkehrsplan an</h1>");
  expect(html).not.toContain("[ad_1]");

  // A correction after publication needs approval again, then becomes version 2.
  await translator.reload();
  const body = translator.getByRole("textbox", { name: "German translation of segment 4" });
  await body.fill("Das Projekt soll bis 2030 abgeschlossen sein.");
  await body.press("Control+Enter");
  await approveQueue(reviewer, url, 1);
  await publisher.reload();
  await publishConfirmed(publisher, "German", 2);
  await expect(publisher.getByText("Published version 2.")).toBeVisible();
  await publisher.reload();
  await publisher.getByRole("button", { name: "Show changes" }).click();
  const diff = publisher.locator(".version-diff");
  await expect(diff.locator("li")).toHaveCount(1);
  await expect(diff.locator("ins")).toContainText(["bis"]);
  await expect(diff.locator("del").first()).toContainText("fertig");
});
