import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { actionIds, postAction, UNKNOWN as unknownId } from "./server-action-support";
import { demo, signInByApi } from "./support";

/** One test per cause of the 5xx answers found from outside (issue, finding 8): each is a 4xx now. */
const ids = actionIds();

async function newDraft(request: APIRequestContext): Promise<string> {
  const created = await request.post("/api/v1/applications", { data: { serviceId: "birth-registration" } });
  expect(created.status()).toBe(201);
  return (await created.json()).id;
}

async function staffSignIn(page: Page, login: string) {
  await page.goto("/en/office/sign-in");
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill("qyzmet-staff-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Work queue" })).toBeVisible();
}

test("?page=1e308 shows the first page of the cabinet and the office queue; the API answers 422", async ({
  page,
  browser,
}) => {
  await signInByApi(page.request, demo.ahmetova);
  const cabinet = await page.goto("/en/cabinet?page=1e308");
  expect(cabinet?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const api = await page.request.get("/api/v1/applications?page=1e308", {
    headers: { "accept-language": "en" },
  });
  expect(api.status()).toBe(422);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  expect((await api.json()).errors.page).toBe("The page number must be a whole number from 1 to 10,000");

  const office = await browser.newPage();
  await staffSignIn(office, "cr-2-clerk");
  for (const bad of ["1e308", "-1", "NaN", "99999999999999999999"]) {
    const queue = await office.goto(`/en/office?page=${bad}`);
    expect(queue?.status(), bad).toBe(200);
  }
  await office.close();
});

test("NUL in a PATCH value is a 422 with a translated field message, nothing reaches SQL", async ({
  request,
}) => {
  await signInByApi(request, demo.ahmetova);
  const id = await newDraft(request);
  for (const value of ["Ай\u0000ша", "\u0007", "\ud800"]) {
    const patched = await request.patch(`/api/v1/applications/${id}`, {
      data: { data: { childGivenName: value } },
      headers: { "accept-language": "en" },
    });
    expect(patched.status(), JSON.stringify(value)).toBe(422);
    expect(patched.headers()["content-type"]).toContain("application/problem+json");
    expect((await patched.json()).errors.data).toBe(
      "Remove the control characters from the text (they cannot be saved)",
    );
  }
  expect((await request.delete(`/api/v1/applications/${id}`)).status()).toBe(204);
});

test("NUL in a form field is a field error on the page, not a 500", async ({ page }) => {
  await signInByApi(page.request, demo.ahmetova);
  const id = await newDraft(page.request);
  await page.goto(`/en/cabinet/applications/${id}/step/child`);
  const surname = page.getByLabel("Child's surname");
  await surname.evaluate((input, value) => {
    if (input instanceof HTMLInputElement) input.value = value;
  }, "Ахмет\u0000ов");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByText("Remove the control characters from the text (they cannot be saved)").first(),
  ).toBeVisible();
  expect((await page.request.delete(`/api/v1/applications/${id}`)).status()).toBe(204);
});

test("a result date asked for year 9999 or 0001 is a 422 with a translated message", async ({ request }) => {
  for (const submittedAt of ["9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z"]) {
    const answer = await request.get(
      `/api/v1/services/birth-registration/result-date?submittedAt=${encodeURIComponent(submittedAt)}`,
      { headers: { "accept-language": "en" } },
    );
    expect(answer.status(), submittedAt).toBe(422);
    expect(answer.headers()["content-type"]).toContain("application/problem+json");
    expect((await answer.json()).errors.submittedAt).toBe(
      "Give a time in the years covered by the working-day calendar",
    );
  }
});

test("server actions with unknown or foreign ids answer 404, never 500", async ({
  page,
  browser,
  baseURL,
}) => {
  const origin = baseURL!;
  await signInByApi(page.request, demo.ahmetova);
  const start = await postAction(page.request, {
    action: ids.startApplicationAction!,
    origin,
    multipart: { "0": '["$K1"]', "1_serviceId": "no-such-service" },
  });
  expect(start.status()).toBe(404);
  for (const applicationId of [unknownId, "not-an-id", "x\u0000"]) {
    const save = await postAction(page.request, {
      action: ids.saveStepAction!,
      origin,
      multipart: { "0": JSON.stringify([applicationId, "child", {}, "$K1"]), "1_childSurname": "A" },
    });
    expect(save.status(), applicationId).toBe(404);
    const payload = await postAction(page.request, {
      action: ids.signingPayloadAction!,
      origin,
      body: JSON.stringify([applicationId]),
    });
    expect(payload.status(), applicationId).toBe(404);
  }
  // Another person's draft is as unknown as no draft at all.
  await signInByApi(page.request, demo.serikov);
  const foreign = await newDraft(page.request);
  await signInByApi(page.request, demo.ahmetova);
  const saveForeign = await postAction(page.request, {
    action: ids.saveStepAction!,
    origin,
    multipart: { "0": JSON.stringify([foreign, "child", {}, "$K1"]), "1_childSurname": "A" },
  });
  expect(saveForeign.status()).toBe(404);

  const head = await browser.newPage();
  await staffSignIn(head, "cr-1-head");
  for (const applicationId of [unknownId, foreign, "garbage"]) {
    const result = await postAction(head.request, {
      action: ids.resultPayloadAction!,
      origin,
      body: JSON.stringify([applicationId]),
    });
    expect(result.status(), applicationId).toBe(404);
  }
  const act = await postAction(head.request, {
    action: ids.staffActAction!,
    origin,
    multipart: { "0": JSON.stringify([unknownId, "toString", {}, "$K1"]), "1_reason": "x" },
  });
  expect(act.status()).toBe(404);
  await head.close();
});

test("a server action from another origin is a 403, a garbage action body a 400", async ({
  request,
  baseURL,
}) => {
  for (const origin of ["https://evil.example", "null"]) {
    const answer = await postAction(request, { action: ids.signInAction!, origin, body: '[{},"$K1"]' });
    expect(answer.status(), origin).toBe(403);
    expect(answer.headers()["content-type"]).toContain("application/problem+json");
  }
  const htmlForm = await request.post("/en/sign-in", {
    headers: { origin: "https://evil.example" },
    multipart: { [`$ACTION_ID_${ids.signOutAction!.id}`]: "" },
    maxRedirects: 0,
  });
  expect(htmlForm.status()).toBe(403);
  for (const body of ["garbage", "{}", '["$Q1"]', '["$T"]', '["$S"]', "\u0000"]) {
    const answer = await postAction(request, { action: ids.signInAction!, origin: baseURL!, body });
    expect(answer.status(), JSON.stringify(body)).toBe(400);
    expect((await answer.json()).code).toBe("bad_request");
  }
});
