import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";

test("a translator imports an article, edits and confirms a German segment with the keyboard; a reviewer sees the diff and approves", async ({
  browser,
}) => {
  const translator = await pageAs(browser, "translator");
  const url = await importArticle(
    translator,
    "Thành phố công bố kế hoạch giao thông mới",
    "Stadt kündigt neuen Verkehrsplan an",
  );

  // Boilerplate is kept but marked, not translated.
  await expect(translator.getByText("[ad_1]")).toBeVisible();
  await expect(translator.getByText("not translated").first()).toBeVisible();

  const title = translator.getByRole("textbox", { name: "German translation of segment 1" });
  await title.click();
  await title.fill("Die Stadt kündigt einen neuen Verkehrsplan an");
  await title.press("Control+Enter");

  // Confirmed (state translated) and the cursor moved on to the next German segment.
  const titleCell = translator.locator('[data-lang="de"]').filter({ has: title });
  await expect(titleCell.locator(".badge").first()).toHaveText("Translated");
  await expect(translator.getByRole("textbox", { name: "German translation of segment 2" })).toBeFocused();

  // Alt+Down moves on, Alt+Up comes back; Esc throws away what was typed.
  await translator.keyboard.press("Alt+ArrowDown");
  await expect(translator.getByRole("textbox", { name: "German translation of segment 3" })).toBeFocused();
  await translator.keyboard.press("Alt+ArrowUp");
  const lead = translator.getByRole("textbox", { name: "German translation of segment 2" });
  await expect(lead).toBeFocused();
  await lead.pressSequentially("Tippfehler");
  await lead.press("Escape");
  await expect(lead).toHaveValue("");

  // The confirmed text survives a reload: it was saved as a revision.
  await translator.reload();
  await expect(translator.getByRole("textbox", { name: "German translation of segment 1" })).toHaveValue(
    "Die Stadt kündigt einen neuen Verkehrsplan an",
  );

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  const reviewed = reviewer.getByRole("textbox", { name: "German translation of segment 1" });
  const cell = reviewer.locator('[data-lang="de"]').filter({ has: reviewed });
  await cell.getByRole("button", { name: "History" }).click();
  await expect(cell.getByText("Confirmed")).toBeVisible();
  await expect(cell.getByText("Lan Nguyễn").first()).toBeVisible();

  // The diff shows what the translator changed in the imported text; the reviewer approves it.
  await cell.getByRole("button", { name: "Diff" }).click();
  await expect(cell.getByText("Machine or imported text → the translator's confirmed text:")).toBeVisible();
  await expect(cell.locator('[data-diff="diffMachineToTranslator"] .diff ins').first()).toContainText("Die");
  await cell.getByRole("button", { name: "Approve" }).click();
  await expect(cell.locator(".badge").first()).toHaveText("Approved");

  // Editing an approved translation returns it to draft; the diffs show the reviewer's change.
  await reviewed.fill("Die Stadt kündigt einen neuen Nahverkehrsplan an");
  await reviewed.press("Control+s");
  await expect(cell.locator(".badge").first()).toHaveText("Draft");
  await cell.getByRole("button", { name: "Diff" }).click();
  await expect(cell.getByText("The translator's text → now:")).toBeVisible();
  await expect(cell.locator('[data-diff="diffTranslatorToNow"] .diff del')).toHaveText("Verkehrsplan");
  await expect(cell.locator('[data-diff="diffTranslatorToNow"] .diff ins')).toHaveText("Nahverkehrsplan");
  await expect(cell.getByText("Changes since the last approval:")).toBeVisible();

  // Four-eyes: the reviewer changed this text since its last approval, so the reviewer cannot approve it; the message says why.
  await cell.getByRole("button", { name: "Approve" }).click();
  await expect(cell.locator(".error-message")).toContainText(
    /^Four-eyes rule: you changed this text \(version \d+\) after its last approval/,
  );
  await expect(cell.locator(".badge").first()).toHaveText("Draft");
});

test("a reviewer rejects with a reason, which the translator sees on the segment", async ({ browser }) => {
  const translator = await pageAs(browser, "translator");
  const url = await importArticle(translator, "Bài viết để từ chối");
  const target = translator.getByRole("textbox", { name: "English translation of segment 1" });
  await target.fill("An article to reject");
  await target.press("Control+Enter");
  await expect(translator.locator('[data-lang="en"]').first().locator(".badge").first()).toHaveText("Translated");

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  const cell = reviewer.locator('[data-lang="en"]').first();
  await cell.getByRole("button", { name: "Reject" }).click();
  await cell.getByRole("button", { name: "Reject segment" }).click();
  await expect(cell.locator(".error-message")).toHaveText("Please give a reason for the rejection.");
  await cell.getByLabel("Why is this rejected? (required)").fill("Headline style: use sentence case.");
  await cell.getByRole("button", { name: "Reject segment" }).click();
  await expect(cell.locator(".badge").first()).toHaveText("Rejected");

  await translator.reload();
  await expect(translator.getByText("Headline style: use sentence case.")).toBeVisible();
  await translator.getByRole("button", { name: /^Rejected/ }).click();
  await expect(translator.getByRole("textbox", { name: "English translation of segment 1" })).toBeVisible();
});

test("a translator asks a question on a segment; the reviewer reads and answers it", async ({ browser }) => {
  const translator = await pageAs(browser, "translator");
  const url = await importArticle(translator, "Câu hỏi về thuật ngữ");
  const cell = translator
    .locator('[data-lang="de"]')
    .filter({ has: translator.getByRole("textbox", { name: "German translation of segment 2" }) });
  await cell.getByRole("button", { name: "Comments" }).click();
  await cell.getByLabel("Add a comment").fill("Soll „UBND“ als Volkskomitee übersetzt werden?");
  await cell.getByRole("button", { name: "Post comment" }).click();
  await expect(cell.getByText("Soll „UBND“ als Volkskomitee übersetzt werden?")).toBeVisible();
  await expect(cell.getByRole("button", { name: "Comments (1)" })).toBeVisible();

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  const seen = reviewer
    .locator('[data-lang="de"]')
    .filter({ has: reviewer.getByRole("textbox", { name: "German translation of segment 2" }) });
  await seen.getByRole("button", { name: "Comments (1)" }).click();
  await expect(seen.getByText("Lan Nguyễn")).toBeVisible();
  await seen.getByLabel("Add a comment").fill("Ja, laut Glossar.");
  await seen.getByRole("button", { name: "Post comment" }).click();
  await expect(seen.getByRole("button", { name: "Comments (2)" })).toBeVisible();
});
