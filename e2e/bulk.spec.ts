import { expect, test } from "@playwright/test";
import { importBundle, pageAs } from "./fixtures/session";

test("a reviewer bulk-approves the selected segments; one with an open error is left out", async ({ browser }) => {
  const translator = await pageAs(browser, "translator");
  const url = await importBundle(translator, {
    title: { vi: "Giá xăng giảm lần thứ ba", de: "Benzinpreis sinkt zum dritten Mal" },
    lead: {
      vi: "Giá xăng RON95 giảm 500 đồng mỗi lít từ 15 giờ chiều nay.",
      de: "Der Preis für RON95-Benzin sinkt ab 15 Uhr um 5.000 Dong pro Liter.",
    },
    paragraphs: [
      { sentences: [{ vi: "Đây là lần giảm thứ ba liên tiếp.", de: "Es ist die dritte Senkung in Folge." }] },
    ],
  });
  await translator.getByRole("textbox", { name: "German translation of segment 1" }).click();
  for (let i = 0; i < 3; i++) await translator.keyboard.press("Control+Enter");
  await expect(translator.getByTestId("progress-de")).toContainText("3 translated");

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  await reviewer.getByRole("button", { name: "Select all shown" }).click();
  await expect(reviewer.getByText("1 with errors left out")).toBeVisible();
  await reviewer.getByRole("button", { name: "Approve 2 translations" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "2 approved" })).toBeVisible();
  await expect(reviewer.getByTestId("progress-de")).toContainText("2/3 approved");
  await expect(reviewer.getByRole("checkbox", { name: "Select segment 1" })).not.toBeChecked();
});
