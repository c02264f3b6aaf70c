import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "./fixtures";

test("health answers 200 when the database is up", async ({ request }) => {
  const response = await request.get("/api/v1/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test.describe("with the database unreachable", () => {
  const port = 3199;
  let server: ChildProcess;

  test.beforeAll(async () => {
    // The same build, pointed at a PostgreSQL address where nothing listens.
    server = spawn("./node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
      env: {
        ...process.env,
        DATABASE_URL: "postgresql://postgres@127.0.0.1:9/qyzmet",
        LOG_LEVEL: "silent",
        // A production start needs its HMAC secret.
        APP_SECRET: randomBytes(32).toString("hex"),
      },
      stdio: "ignore",
    });
    for (let attempt = 0; attempt < 100; attempt++) {
      const ready = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then(
        () => true,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error("server with an unreachable database did not start");
  });

  test.afterAll(() => {
    server?.kill("SIGTERM");
  });

  test("health answers 503 and the pages still render", async ({ request }) => {
    const response = await request.get(`http://127.0.0.1:${port}/api/v1/health`);
    expect(response.status()).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "unreachable" });
    const home = await request.get(`http://127.0.0.1:${port}/kk`);
    expect(home.status()).toBe(200);
  });
});
