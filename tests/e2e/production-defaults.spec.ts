import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { productionStaffFile, productionURL } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { demo } from "./support";

/**
 * Against the second e2e server, started as the README's deployment: `next start` (production) without
 * DEMO_MODE, its first staff account made by `npm run staff -- add` before the start.
 */
// The browser's Origin is this server's (the config's extra Origin header names the main server).
test.use({ baseURL: productionURL, extraHTTPHeaders: { origin: productionURL } });

const json = { Origin: productionURL, "Content-Type": "application/json" };
const bannerNames = { kk: "Демо нұсқа", ru: "Демоверсия", en: "Demo version" } as const;
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

const takeoverTitle =
  "production start: a code sent to another person's phone cannot be read anywhere " +
  "(no demo SMS page, no demo link), so no account is taken over or made in their name";
test(takeoverTitle, async ({ page, request }) => {
  // A person of the state database with a phone and no account: the attacker starts a registration in
  // their name, then a password reset, and looks for the codes where the demo showed them.
  const victim = buildPopulation().people.find(
    (person) => person.phone && person.birthDate < "2000-01-01" && !Object.values(demo).includes(person.iin),
  )!;
  const registration = await request.post("/api/v1/auth/register", {
    headers: json,
    data: { iin: victim.iin, phone: victim.phone, password: "a long enough password 1" },
  });
  expect(registration.status()).toBe(202);
  await page.goto("/en/reset-password");
  await page.getByLabel("IIN", { exact: true }).fill(victim.iin);
  await page.getByLabel("Mobile phone").fill(victim.phone!);
  await page.getByRole("button", { name: "Send the code" }).click();
  await expect(page).toHaveURL(/\/en\/reset-password\/confirm\?id=/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Demo: see the SMS messages" })).toHaveCount(0);
  for (const locale of ["kk", "ru", "en"]) {
    const outbox = await request.get(`/${locale}/demo/sms`);
    expect(outbox.status(), `/${locale}/demo/sms`).toBe(404);
    expect(await outbox.text()).not.toContain(victim.phone!);
  }
});

const seedTitle =
  "production start: no demo accounts, passwords or key files; no staff account but the operator's; " +
  "no demo banner";
test(seedTitle, async ({ page, request }) => {
  for (const iin of [demo.ahmetov, demo.serikov]) {
    const response = await request.post("/api/v1/auth/sign-in", {
      headers: json,
      data: { iin, password: demo.password },
    });
    expect(response.status(), iin).toBe(401);
  }
  expect(fs.existsSync(path.resolve(".data/e2e-production/demo-keys"))).toBe(false);
  for (const login of ["cr-1-clerk", "cr-1-head", "sc-1-operator"]) {
    await page.goto("/en/office/sign-in");
    await page.getByLabel("Login").fill(login);
    await page.getByLabel("Password").fill("qyzmet-staff-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").getByText("The IIN or password is not correct")).toBeVisible();
  }
  for (const locale of ["kk", "ru", "en"] as const) {
    await page.goto(`/${locale}`);
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("region", { name: bannerNames[locale] })).toHaveCount(0);
  }
});

const firstStaffTitle =
  "the first staff account from `npm run staff -- add`: its one-time password opens only the " +
  "'set your password' page; then the office works and notices come only from the fixed set";
test(firstStaffTitle, async ({ page }) => {
  const printed = fs.readFileSync(path.resolve(productionStaffFile), "utf8");
  expect(printed).toContain("created first-clerk");
  const oneTime = /one-time password: (\S+)/.exec(printed)![1]!;
  const signIn = async (password: string) => {
    await page.goto("/en/office/sign-in");
    await page.getByLabel("Login").fill("first-clerk");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  await signIn(oneTime);
  const forced = page.getByRole("heading", { level: 1, name: "Set your own password" });
  await expect(forced).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations).toEqual([]);
  // Nothing else in the office opens before the password is changed.
  for (const address of ["/en/office", "/en/office?page=2", "/en/office/home-visits/new"]) {
    await page.goto(address);
    await expect(forced).toBeVisible();
  }
  await page.getByLabel("Current password").fill(oneTime);
  await page.getByLabel("New password").fill(oneTime);
  await page.getByRole("button", { name: "Save the password" }).click();
  await expect(
    page.getByRole("alert").getByText("The new password must differ from the current one"),
  ).toBeVisible();
  await page.getByLabel("Current password").fill(oneTime);
  await page.getByLabel("New password").fill("qyzmet-staff-2026");
  await page.getByRole("button", { name: "Save the password" }).click();
  await expect(page.getByRole("alert").getByText("This password is too common")).toBeVisible();
  await page.getByLabel("Current password").fill(oneTime);
  await page.getByLabel("New password").fill("clerk's own long passphrase");
  await page.getByRole("button", { name: "Save the password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Work queue" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Password changed.");

  // Office notices: a key of the fixed set is shown translated; any other text in the URL is not.
  const planted = "Your account is blocked: call +7 700 000 0000";
  await page.goto(`/en/office?done=${encodeURIComponent(planted)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Work queue" })).toBeVisible();
  await expect(page.getByText(planted)).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveCount(0);
  await page.goto("/ru/office?done=register");
  await expect(page.getByRole("status")).toHaveText("Зарегистрировано.");

  await page.getByRole("button", { name: "Выйти" }).click();
  await signIn(oneTime);
  await expect(page.getByRole("alert").getByText("The IIN or password is not correct")).toBeVisible();
  await signIn("clerk's own long passphrase");
  await expect(page.getByRole("heading", { level: 1, name: "Work queue" })).toBeVisible();
});

test("production start: the benchmarks' bare floor (BENCH_FLOOR=1 only) answers 404, with a CSP", async ({
  request,
}) => {
  for (const path of ["/bench-floor", "/bench-floor/json"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(await response.text(), path).not.toContain("alive");
  }
});
