import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { buildPopulation } from "@/lib/registries/synthetic/population";

/**
 * Demo applicants seeded with accounts and key files (see README). identity.spec delays Smirnov's
 * sign-in with wrong passwords on purpose, while other specs run: no other spec may sign in as him.
 */
export const demo = {
  password: "qyzmet-demo-2026",
  keyPassword: "demo-key-2026",
  ahmetov: "941114310075",
  ahmetova: "890214410141",
  serikov: "800410310281",
  smirnov: "830905310565",
};

/** The e2e server's data folder (playwright.config.ts starts it with DATA_DIR=.data/e2e). */
export function demoKeyFile(iin: string, kind: "sign" | "auth"): string {
  const folder = path.resolve(".data/e2e/demo-keys", iin);
  const name = fs
    .readdirSync(folder)
    .find((file) => (kind === "auth" ? file.startsWith("AUTH_") : file.startsWith("RSA256_")));
  if (!name) throw new Error(`no ${kind} key for ${iin}`);
  return path.join(folder, name);
}

/**
 * The sign-in code for a phone, read where a person in the demo reads it: the demo SMS outbox page
 * (the e2e server runs with DEMO_MODE=true). Newest first.
 */
export async function smsCodes(request: APIRequestContext, phone: string, text: RegExp): Promise<string[]> {
  const page = await request.get("/en/demo/sms");
  expect(page.status()).toBe(200);
  // The table's rows only (the page's script payload repeats the text).
  const rows = ((await page.text()).match(/<tr[\s\S]*?<\/tr>/g) ?? []).filter((row) => row.includes(phone));
  return rows.flatMap((row) => row.match(text)?.slice(1, 2) ?? []);
}

const deviceFile = (iin: string) => path.resolve(".data/e2e/remembered-devices", iin);
const DEVICE_COOKIE = "qz_device";

/**
 * Signs in through the API with the second factor, as a person would: IIN and password, then the code
 * from the SMS. The first sign-in of each person in a run ticks "remember this device" and keeps the
 * device cookie (in the run's data folder, shared by the workers), so later sign-ins skip the code and
 * send no SMS. The browser context shares the session cookie.
 */
export async function signInByApi(request: APIRequestContext, iin: string, password = demo.password) {
  const remembered = fs.existsSync(deviceFile(iin)) ? fs.readFileSync(deviceFile(iin), "utf8") : "";
  const headers = { "accept-language": "en" };
  const first = await request.post("/api/v1/auth/sign-in", {
    data: { iin, password },
    headers: remembered ? { ...headers, cookie: `${DEVICE_COOKIE}=${remembered}` } : headers,
  });
  if (first.status() === 200) return;
  expect(first.status()).toBe(202);
  const { confirmationId } = (await first.json()) as { confirmationId: string };
  const phone = personPhone(iin);
  // Two workers may sign the same person in at once: try the newest codes for the phone in turn.
  for (const code of await smsCodes(request, phone, /sign-in code is (\d{6})/)) {
    const confirm = await request.post("/api/v1/auth/sign-in/confirm", {
      data: { confirmationId, code, remember: true },
      headers,
    });
    if (confirm.status() !== 200) continue;
    const setCookie = confirm
      .headersArray()
      .find(
        (header) =>
          header.name.toLowerCase() === "set-cookie" && header.value.startsWith(`${DEVICE_COOKIE}=`),
      );
    const value = setCookie?.value.split(";")[0]!.slice(DEVICE_COOKIE.length + 1);
    if (value) {
      fs.mkdirSync(path.dirname(deviceFile(iin)), { recursive: true });
      const temporary = `${deviceFile(iin)}.${process.pid}`;
      fs.writeFileSync(temporary, value);
      fs.renameSync(temporary, deviceFile(iin));
    }
    return;
  }
  throw new Error("no sign-in code in the demo SMS outbox");
}

/** Registers a person of the seed through the API (the code from the demo outbox); the session stays. */
export async function registerByApi(request: APIRequestContext, iin: string, password: string) {
  const headers = { "accept-language": "en" };
  const phone = personPhone(iin);
  const started = await request.post("/api/v1/auth/register", { data: { iin, phone, password }, headers });
  expect(started.status()).toBe(202);
  const { confirmationId } = (await started.json()) as { confirmationId: string };
  const [code] = await smsCodes(request, phone, /registration code is (\d{6})/);
  const confirmed = await request.post("/api/v1/auth/register/confirm", {
    data: { confirmationId, code },
    headers,
  });
  expect(confirmed.status()).toBe(201);
}

/** The phone the state database holds for a person of the seed. */
export function personPhone(iin: string): string {
  const phone = buildPopulation().people.find((person) => person.iin === iin)?.phone;
  if (!phone) throw new Error("no phone in the seed");
  return phone;
}

/** A seeded head's staff SIGN key (written at seed time to demo-keys/staff/<login>/). */
export function staffKeyFile(login: string): string {
  const folder = path.resolve(".data/e2e/demo-keys/staff", login);
  const name = fs.readdirSync(folder).find((file) => file.startsWith("RSA256_"));
  if (!name) throw new Error(`no key for ${login}`);
  return path.join(folder, name);
}

/** Signs a seeded demo staff member in on this page (the office's sign-in form, in English). */
export async function staffSignIn(page: Page, login: string, password = "qyzmet-staff-2026") {
  await page.goto("/en/office/sign-in");
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}
