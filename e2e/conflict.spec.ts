import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";

test("two people edit the same segment: the second sees the conflict instead of overwriting", async ({ browser }) => {
  test.slow(); // two signed-in browser contexts
  const first = await pageAs(browser, "translator");
  const url = await importArticle(first, "Hai người cùng sửa một câu");
  const second = await pageAs(browser, "reviewer");
  await second.goto(url); // both have version 1 of every segment loaded

  // The second is typing when the first saves (an untouched cell would simply take the save, live).
  const theirs = second.getByRole("textbox", { name: "German translation of segment 2" });
  await theirs.fill("Fassung des Prüfers");
  const mine = first.getByRole("textbox", { name: "German translation of segment 2" });
  await mine.fill("Fassung der Übersetzerin");
  await mine.press("Control+s");
  await expect(first.locator('[data-lang="de"]').filter({ has: mine }).locator(".save-status")).toHaveText("Saved");

  await theirs.press("Control+s");
  const conflict = second.getByRole("alertdialog", { name: "Someone else saved this segment." });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Lan Nguyễn");
  await expect(conflict).toContainText("Fassung der Übersetzerin");
  await expect(conflict.locator(".diff ins")).toContainText("des Prüfers");

  // Nothing was overwritten: the first text is still what the server has.
  await first.reload();
  await expect(first.getByRole("textbox", { name: "German translation of segment 2" })).toHaveValue(
    "Fassung der Übersetzerin",
  );

  // Esc does not resolve a conflict by throwing the typed text away.
  await theirs.press("Escape");
  await expect(theirs).toHaveValue("Fassung des Prüfers");
  await expect(conflict).toBeVisible();

  // The second person deliberately keeps their version: now it is saved, on top of the first.
  await conflict.getByRole("button", { name: "Keep my version" }).click();
  await expect(conflict).toBeHidden();
  await first.reload();
  await expect(first.getByRole("textbox", { name: "German translation of segment 2" })).toHaveValue(
    "Fassung des Prüfers",
  );
});
