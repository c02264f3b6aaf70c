import type { Browser, BrowserContext, Page } from "@playwright/test";
import { LOW_VISION_COOKIE } from "@/lib/preferences/low-vision";
import { expect, test } from "./fixtures";
import { cabinetPages, publicPages } from "./pages";
import { demo, signInByApi, staffSignIn } from "./support";

/**
 * A phone's first screen (issue 13): on every page, in kk and ru, normal and visually impaired, at
 * 360 × 740 and 320 × 640, the h1 starts within the first 300 px, nothing scrolls sideways, and no
 * word is broken across lines (a word whose text has client rects on two lines).
 */
const screens = [
  { width: 360, height: 740 },
  { width: 320, height: 640 },
] as const;
const HEADING_LIMIT = 300;

type Findings = { headingTop: number | null; broken: string[]; sideways: string[] };

async function inspect(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const heading = document.querySelector("h1");
    const headingTop = heading ? heading.getBoundingClientRect().top + window.scrollY : null;
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, [hidden], .sr-only")) continue;
      const text = node.textContent ?? "";
      // A word: what lies between spaces, hyphens and slashes, without digits. Numbers and codes
      // (R-20261124-0123456789, a certificate's hex serial) may wrap where a line cannot hold them
      // (WCAG 1.4.10); a word of a language may not ("Қы/зме/т").
      for (const match of text.matchAll(/[^\s\-‐–—/]+/g)) {
        if (/\d/.test(match[0])) continue;
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
        );
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return { headingTop, broken: broken.slice(0, 5), sideways: [] };
    const wide = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(-3)
      .map((element) => `${element.tagName} ${(element.textContent ?? "").trim().slice(0, 30)}`);
    return { headingTop, broken: broken.slice(0, 5), sideways: wide };
  });
}

async function expectPhoneFriendly(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const found = await inspect(page);
  expect(found.headingTop, `${path}: h1 top`).not.toBeNull();
  expect(found.headingTop ?? Infinity, `${path}: h1 top`).toBeLessThanOrEqual(HEADING_LIMIT);
  expect(found.broken, `${path}: words broken across lines`).toEqual([]);
  expect(found.sideways, `${path}: sticks out sideways`).toEqual([]);
}

async function phoneContext(browser: Browser, viewport: { width: number; height: number }, low: boolean) {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
  if (low) {
    await context.addCookies([
      { name: LOW_VISION_COOKIE, value: "1", url: test.info().project.use.baseURL ?? "" },
    ]);
  }
  return context;
}

for (const screen of screens) {
  for (const low of [false, true]) {
    const mode = low ? "visually impaired" : "normal";
    test(`phone ${screen.width}×${screen.height}, ${mode}: h1 on the first screen, no broken words`, async ({
      browser,
    }, testInfo) => {
      test.setTimeout(300_000);
      const context: BrowserContext = await phoneContext(browser, screen, low);
      await signInByApi(context.request, demo.ahmetov);
      const page = await context.newPage();
      for (const locale of ["kk", "ru"]) {
        for (const entry of [...publicPages, ...cabinetPages]) {
          await expectPhoneFriendly(page, `/${locale}${entry.path}`);
        }
        await page.goto(`/${locale}/cabinet`);
        await testInfo.attach(`cabinet ${locale} ${screen.width} ${mode}`, {
          body: await page.screenshot({ fullPage: true }),
          contentType: "image/png",
        });
      }
      await context.close();
      for (const [login, paths] of [
        ["cr-1-clerk", ["/office"]],
        ["sc-1-operator", ["/office", "/office/home-visits/new"]],
      ] as const) {
        const staff = await phoneContext(browser, screen, low);
        const desk = await staff.newPage();
        await staffSignIn(desk, login);
        for (const locale of ["kk", "ru"]) {
          for (const path of paths) await expectPhoneFriendly(desk, `/${locale}${path}`);
        }
        await staff.close();
      }
    });
  }
}

test("the phone menu is a disclosure that opens without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto("/en/services");
  const services = page.getByRole("banner").getByRole("link", { name: "Services", exact: true });
  await expect(services).toBeHidden();
  await page.getByText("Menu", { exact: true }).click();
  await expect(services).toBeVisible();
  await services.click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});
