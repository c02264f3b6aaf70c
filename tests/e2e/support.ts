import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";

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

/** Signs in through the API; the browser context shares the session cookie. */
export async function signInByApi(request: APIRequestContext, iin: string, password = demo.password) {
  const response = await request.post("/api/v1/auth/sign-in", { data: { iin, password } });
  expect(response.status()).toBe(200);
}

/** A seeded head's staff SIGN key (written at seed time to demo-keys/staff/<login>/). */
export function staffKeyFile(login: string): string {
  const folder = path.resolve(".data/e2e/demo-keys/staff", login);
  const name = fs.readdirSync(folder).find((file) => file.startsWith("RSA256_"));
  if (!name) throw new Error(`no key for ${login}`);
  return path.join(folder, name);
}
