import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { expect, test } from "./fixtures";
import { demo, demoKeyFile, registerByApi, signInByApi, smsCodes } from "./support";

/** Two seeded people no other spec uses: registered here, then signed in through the pages. */
const adults = buildPopulation().people.filter((person) => person.phone && person.birthDate < "2000-01-01");
const returning = adults[16]!;
const wary = adults[17]!;
const password = "менің порталым 2026";

const KAZAKH_MONTHS = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан";

/** A fresh browser with an account for `person` and no session (the registration's stays in another). */
async function registered(browser: Browser, person: { iin: string }): Promise<Page> {
  const registration = await browser.newContext();
  await registerByApi(registration.request, person.iin, password);
  await registration.close();
  return (await browser.newContext()).newPage();
}

/** IIN and password on the sign-in page, then the SMS code step (read from the demo outbox). */
async function signInWithCode(page: Page, person: { iin: string; phone?: string | null }) {
  await page.getByLabel("IIN").fill(person.iin);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enter the sign-in code" })).toBeVisible();
  const [code] = await smsCodes(page.request, person.phone!, /sign-in code is (\d{6})/);
  await page.getByLabel("SMS code").fill(code!);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("favicon, manifest, robots.txt and security.txt are served with their types", async ({
  request,
  page,
}) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);

  const svg = await request.get("/icon.svg");
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(await svg.text()).toContain("<svg");

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toContain("application/manifest+json");
  const app = (await manifest.json()) as { lang: string; short_name: string; name: string; icons: unknown[] };
  expect(app).toMatchObject({ lang: "kk", short_name: "Qyzmet", start_url: "/kk", theme_color: "#0b4f8a" });
  expect(app.name).toContain("АХАЖ");
  expect(app.icons.length).toBeGreaterThanOrEqual(2);
  for (const icon of app.icons as Array<{ src: string }>)
    expect((await request.get(icon.src)).status(), icon.src).toBe(200);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toContain("text/plain");
  const rules = await robots.text();
  for (const line of ["User-agent: *", "Allow: /", "Disallow: /api/"]) expect(rules).toContain(line);
  for (const locale of ["kk", "ru", "en"])
    for (const area of ["cabinet", "office"]) expect(rules).toContain(`Disallow: /${locale}/${area}\n`);

  const security = await request.get("/.well-known/security.txt");
  expect(security.status()).toBe(200);
  expect(security.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const text = await security.text();
  expect(text).toMatch(/^Contact: mailto:security@/m);
  expect(text).toContain("Preferred-Languages: kk, ru, en\n");
  expect(text).toMatch(/^Canonical: http:\/\/127\.0\.0\.1:\d+\/\.well-known\/security\.txt$/m);
  const expires = Date.parse(text.match(/^Expires: (.+)$/m)![1]!);
  expect(expires).toBeGreaterThan(Date.now());
  expect(expires - Date.now()).toBeLessThan(366 * 24 * 3600 * 1000);

  // Every page links them.
  await page.goto("/kk");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", "/icon.svg");
});

test("the footer leads to the accessibility statement and the privacy notice, in each language", async ({
  page,
}) => {
  await page.goto("/kk");
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: "Қолжетімділік туралы мәлімдеме" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Қолжетімділік туралы мәлімдеме" })).toBeVisible();
  await expect(page.getByText(/WCAG 2\.2/).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Белгілі кемшіліктер" })).toBeVisible();
  await expect(page.getByText(new RegExp(`2026 ж\\. 26 (${KAZAKH_MONTHS})`))).toBeVisible();

  await page.goto("/ru");
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: "Уведомление о персональных данных" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Уведомление о персональных данных" }),
  ).toBeVisible();
  await expect(page.getByText(/№ 94-V «О персональных данных и их защите»/)).toBeVisible();
  for (const section of ["Какие данные", "Зачем", "Как долго хранятся", "Ваши права"])
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();

  await page.goto("/en/privacy");
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  await expect(page).toHaveTitle(/^Privacy notice · Qyzmet$/);
});

test("sign-in from a service page returns to the service (password and SMS code)", async ({ browser }) => {
  const page = await registered(browser, returning);
  await page.goto("/en/services/birth-registration");
  await page.getByRole("link", { name: "Sign in to apply" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await signInWithCode(page, returning);
  await expect(page).toHaveURL(/\/en\/services\/birth-registration$/);
  await expect(page.getByRole("heading", { level: 1, name: "Birth registration" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply" })).toBeVisible();
});

test("a page behind sign-in sends there and back", async ({ browser }) => {
  const page = await registered(browser, wary);
  await page.goto("/en/cabinet/home-visits/new?for=other");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fcabinet%2Fhome-visits%2Fnew%3Ffor%3Dother$/);
  // Another site as the return path: no hidden field, and the cabinet after signing in.
  for (const evil of ["//evil.example", "/\\evil", "https://evil.example/en", "javascript:alert(1)"]) {
    await page.goto(`/en/sign-in?next=${encodeURIComponent(evil)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.locator('input[name="next"]')).toHaveCount(0);
  }
  await page.goto(`/en/sign-in?next=${encodeURIComponent("//evil.example")}`);
  await signInWithCode(page, wary);
  await expect(page).toHaveURL(/\/en\/cabinet$/);
  await expect(page.getByRole("heading", { level: 1, name: "Personal cabinet" })).toBeVisible();
  // The empty cabinet leads to the services.
  await expect(page.getByText("No requests yet.")).toBeVisible();
  await page.getByRole("link", { name: "Go to the list of services and choose one" }).click();
  await expect(page).toHaveURL(/\/en\/services$/);
  // Signed in, a sign-in link with a return path goes straight there.
  await page.goto(`/en/sign-in?next=${encodeURIComponent("/en/cabinet/home-visits/new?for=other")}`);
  await expect(page).toHaveURL(/\/en\/cabinet\/home-visits\/new\?for=other$/);
});

test("EDS sign-in from a service page: the dialog writes Kazakh dates, then back to the service", async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/kk/services/birth-registration");
  await page.getByRole("link", { name: "Өтініш беру үшін кіріңіз" }).click();
  await page.getByRole("link", { name: "ЭЦҚ арқылы кіру" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ЭЦҚ арқылы кіру" })).toBeVisible();
  await page.getByRole("button", { name: "ЭЦҚ арқылы кіру" }).click();
  const dialog = page.getByRole("dialog", { name: "ЭЦҚ арқылы кіру" });
  await dialog.getByLabel("Кілт файлы (.p12)").setInputFiles(demoKeyFile(demo.ahmetova, "auth"));
  await dialog.getByLabel("Кілт құпиясөзі").fill(demo.keyPassword);
  await dialog.getByRole("button", { name: "Кілтті ашу" }).click();
  // The page's language and Almaty time, not the browser's ("2026 M11 26" before).
  const day = `\\d{4} ж\\. \\d{1,2} (${KAZAKH_MONTHS})`;
  await expect(dialog.getByRole("definition").filter({ hasText: /ж\./ })).toHaveText(
    new RegExp(`^${day} – ${day}$`),
  );
  await dialog.getByRole("button", { name: "Қол қою" }).click();
  await expect(page).toHaveURL(/\/kk\/services\/birth-registration$/);
  await expect(page.getByRole("button", { name: "Өтініш беру" })).toBeVisible();
});

test("the staff console shows no citizen links; cancelling a visit needs its confirmation", async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/en/office/sign-in");
  await page.getByLabel("Login").fill("sc-1-operator");
  await page.getByLabel("Password").fill("qyzmet-staff-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Home-visit requests" })).toBeVisible();
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Sign in", exact: true })).toHaveCount(0);
  await expect(banner.getByRole("link", { name: "Register", exact: true })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toHaveCount(0);
  // (The brand link, "Qyzmet Public services (home page)", stays.)
  await expect(banner.getByRole("link", { name: "Services", exact: true })).toHaveCount(0);
  // The citizen's pages keep theirs.
  await page.goto("/en/services");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Services", exact: true })).toBeVisible();

  await page.goto("/en/office");
  await page.getByRole("link", { name: "Enter a request from a call" }).click();
  await page.getByLabel("The applicant's IIN").fill(demo.ahmetova);
  await page.getByLabel("Service").selectOption("record-correction");
  await page.getByLabel("Address").fill("Орал қ., Достық даңғылы, 3");
  await page.getByLabel("Contact phone").fill("+77017650000");
  await page.getByLabel("Day 1").selectOption({ index: 1 });
  await page.getByLabel("Time 1").selectOption("11:00-13:00");
  await page.getByLabel("Disability group I", { exact: true }).check();
  await page.getByRole("button", { name: "Register the request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Home visit HV-/ })).toBeVisible();

  const cancel = page.getByRole("button", { name: "Cancel the visit" });
  // A secondary button: outlined, not the filled main action.
  await expect(cancel).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await page.getByLabel("Reason for cancelling").fill("The applicant asked to cancel by phone");
  await cancel.click();
  const confirm = page.getByLabel("I confirm this action: it cannot be undone");
  await expect(page.getByRole("alert").getByRole("link", { name: /Tick the box to confirm/ })).toBeVisible();
  await expect(confirm).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("status")).toHaveCount(0);
  await confirm.check();
  await cancel.click();
  await expect(page.getByRole("status")).toHaveText("Cancelled; the applicant has been told.");
  await expect(page.getByRole("button", { name: "Cancel the visit" })).toHaveCount(0);
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
});

test("the visually impaired mode: text size and colours by a plain form post; axe passes in each", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(360_000);
  // Without JavaScript: the toggle and the settings are plain form posts.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto("/en");
  await page.getByRole("button", { name: "Low-vision version" }).click();
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-low-vision", "true");
  await expect(page.getByRole("button", { name: "Low-vision version" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Normal version" })).toBeVisible();
  await page.getByText("Text size and colours").filter({ visible: true }).click();
  await expect(
    page.getByRole("group", { name: "Text size" }).getByLabel("Large", { exact: true }),
  ).toBeChecked();
  await expect(page.getByRole("group", { name: "Colours" }).getByLabel("Black on white")).toBeChecked();
  await page.getByRole("group", { name: "Text size" }).getByLabel("Largest").check();
  await page.getByRole("group", { name: "Colours" }).getByLabel("White on black").check();
  await page.getByRole("button", { name: "Save the settings" }).click();
  await expect(html).toHaveAttribute("data-text-size", "3");
  await expect(html).toHaveAttribute("data-scheme", "wb");
  await expect(page.locator("body")).toHaveCSS("background-color", "rgb(0, 0, 0)");
  await expect(page.locator("body")).toHaveCSS("color", "rgb(255, 255, 255)");
  // 175 % of the browser's 16 px.
  await expect(html).toHaveCSS("font-size", "28px");
  // Kept across pages and languages; "Normal version" turns the mode (and its settings) off.
  await page.goto("/ru/services");
  await expect(html).toHaveAttribute("data-scheme", "wb");
  await page.getByRole("button", { name: "Обычная версия" }).click();
  await expect(html).not.toHaveAttribute("data-low-vision", "true");
  await expect(html).not.toHaveAttribute("data-scheme", /.*/);
  await noScript.close();

  const checked = ["", "/services", "/services/birth-registration", "/sign-in", "/verify", "/accessibility"];
  for (const scheme of ["bw", "wb", "blue"]) {
    const context = await browser.newContext();
    await context.addCookies(
      [
        ["low_vision", "1"],
        ["low_vision_size", scheme === "bw" ? "2" : "3"],
        ["low_vision_scheme", scheme],
      ].map(([name, value]) => ({ name: name!, value: value!, url: baseURL! })),
    );
    await signInByApi(context.request, demo.ahmetov);
    const tab = await context.newPage();
    for (const path of [...checked, "/cabinet", "/cabinet/home-visits/new", "/cabinet/security"]) {
      await tab.goto(`/kk${path}`);
      await expect(tab.locator("html")).toHaveAttribute("data-scheme", scheme);
      // The settings open, so their controls are checked too.
      await tab.getByText("Мәтін өлшемі мен түстер").filter({ visible: true }).click();
      const results = await new AxeBuilder({ page: tab })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(
        results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        ),
        `${scheme} /kk${path}`,
      ).toEqual([]);
    }
    await context.close();
  }
});
