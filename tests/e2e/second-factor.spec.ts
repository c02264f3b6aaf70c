import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { registerByApi, smsCodes } from "./support";

/**
 * Seeded adults used only here (identity.spec registers the 7th, cabinet-security locks people[20]).
 * Each gets at most three codes (registration included), within the limit of codes per phone and hour;
 * the forged device cookie is tried through the API.
 */
const adults = buildPopulation().people.filter((person) => person.phone && person.birthDate < "2000-01-01");
const PASSWORD = "екі фактормен кіру 2026";

async function signInWithPassword(page: Page, iin: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel("IIN").fill(iin);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("sign-in asks for the SMS code; a remembered device skips it until it is forgotten", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const person = adults[8]!;
  const registrar = await playwright.request.newContext({ baseURL });
  await registerByApi(registrar, person.iin, PASSWORD);
  await registrar.dispose();

  await signInWithPassword(page, person.iin);
  await expect(page.getByRole("heading", { level: 1, name: "Enter the sign-in code" })).toBeVisible();
  // The right password alone opens no session.
  expect((await context.request.get("/api/v1/me")).status()).toBe(401);
  const [code] = await smsCodes(context.request, person.phone!, /sign-in code is (\d{6})/);
  await page.getByLabel("SMS code").fill(code!);
  await page.getByLabel("Do not ask for a code on this device for 30 days").check();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Personal cabinet" })).toBeVisible();
  const device = (await context.cookies()).find((cookie) => cookie.name === "qz_device");
  expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // Remembered: the password is enough on this device, and no new SMS is sent.
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await signInWithPassword(page, person.iin);
  await expect(page.getByRole("heading", { level: 1, name: "Personal cabinet" })).toBeVisible();
  expect(await smsCodes(context.request, person.phone!, /sign-in code is (\d{6})/)).toHaveLength(1);

  // The cabinet lists the device and forgets it; then the code is asked again.
  await page.goto("/en/cabinet/security");
  const row = page.getByRole("row").filter({ hasText: /Chrome/ });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: /^Forget: Chrome/ }).click();
  await expect(page.getByRole("status")).toHaveText(
    "The device has been forgotten: the next sign-in there will ask for a code.",
  );
  await expect(page.getByText("No remembered devices.")).toBeVisible();
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await signInWithPassword(page, person.iin);
  await expect(page.getByRole("heading", { level: 1, name: "Enter the sign-in code" })).toBeVisible();
});

test("API: the password gives 202 and no session; the code opens it; a forged device cookie fails", async ({
  playwright,
  baseURL,
}) => {
  const person = adults[9]!;
  const registrar = await playwright.request.newContext({ baseURL });
  await registerByApi(registrar, person.iin, PASSWORD);
  await registrar.dispose();

  const api = await playwright.request.newContext({ baseURL });
  const headers = { "accept-language": "en" };
  const started = await api.post("/api/v1/auth/sign-in", {
    data: { iin: person.iin, password: PASSWORD },
    headers,
  });
  expect(started.status()).toBe(202);
  const { confirmationId } = await started.json();
  const setCookies = started.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
  expect(setCookies.filter((header) => header.value.startsWith("qz_session="))).toEqual([]);
  expect((await api.get("/api/v1/me")).status()).toBe(401);

  const [code] = await smsCodes(api, person.phone!, /sign-in code is (\d{6})/);
  const wrong = await api.post("/api/v1/auth/sign-in/confirm", {
    data: { confirmationId, code: code === "000000" ? "111111" : "000000" },
    headers,
  });
  expect(wrong.status()).toBe(422);
  expect((await wrong.json()).errors).toEqual({ code: "The code is not correct. Check it and try again" });
  expect((await api.get("/api/v1/me")).status()).toBe(401);

  const confirmed = await api.post("/api/v1/auth/sign-in/confirm", {
    data: { confirmationId, code, remember: true },
    headers,
  });
  expect(confirmed.status()).toBe(200);
  expect(await confirmed.json()).toMatchObject({ user: { iin: person.iin } });
  expect((await api.get("/api/v1/me")).status()).toBe(200);
  const deviceHeader = confirmed
    .headersArray()
    .find((header) => header.name.toLowerCase() === "set-cookie" && header.value.startsWith("qz_device="));
  expect(deviceHeader?.value).toMatch(/HttpOnly/i);
  const device = deviceHeader!.value.split(";")[0]!;
  await api.dispose();

  const fresh = await playwright.request.newContext({ baseURL });
  const forged = await fresh.post("/api/v1/auth/sign-in", {
    data: { iin: person.iin, password: PASSWORD },
    headers: { cookie: `${device.slice(0, -3)}abc` },
  });
  expect(forged.status()).toBe(202);
  const genuine = await fresh.post("/api/v1/auth/sign-in", {
    data: { iin: person.iin, password: PASSWORD },
    headers: { cookie: device },
  });
  expect(genuine.status()).toBe(200);
  expect((await fresh.get("/api/v1/me")).status()).toBe(200);
  await fresh.dispose();
});
