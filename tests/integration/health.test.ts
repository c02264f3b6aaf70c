import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type Database } from "@/lib/db/connect";
import { checkHealth } from "@/lib/health/check-health";
import { createTestDatabase } from "../support/test-database";

describe(`health check (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("reports ok when the database answers", async () => {
    expect(await checkHealth(async () => database.db)).toEqual({ status: "ok", db: "ok" });
  });

  it("reports the database unreachable when nothing listens", async () => {
    const nowhere = await connectDatabase({ databaseUrl: "postgresql://postgres@127.0.0.1:9/test" });
    expect(await checkHealth(async () => nowhere.db)).toEqual({ status: "error", db: "unreachable" });
    await nowhere.close();
  });

  it("reports the database unreachable when it cannot even connect", async () => {
    const failing = () => Promise.reject(new Error("no database"));
    expect(await checkHealth(failing)).toEqual({ status: "error", db: "unreachable" });
  });
});
