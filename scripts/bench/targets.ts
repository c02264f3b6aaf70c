/**
 * The sessions and targets `npm run bench` and `npm run bench:profile` measure: an applicant (cabinet,
 * the API list, a form step), a remembered device (sign-in/s), a second applicant for the submissions,
 * and a clerk (the office queue, signed in through the office form).
 */
import { chromium } from "@playwright/test";
import { DEMO_PASSWORD, demoApplicantIins } from "../../lib/seed/seed-demo-accounts";
import type { Target } from "./load";
import { signInWithCode } from "./sign-in-with-code";

export async function prepareTargets(base: string) {
  const origin = new URL(base).origin;
  const iins = demoApplicantIins();
  const applicant = await signInWithCode(base, iins[0]!, DEMO_PASSWORD, { remember: true });
  const submitting = await signInWithCode(base, iins[2]!, DEMO_PASSWORD);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const page = await browser.newPage({ baseURL: base });
  await page.goto("/en/office/sign-in");
  await page.getByLabel("Login").fill("cr-1-clerk");
  await page.getByLabel("Password").fill("qyzmet-staff-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.includes("sign-in"));
  const staff = (await page.context().cookies()).find((cookie) => cookie.name === "qz_staff");
  await browser.close();
  if (!staff) throw new Error("the clerk's sign-in gave no session");
  const clerk = `qz_staff=${staff.value}`;

  const draft = await fetch(`${base}/api/v1/applications`, {
    method: "POST",
    headers: { cookie: applicant.session, origin, "content-type": "application/json" },
    body: JSON.stringify({ serviceId: "birth-registration", data: {} }),
  });
  if (draft.status !== 201) throw new Error(`the form step's draft answered ${draft.status}`);
  const { id: draftId } = (await draft.json()) as { id: string };

  const signedIn = { cookie: applicant.session };
  const targets: Target[] = [
    { label: "floor: bare JSON route", path: "/bench-floor/json" },
    { label: "floor: bare dynamic page", path: "/bench-floor" },
    { label: "GET /api/v1/ping", path: "/api/v1/ping", floor: "json" },
    { label: "GET /api/v1/services", path: "/api/v1/services", floor: "json" },
    { label: "GET result-date", path: "/api/v1/services/birth-registration/result-date", floor: "json" },
    {
      label: "GET /api/v1/applications (signed in)",
      path: "/api/v1/applications",
      floor: "json",
      headers: signedIn,
    },
    { label: "/kk", path: "/kk", floor: "page" },
    { label: "/kk/services", path: "/kk/services", floor: "page" },
    { label: "service page", path: "/kk/services/birth-registration", floor: "page" },
    { label: "/kk/cabinet", path: "/kk/cabinet", floor: "page", headers: signedIn },
    {
      label: "a form step",
      path: `/kk/cabinet/applications/${draftId}/step/child`,
      floor: "page",
      headers: signedIn,
    },
    { label: "/kk/office (clerk's queue)", path: "/kk/office", floor: "page", headers: { cookie: clerk } },
  ];
  const signIn: Target = {
    label: "sign-in/s (remembered device)",
    path: "/api/v1/auth/sign-in",
    floor: "json",
    method: "POST",
    headers: { "content-type": "application/json", origin, cookie: applicant.device },
    body: JSON.stringify({ iin: iins[0], password: DEMO_PASSWORD }),
  };
  return { targets, signIn, applicant, submitting, iins };
}
