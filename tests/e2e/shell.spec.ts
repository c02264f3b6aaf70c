import { expect, test } from "./fixtures";
import { cabinetPages, locales, publicPages } from "./pages";
import { demo, signInByApi } from "./support";

test("the portal opens in Kazakh", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/kk$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("АХАЖ және отбасы қызметтері бір жерде");
});

for (const page of publicPages.filter((entry) => !entry.path.includes("?"))) {
  test(`switching language keeps the ${page.name} page`, async ({ page: tab }) => {
    await tab.goto(`/kk${page.path}`);
    const heading = tab.getByRole("heading", { level: 1 });
    const kazakh = await heading.textContent();
    await tab.getByRole("navigation", { name: "Тіл" }).getByRole("link", { name: "Русский" }).click();
    await expect(tab).toHaveURL(new RegExp(`/ru${page.path}$`));
    await expect(tab.locator("html")).toHaveAttribute("lang", "ru");
    await expect(heading).not.toHaveText(kazakh ?? "");
    await tab.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" }).click();
    await expect(tab).toHaveURL(new RegExp(`/en${page.path}$`));
    await expect(tab.locator("html")).toHaveAttribute("lang", "en");
  });
}

test("switching language keeps a cabinet page and the session", async ({ page, context }) => {
  test.setTimeout(180_000);
  await signInByApi(context.request, demo.ahmetov);
  for (const cabinetPage of cabinetPages) {
    await page.goto(`/kk${cabinetPage.path}`);
    await page.getByRole("navigation", { name: "Тіл" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/en${cabinetPage.path.replace(/[?]/g, "\\?")}$`));
    await expect(page.getByRole("banner")).toContainText("Signed in as");
  }
});

test("skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("footer names the unified contact centre", async ({ page }) => {
  await page.goto("/ru");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: /1414/ })).toHaveAttribute("href", "tel:1414");
  await expect(footer.getByRole("link", { name: /8 800 080 7777/ })).toHaveAttribute(
    "href",
    "tel:+78000807777",
  );
});

test("low-vision mode persists across pages and languages, and can be turned off", async ({ page }) => {
  await page.goto("/en");
  const toggle = page.getByRole("button", { name: "Low-vision version" });
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-low-vision", "true");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Қазақша" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.locator("html")).toHaveAttribute("data-low-vision", "true");
  await page.reload();
  // On, the button says how to go back.
  await page.getByRole("button", { name: "Қалыпты нұсқа" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-low-vision", "true");
  await expect(page.getByRole("button", { name: "Нашар көретіндерге арналған нұсқа" })).toBeVisible();
});

test("usable at 320 px: nothing scrolls sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const locale of locales) {
    await page.goto(`/${locale}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, locale).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("security headers are set on pages", async ({ request }) => {
  const response = await request.get("/kk");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'nonce-");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
});
