import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { LOW_VISION_COOKIE } from "@/lib/preferences/low-vision";
import { cabinetPages, locales, publicPages } from "./pages";
import { submitByApi } from "./apply-support";
import { demo, signInByApi } from "./support";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );

/** What sticks out sideways (empty when the page reflows): the widest offenders, for the message. */
async function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(-5)
      .map((element) =>
        [
          `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 40)}`,
          ` → ${Math.round(element.getBoundingClientRect().right)}px`,
          `: ${(element.textContent ?? "").trim().slice(0, 40)}`,
        ].join(""),
      );
  });
}

async function staffContext(browser: Browser, login: string, viewport?: { width: number; height: number }) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  await page.goto("/en/office/sign-in");
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill("qyzmet-staff-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return { context, page };
}

/** A home visit to look at, made through the API by a demo applicant. */
async function aVisit(browser: Browser) {
  const context = await browser.newContext();
  await signInByApi(context.request, demo.ahmetova);
  const { visitDays } = await import("@/lib/home-visits/slots");
  const response = await context.request.post("/api/v1/home-visits", {
    data: {
      serviceId: "record-correction",
      healthReason: "disabilityGroup2",
      address: "Іле ауданы, Абай көшесі, 1",
      phone: "+77011112233",
      preferredSlots: [{ date: visitDays()[0], from: "09:00", to: "11:00" }],
      needs: ["lowVision", "other"],
      needsOther: "Guide dog",
    },
  });
  expect(response.status()).toBe(201);
  const visit = await response.json();
  await context.close();
  return visit as { id: string; number: string };
}

for (const locale of locales) {
  test(`office and operator consoles in ${locale}: no axe violations`, async ({ browser }) => {
    test.setTimeout(240_000);
    const visit = await aVisit(browser);
    const applicant = await browser.newContext();
    await signInByApi(applicant.request, demo.ahmetov);
    const submitted = await submitByApi(
      applicant.request,
      demo.ahmetov,
      "record-correction",
      {
        actRecord: "notListed",
        actNumber: "000002",
        changeField: "surname",
        newValue: "Ахметұлы",
        reason: "Court decision",
      },
      ["identity", "certificateToChange", "groundsDocument", "feeReceipt"],
    );
    const tab = await applicant.newPage();
    for (const path of [
      `/cabinet/applications/${submitted.id}`,
      `/cabinet/applications/${submitted.id}/receipt`,
    ]) {
      await tab.goto(`/${locale}${path}`);
      expect(await violations(tab), path).toEqual([]);
    }
    await applicant.close();
    const owner = await browser.newContext();
    await signInByApi(owner.request, demo.ahmetova);
    const ownerTab = await owner.newPage();
    await ownerTab.goto(`/${locale}/cabinet/home-visits/${visit.id}`);
    expect(await violations(ownerTab), "cabinet home visit").toEqual([]);
    await owner.close();
    const clerk = await staffContext(browser, "cr-1-clerk");
    for (const path of ["/office", `/office/requests/${submitted.id}`]) {
      await clerk.page.goto(`/${locale}${path}`);
      await expect(clerk.page.locator("body")).not.toContainText("⟦");
      expect(await violations(clerk.page), path).toEqual([]);
    }
    await clerk.context.close();
    const operator = await staffContext(browser, "sc-1-operator");
    for (const path of ["/office", "/office/home-visits/new", `/office/home-visits/${visit.id}`]) {
      await operator.page.goto(`/${locale}${path}`);
      await expect(operator.page.locator("body")).not.toContainText("⟦");
      expect(await violations(operator.page), path).toEqual([]);
    }
    await operator.context.close();
  });
}

const lowVisionConsolesTitle =
  "the visually impaired mode: no axe violations on the cabinet, the home-visit form, " +
  "the office and operator consoles";
test(lowVisionConsolesTitle, async ({ browser }) => {
  test.setTimeout(240_000);
  const visit = await aVisit(browser);
  const context = await browser.newContext();
  await signInByApi(context.request, demo.ahmetov);
  const page = await context.newPage();
  await page.goto("/kk");
  await page.getByRole("button", { name: "Нашар көретіндерге арналған нұсқа" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-low-vision", "true");
  for (const path of [
    "/kk/cabinet",
    "/kk/cabinet/home-visits/new",
    "/kk/home-visit",
    "/kk/services/birth-registration",
    "/kk/verify",
    "/kk/cabinet/notifications",
  ]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("data-low-vision", "true");
    expect(await violations(page), path).toEqual([]);
  }
  await context.close();
  const operator = await staffContext(browser, "sc-1-operator");
  await operator.page.getByRole("button", { name: "Low-vision version" }).click();
  await expect(operator.page.locator("html")).toHaveAttribute("data-low-vision", "true");
  for (const path of ["/en/office", `/en/office/home-visits/${visit.id}`]) {
    await operator.page.goto(path);
    await expect(operator.page.locator("html")).toHaveAttribute("data-low-vision", "true");
    expect(await violations(operator.page), path).toEqual([]);
  }
  await operator.context.close();
});

// Reflow (WCAG 1.4.10): 640 px is 200 % zoom (320 px, 400 % zoom, is checked by phone.spec.ts).
// Nothing may scroll sideways.
for (const width of [640]) {
  const reflowTitle = `reflow at ${width} px: no page scrolls sideways (kk; low-vision mode too)`;
  test(reflowTitle, async ({ browser }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    await signInByApi(context.request, demo.ahmetov);
    const page = await context.newPage();
    const overflow = () => sideways(page);
    for (const locale of ["kk"]) {
      for (const entry of [...publicPages, ...cabinetPages]) {
        await page.goto(`/${locale}${entry.path}`);
        expect(await overflow(), `${locale}${entry.path}`).toEqual([]);
      }
    }
    // Below the md breakpoint the toggle sits in the header's menu: the mode's cookie is set directly.
    await context.addCookies([{ name: LOW_VISION_COOKIE, value: "1", url: page.url() }]);
    await page.goto("/kk/cabinet/home-visits/new");
    await expect(page.locator("html")).toHaveAttribute("data-low-vision", "true");
    for (const entry of [...publicPages, ...cabinetPages]) {
      await page.goto(`/kk${entry.path}`);
      expect(await overflow(), `low vision kk${entry.path}`).toEqual([]);
    }
    await context.close();
    const operator = await staffContext(browser, "sc-1-operator", { width, height: 800 });
    for (const path of ["/kk/office", "/kk/office/home-visits/new"]) {
      await operator.page.goto(path);
      expect(await sideways(operator.page), path).toEqual([]);
    }
    await operator.context.close();
  });
}
