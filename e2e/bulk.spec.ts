import { expect, test } from "@playwright/test";
import { importBundle, pageAs } from "./fixtures/session";
import { importPetrolArticle } from "./fixtures/petrol-article";

test("a reviewer bulk-approves the selected segments; one with an open error is left out", async ({ browser }) => {
  const translator = await pageAs(browser, "translator");
  const url = await importPetrolArticle(translator);

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  await reviewer.getByRole("button", { name: "Select all shown" }).click();
  await expect(reviewer.getByText("1 with errors left out")).toBeVisible();
  await reviewer.getByRole("button", { name: "Approve 2 translations" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "2 approved" })).toBeVisible();
  await expect(reviewer.getByTestId("progress-de")).toContainText("2/3 approved");
  await expect(reviewer.getByRole("checkbox", { name: "Select segment 1" })).not.toBeChecked();
});

test("a rejected segment in a bulk selection stays rejected; it is approved only on its own", async ({ browser }) => {
  const translator = await pageAs(browser, "translator");
  const url = await importBundle(translator, {
    title: { vi: "Mưa lớn ở miền Trung", de: "Starker Regen in Zentralvietnam" },
    paragraphs: [{ sentences: [{ vi: "Nhiều tuyến đường bị ngập.", de: "Viele Straßen sind überflutet." }] }],
  });
  await translator.getByRole("textbox", { name: "German translation of segment 1" }).click();
  for (let i = 0; i < 2; i++) await translator.keyboard.press("Control+Enter");
  await expect(translator.getByTestId("progress-de")).toContainText("2 translated");

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  const first = reviewer.locator('[data-lang="de"]').first();
  await first.getByRole("button", { name: "Reject" }).click();
  await first.getByLabel("Why is this rejected? (required)").fill("Region name: use 'Zentralvietnam' only once.");
  await first.getByRole("button", { name: "Reject segment" }).click();
  await expect(first.locator(".badge").first()).toHaveText("Rejected");

  await reviewer.getByRole("button", { name: "Select all shown" }).click();
  await expect(reviewer.getByText("1 rejected left out: approve it on its own")).toBeVisible();
  await reviewer.getByRole("button", { name: "Approve 1 translation" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "1 approved" })).toBeVisible();
  await expect(first.locator(".badge").first()).toHaveText("Rejected");
  await reviewer.reload();
  await expect(reviewer.locator('[data-lang="de"]').first().locator(".badge").first()).toHaveText("Rejected");
  await expect(reviewer.getByTestId("progress-de")).toContainText("1/2 approved");
});
