import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { cabinetPages, locales, publicPages } from "./pages";
import { demo, signInByApi } from "./support";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
/** The e2e server runs in demo mode: every page says so in a named region (the banner). */
const demoBanner = { kk: "Демо нұсқа", ru: "Демоверсия", en: "Demo version" } as const;

for (const locale of locales) {
  for (const page of [...publicPages, ...cabinetPages]) {
    const title = `${page.name} in ${locale}: no axe violations, no raw message keys, the demo banner`;
    test(title, async ({ browser }) => {
      const context = await browser.newContext();
      if (page.path.startsWith("/cabinet")) await signInByApi(context.request, demo.ahmetov);
      const tab = await context.newPage();
      await tab.goto(`/${locale}${page.path}`);
      await expect(tab.locator("html")).toHaveAttribute("lang", locale);
      await expect(tab.getByRole("main")).toBeVisible();
      await expect(tab.locator("body")).not.toContainText("⟦");
      await expect(tab.getByRole("region", { name: demoBanner[locale] })).toBeVisible();
      const results = await new AxeBuilder({ page: tab }).withTags(wcagTags).analyze();
      expect(
        results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
      await context.close();
    });
  }
}

for (const locale of locales) {
  test(`every page in the visually impaired mode in ${locale}: no axe violations`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(360_000);
    const context = await browser.newContext();
    await context.addCookies([{ name: "low_vision", value: "1", url: baseURL! }]);
    await signInByApi(context.request, demo.ahmetov);
    const tab = await context.newPage();
    for (const page of [...publicPages, ...cabinetPages]) {
      await tab.goto(`/${locale}${page.path}`);
      await expect(tab.locator("html")).toHaveAttribute("data-low-vision", "true");
      const results = await new AxeBuilder({ page: tab }).withTags(wcagTags).analyze();
      expect(
        results.violations.map(
          (violation) =>
            `${page.path} ${violation.id}: ` +
            violation.nodes.map((node) => node.target.join(" ")).join(", "),
        ),
      ).toEqual([]);
    }
    await context.close();
  });
}

test("low-vision mode: no axe violations either", async ({ browser }) => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto("/kk");
  await tab.getByRole("button", { name: "Нашар көретіндерге арналған нұсқа" }).click();
  await expect(tab.locator("html")).toHaveAttribute("data-low-vision", "true");
  // The page after the toggle's post: its metadata (the title) may stream in a moment after the body.
  await expect(tab).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page: tab }).withTags(wcagTags).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await context.close();
});

for (const locale of locales) {
  test(`application steps in ${locale}: no axe violations`, async ({ browser }) => {
    const context = await browser.newContext();
    await signInByApi(context.request, demo.ahmetov);
    const created = await context.request.post("/api/v1/applications", {
      data: { serviceId: "birth-registration", data: { childSurname: "Ахметов" } },
    });
    const { id } = await created.json();
    const tab = await context.newPage();
    for (const path of ["step/child", "step/parents", "documents", "review", "delete"]) {
      await tab.goto(`/${locale}/cabinet/applications/${id}/${path}`);
      await expect(tab.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(tab.locator("body")).not.toContainText("⟦");
      const results = await new AxeBuilder({ page: tab }).withTags(wcagTags).analyze();
      expect(
        results.violations.map(
          (violation) =>
            `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    }
    await context.close();
  });
}
