import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";
import { expectAccessible } from "./support/a11y";

// The axe-core scan of the workbench's pages, each as the role that works there, at 1440×900: no serious
// or critical violation. A new page is one more `expectAccessible` line.
test.describe("accessibility", () => {
  test("my work, own password, article list, editor, publish page and effort page", async ({ browser }) => {
    test.setTimeout(90_000);
    const translator = await pageAs(browser, "translator");
    await translator.setViewportSize({ width: 1440, height: 900 });
    await expectAccessible(translator, "my work"); // the start page after sign-in
    await translator.goto("/account/password");
    await expectAccessible(translator, "own password");
    await translator.goto("/articles");
    await expectAccessible(translator, "article list");
    await translator.getByRole("link", { name: /Syria/ }).click();
    await expect(translator.getByRole("grid")).toBeVisible();
    await expectAccessible(translator, "editor");
    const editor = translator.url();

    const publisher = await pageAs(browser, "publisher");
    await publisher.setViewportSize({ width: 1440, height: 900 });
    await publisher.goto(`${editor}/publish`);
    await expectAccessible(publisher, "publish page");
    await publisher.goto("/effort");
    await expectAccessible(publisher, "effort page");
  });

  test("admin pages", async ({ browser }) => {
    test.setTimeout(90_000);
    const admin = await pageAs(browser, "admin");
    await admin.setViewportSize({ width: 1440, height: 900 });
    for (const path of ["users", "glossary", "memory", "settings", "usage", "tokens", "audit"]) {
      await admin.goto(`/admin/${path}`);
      await expectAccessible(admin, `admin ${path}`);
    }
  });
});
