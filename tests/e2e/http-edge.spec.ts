import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "./fixtures";
import { demo, signInByApi } from "./support";

const draft = { serviceId: "foster-care", data: { childFullName: "Ахметова Айым" } };

test("every path carries a CSP: pages, paths with a dot, API answers and Next's own files", async ({
  request,
}) => {
  const home = await request.get("/kk");
  expect(home.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  for (const path of [
    "/kk/report.pdf",
    "/ru/index.html",
    "/robots.txt",
    "/api/v1/eds/ca.pem",
    "/api/v1/openapi.json",
    "/api/v1/no-such.json",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  const script = (await home.text()).match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script, "a script of the build").toBeTruthy();
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("a visitor page kept by the server gets a fresh nonce each time, and its scripts still run", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to execute/i.test(message.text())) refused.push(message.text());
  });
  const seen: string[] = [];
  for (let visit = 0; visit < 3; visit++) {
    const response = await page.goto("/kk/services");
    const nonce = response!.headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1] ?? "";
    expect(nonce).not.toBe("");
    seen.push(nonce);
    // Every script of the page carries the header's nonce, and React's inline data was run.
    const nonces = await page.evaluate(() =>
      [...document.querySelectorAll("script")].map((script) => script.nonce),
    );
    expect(nonces.length).toBeGreaterThan(0);
    expect(nonces.every((value) => value === nonce)).toBe(true);
    await expect
      .poll(() => page.evaluate(() => Array.isArray((window as { __next_f?: unknown }).__next_f)))
      .toBe(true);
  }
  expect(new Set(seen).size).toBe(3);
  expect(refused).toEqual([]);
  await context.close();
});

test("personal answers are never stored: the signed-in API and the cabinet say no-store", async ({
  context,
}) => {
  await signInByApi(context.request, demo.ahmetova);
  for (const path of ["/api/v1/applications", "/api/v1/home-visits", "/api/v1/me", "/kk/cabinet"]) {
    const response = await context.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toContain("no-store");
  }
  expect((await context.request.get("/kk")).headers()["strict-transport-security"]).toBeUndefined();
});

test("API state changes need the portal's Origin (never Host or X-Forwarded-Host) and a JSON body", async ({
  playwright,
  baseURL,
}) => {
  const client = await playwright.request.newContext({ baseURL });
  await signInByApi(client, demo.ahmetova);
  const count = async () =>
    ((await (await client.get("/api/v1/applications?pageSize=100")).json()).items as unknown[]).length;
  const before = await count();
  // A client that sends no Origin at all (Node's fetch: Playwright's contexts send the portal's).
  const session = (await client.storageState()).cookies.find((cookie) => cookie.name === "qz_session");
  const bare = (method: string, path: string) =>
    fetch(`${baseURL}${path}`, {
      method,
      headers: { cookie: `qz_session=${session!.value}`, "content-type": "application/json" },
      body: method === "DELETE" ? undefined : JSON.stringify(draft),
    });
  const noOrigin = await bare("POST", "/api/v1/applications");
  expect(noOrigin.status).toBe(403);
  expect(noOrigin.headers.get("content-type")).toContain("application/problem+json");
  const noDelete = await bare("DELETE", "/api/v1/applications/00000000-0000-4000-8000-000000000000");
  expect(noDelete.status).toBe(403);
  const spoofed = await client.post("/api/v1/applications", {
    data: draft,
    headers: { origin: "http://evil.example", "x-forwarded-host": "evil.example" },
  });
  expect(spoofed.status()).toBe(403);
  const textPlain = await client.post("/api/v1/applications", {
    data: JSON.stringify(draft),
    headers: { origin: baseURL!, "content-type": "text/plain;charset=UTF-8", "accept-language": "en" },
  });
  expect(textPlain.status()).toBe(415);
  expect(await textPlain.json()).toMatchObject({
    code: "json_required",
    title: expect.stringContaining("JSON"),
  });
  expect(await count()).toBe(before);

  const same = await client.post("/api/v1/applications", { data: draft, headers: { origin: baseURL! } });
  expect(same.status()).toBe(201);
  expect(await count()).toBe(before + 1);
  // A cross-site text/plain form cannot sign anyone in (login CSRF) either.
  const formSignIn = await client.post("/api/v1/auth/sign-in", {
    data: JSON.stringify({ iin: demo.ahmetova, password: demo.password }),
    headers: { "content-type": "text/plain" },
  });
  expect(formSignIn.status()).toBe(415);
  await client.dispose();
});

test("a cross-site post to a page (a server action) is a 403, whatever X-Forwarded-Host says", async ({
  request,
}) => {
  const response = await request.post("/kk/sign-in", {
    form: { iin: demo.ahmetova, password: "x" },
    headers: {
      origin: "http://evil.example",
      "x-forwarded-host": "evil.example",
      "next-action": "0".repeat(42),
    },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ status: 403, code: "forbidden" });
});

test("an unknown /api path answers a JSON problem 404, not the HTML page", async ({ request }) => {
  for (const [method, path] of [
    ["GET", "/api/v1/no-such-thing"],
    ["GET", "/api"],
    ["POST", "/api/v2/applications"],
    ["DELETE", "/api/v1/applications/x/y/z"],
  ] as const) {
    const response = await request.fetch(path, { method, headers: { "accept-language": "en" } });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect(response.headers()["content-type"], path).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, code: "not_found", title: "Not found" });
  }
});

test("an uploaded PDF/HTML polyglot is stored and served as the PDF it is", async ({ context }) => {
  await signInByApi(context.request, demo.ahmetova);
  const polyglot = Buffer.from(
    "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n",
  );
  const uploaded = await context.request.post("/api/v1/attachments", {
    multipart: {
      file: { name: "poly\u202Eldh.html", mimeType: "text/html", buffer: polyglot },
      documentType: "application",
    },
  });
  expect(uploaded.status()).toBe(201);
  const stored = await uploaded.json();
  expect(stored).toMatchObject({ name: "polyldh.pdf", mediaType: "application/pdf" });
  const download = await context.request.get(`/api/v1/attachments/${stored.id}`);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toBe("attachment; filename*=UTF-8''polyldh.pdf");
});

test.describe("behind https (APP_ORIGIN https://…)", () => {
  const port = 3198;
  let server: ChildProcess;

  test.beforeAll(async () => {
    // The same build, told its public origin is https; no database is needed for the headers.
    server = spawn("./node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
      env: {
        ...process.env,
        APP_ORIGIN: "https://qyzmet.example",
        // A production start needs its HMAC secret.
        APP_SECRET: randomBytes(32).toString("hex"),
        DATABASE_URL: "postgresql://postgres@127.0.0.1:9/qyzmet",
        LOG_LEVEL: "silent",
      },
      stdio: "ignore",
    });
    for (let attempt = 0; attempt < 100; attempt++) {
      const ready = await fetch(`http://127.0.0.1:${port}/api/v1/ping`).then(
        () => true,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error("the https-configured server did not start");
  });

  test.afterAll(() => {
    server?.kill("SIGTERM");
  });

  test("every answer carries Strict-Transport-Security", async ({ request }) => {
    for (const path of ["/kk", "/api/v1/ping", "/api/v1/no-such-thing"]) {
      const response = await request.get(`http://127.0.0.1:${port}${path}`);
      expect(response.headers()["strict-transport-security"], path).toMatch(
        /^max-age=\d+; includeSubDomains$/,
      );
    }
  });
});
