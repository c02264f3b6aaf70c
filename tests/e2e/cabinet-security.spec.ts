import { expect, test } from "./fixtures";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { postJsonFrom } from "./from-address";
import { demo, registerByApi, signInByApi, smsCodes } from "./support";

test("a key needs the password again and an SMS code; listed with where it was asked; revoke it", async ({
  page,
  context,
}) => {
  // A person of the seed who registers here, so the key's codes go to a phone no other spec uses.
  const person = buildPopulation().people.filter((one) => one.phone && one.birthDate < "2000-01-01")[10]!;
  await registerByApi(context.request, person.iin, "менің кілтім үшін 2026");
  await page.goto("/en/cabinet/keys");
  // A session alone cannot mint a key: the password first (a wrong one sends no code) ...
  await expect(page.getByLabel("Key password")).toHaveCount(0);
  await page.getByLabel("Your portal password").fill("not my password");
  await page.getByRole("button", { name: "Send the code" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "The current password is not correct",
  );
  expect(await smsCodes(context.request, person.phone!, /EDS key is (\d{6})/)).toEqual([]);
  await page.getByLabel("Your portal password").fill("менің кілтім үшін 2026");
  await page.getByRole("button", { name: "Send the code" }).click();
  // ... then the SMS code.
  await expect(page.getByRole("status")).toContainText("We have sent a code to your phone");
  const [code] = await smsCodes(context.request, person.phone!, /EDS key is (\d{6})/);
  await page.getByLabel("SMS code").fill(code!);
  await page.getByLabel("Key password").fill("my-key-pass");
  await page.getByRole("button", { name: "Get the key" }).click();
  const link = page.getByRole("link", { name: /^RSA256_[0-9a-f]+\.p12$/ });
  await expect(link).toBeVisible();
  const serial = (await link.textContent())!.replace("RSA256_", "").replace(".p12", "");
  const download = page.waitForEvent("download");
  await link.click();
  expect((await download).suggestedFilename()).toBe(`RSA256_${serial}.p12`);
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: serial });
  await expect(row).toContainText("Active");
  // Where it was asked for: the coarse client address and the browser family.
  await expect(row).toContainText(/\S+ · Chrome · \w+/);
  await page.goto("/en/cabinet/notifications");
  await expect(page.getByRole("heading", { name: /A new EDS key has been issued/ })).toBeVisible();
  // The owner's SMS goes through the outbox (delivered by the background job).
  await expect
    .poll(
      async () => (await smsCodes(context.request, person.phone!, /(A new EDS key has been issued)/)).length,
    )
    .toBe(1);
  await page.goto("/en/cabinet/keys");
  await page
    .getByRole("row")
    .filter({ hasText: serial })
    .getByRole("button", { name: `Revoke key ${serial}` })
    .click();
  await expect(page.getByRole("status")).toHaveText("The certificate has been revoked.");
  await expect(page.getByRole("row").filter({ hasText: serial })).toContainText("Revoked");
});

test("the idle-timeout warning lets the user stay signed in", async ({ page, context }) => {
  await page.clock.install();
  await signInByApi(context.request, demo.serikov);
  await page.goto("/kk/cabinet");
  await expect(page.getByRole("heading", { level: 1, name: "Жеке кабинет" })).toBeVisible();
  const warning = page.getByRole("dialog", { name: "Сессия аяқталуға жақын" });
  // The timers start once the page has hydrated, which a loaded machine may do after the heading shows:
  // the clock moves a minute at a time until the warning (two minutes before the end) opens.
  await expect(async () => {
    await page.clock.fastForward("01:00");
    await expect(warning).toBeVisible({ timeout: 250 });
  }).toPass({ timeout: 45_000, intervals: [0] });
  await expect(page).toHaveURL(/\/kk\/cabinet$/);
  await expect(warning.getByRole("button", { name: "Жүйеде қалу" })).toBeFocused();
  await warning.getByRole("button", { name: "Жүйеде қалу" }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Жеке кабинет" })).toBeVisible();
});

test("the cabinet needs a session", async ({ page }) => {
  await page.goto("/ru/cabinet");
  await expect(page).toHaveURL(/\/ru\/sign-in\?next=%2Fru%2Fcabinet$/);
});

test("API: sign-in refuses with one generic 401 and the problem in the asked language", async ({
  request,
}) => {
  const response = await request.post("/api/v1/auth/sign-in", {
    data: { iin: demo.ahmetov, password: "wrong" },
    headers: { "accept-language": "ru" },
  });
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  expect(await response.json()).toMatchObject({
    status: 401,
    code: "invalid_credentials",
    title: "Неверный ИИН или пароль",
  });
  const malformed = await request.post("/api/v1/auth/sign-in", {
    data: Buffer.from("{not json"),
    headers: { "content-type": "application/json" },
  });
  expect(malformed.status()).toBe(400);
  const wrongTypes = await request.post("/api/v1/auth/sign-in", {
    data: { iin: 941114310075, password: ["x"] },
  });
  expect(wrongTypes.status()).toBe(422);
  expect((await wrongTypes.json()).errors).toMatchObject({
    iin: expect.any(String),
    password: expect.any(String),
  });
  const crossSite = await request.post("/api/v1/auth/sign-in", {
    data: { iin: demo.ahmetov, password: "x" },
    headers: { origin: "https://evil.example" },
  });
  expect(crossSite.status()).toBe(403);
  const me = await request.get("/api/v1/me");
  expect(me.status()).toBe(401);
});

test("API: the CA chain and the CRL are served, and the CRL is signed by the issuing CA", async ({
  request,
}) => {
  const { x509 } = await import("@/lib/eds/algorithms");
  const { X509Certificate, X509Crl } = x509;
  const chain = await request.get("/api/v1/eds/ca.pem");
  expect(chain.status()).toBe(200);
  const pems =
    (await chain.text()).match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  expect(pems).toHaveLength(2);
  const issuing = new X509Certificate(pems[0]!);
  expect(issuing.subject).toBe("CN=TEST UKO (RSA), C=KZ");
  const crlResponse = await request.get("/api/v1/eds/crl");
  expect(crlResponse.headers()["content-type"]).toBe("application/pkix-crl");
  const crl = new X509Crl(new Uint8Array(await crlResponse.body()));
  expect(crl.issuer).toBe(issuing.subject);
});

test("API: after five failures an IIN waits seconds, never a lock (429 + a short Retry-After)", async () => {
  // From its own address, so the browser tests' 127.0.0.1 keeps its failure budget.
  const iin = buildPopulation().people[20]!.iin;
  const statuses: number[] = [];
  let retryAfter = 0;
  for (let attempt = 1; attempt <= 15 && retryAfter === 0; attempt++) {
    const answer = await postJsonFrom("127.0.0.52", "/api/v1/auth/sign-in", {
      iin,
      password: `w-${attempt}`,
    });
    statuses.push(answer.status);
    if (answer.status === 429) retryAfter = Number(answer.headers["retry-after"]);
  }
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses.at(-1)).toBe(429);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
});
