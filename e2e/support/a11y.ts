import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Scans the page as it is now with axe-core (WCAG 2.0/2.1/2.2 A and AA rules) and fails on any serious or
 * critical violation, listing each with the elements it was found on. One line per page in a spec:
 * `await expectAccessible(page, "editor")`.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const blocking = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(blocking, `accessibility of ${name}`).toEqual([]);
}
