import type { APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { expect, test } from "./fixtures";
import { demo, signInByApi } from "./support";

/**
 * Property-based: random paths, queries, bodies and headers against every route of app/api/v1, with
 * and without a session, 1,000 runs per route: never a 5xx, and every error answer is problem+json.
 */
const RUNS = Number(process.env.API_FUZZ_RUNS ?? 1000);
type Method = "GET" | "POST" | "PATCH" | "DELETE";
const routes: Array<[Method, string]> = [
  ["GET", "/api/v1/applications"],
  ["POST", "/api/v1/applications"],
  ["GET", "/api/v1/applications/{id}"],
  ["PATCH", "/api/v1/applications/{id}"],
  ["DELETE", "/api/v1/applications/{id}"],
  ["GET", "/api/v1/applications/{id}/receipt"],
  ["GET", "/api/v1/applications/{id}/result"],
  ["GET", "/api/v1/applications/{id}/result/signature"],
  ["GET", "/api/v1/applications/{id}/result/pdf"],
  ["GET", "/api/v1/applications/{id}/signing-payload"],
  ["POST", "/api/v1/applications/{id}/submit"],
  ["POST", "/api/v1/attachments"],
  ["GET", "/api/v1/attachments/{id}"],
  ["DELETE", "/api/v1/attachments/{id}"],
  ["POST", "/api/v1/auth/eds-challenge"],
  ["POST", "/api/v1/auth/eds-sign-in"],
  ["POST", "/api/v1/auth/register"],
  ["POST", "/api/v1/auth/register/confirm"],
  ["POST", "/api/v1/auth/sign-in"],
  ["POST", "/api/v1/auth/sign-out"],
  ["GET", "/api/v1/eds/ca.pem"],
  ["GET", "/api/v1/eds/crl"],
  ["GET", "/api/v1/health"],
  ["GET", "/api/v1/home-visits"],
  ["POST", "/api/v1/home-visits"],
  ["GET", "/api/v1/home-visits/{id}"],
  ["GET", "/api/v1/me"],
  ["GET", "/api/v1/notifications"],
  ["POST", "/api/v1/notifications/{id}/read"],
  ["GET", "/api/v1/office/attachments/{id}"],
  ["GET", "/api/v1/openapi.json"],
  ["GET", "/api/v1/ping"],
  ["GET", "/api/v1/services"],
  ["GET", "/api/v1/services/{id}"],
  ["GET", "/api/v1/services/{id}/result-date"],
  ["GET", "/api/v1/verify/{number}"],
];

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "1e308", "-1", "9999-12-31T00:00:00Z", "0001-01-01T00:00:00Z", "__proto__"),
  fc.constantFrom("00000000-0000-4000-8000-000000000000", "birth-registration", "R-20260101-0000000001"),
);
const json = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom("data", "serviceId", "cms", "iin", "password", "challenge", "code"), text),
  fc.record({ data: fc.dictionary(fc.constantFrom("childSurname", "x", "\u0000"), text) }),
);
const request = fc.record({
  segment: text,
  query: fc.dictionary(fc.constantFrom("page", "pageSize", "submittedAt", "unread", "lang", "x"), text, {
    maxKeys: 3,
  }),
  body: fc.oneof(
    json.map((value) => ({ data: JSON.stringify(value) ?? "null", type: "application/json" })),
    text.map((value) => ({ data: value, type: "text/plain" })),
    text.map((value) => ({ data: `--x\r\n${value}`, type: "multipart/form-data; boundary=x" })),
  ),
  language: fc.constantFrom("en", "ru", "kk", "", "zz", "\u00e9"),
  idempotencyKey: fc.option(fc.string({ maxLength: 120 }).filter((key) => /^[\x20-\x7e]*$/.test(key))),
  withSession: fc.boolean(),
});
type Sample = typeof request extends fc.Arbitrary<infer T> ? T : never;

async function send(
  client: APIRequestContext,
  method: Method,
  route: string,
  sample: Sample,
  origin: string,
) {
  const url = new URL(route.replace(/\{\w+\}/, encodeURIComponent(sample.segment)), origin);
  for (const [key, value] of Object.entries(sample.query)) url.searchParams.set(key, value);
  const headers: Record<string, string> = { origin, "content-type": sample.body.type };
  if (sample.language) headers["accept-language"] = encodeURIComponent(sample.language);
  if (sample.idempotencyKey !== null) headers["idempotency-key"] = sample.idempotencyKey;
  return client.fetch(url.toString(), {
    method,
    headers,
    data: method === "GET" ? undefined : sample.body.data,
    maxRedirects: 0,
  });
}

/** One test per route, so the two workers share them and each failure names its route. */
for (const [method, route] of routes) {
  test(`${method} ${route}: random input never gets a 5xx, errors are problem+json`, async ({
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const anonymous = await playwright.request.newContext({ baseURL });
    const signedIn = await playwright.request.newContext({ baseURL });
    await signInByApi(signedIn, demo.ahmetov);
    const failures: string[] = [];
    const samples = fc.sample(request, { numRuns: RUNS, seed: route.length * 31 + method.length });
    // Signing out with the shared session would end it for the rest of the run.
    const clientFor = (sample: Sample) =>
      sample.withSession && route !== "/api/v1/auth/sign-out" ? signedIn : anonymous;
    for (let index = 0; index < samples.length; index += 16) {
      await Promise.all(
        samples.slice(index, index + 16).map(async (sample) => {
          const answer = await send(clientFor(sample), method, route, sample, baseURL!);
          const type = answer.headers()["content-type"] ?? "";
          if (
            answer.status() >= 500 ||
            (answer.status() >= 400 && !type.includes("application/problem+json"))
          )
            failures.push(`${answer.status()} ${type} ${JSON.stringify(sample)}`);
        }),
      );
    }
    await anonymous.dispose();
    await signedIn.dispose();
    expect(failures.slice(0, 5)).toEqual([]);
  });
}
