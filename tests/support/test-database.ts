import pg from "pg";
import { connectDatabase, type Database } from "@/lib/db/connect";
import { migrateDatabase } from "@/lib/db/migrate";

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a private schema on the
 * PostgreSQL server. The PostgreSQL run never skips: an unreachable server fails the test.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  if (process.env.TEST_DATABASE !== "postgres") {
    const database = await connectDatabase({ pgliteDataDir: "memory" });
    await migrateDatabase(database);
    return database;
  }
  const baseUrl = process.env.TEST_POSTGRES_URL;
  if (!baseUrl) throw new Error("TEST_POSTGRES_URL is not set");
  const admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 3000 });
  await admin.connect();
  await admin.query(
    "drop schema if exists public cascade; drop schema if exists drizzle cascade; " +
      "drop schema if exists pgboss cascade; create schema public;",
  );
  await admin.end();
  const database = await connectDatabase({ databaseUrl: baseUrl });
  await migrateDatabase(database);
  return { ...database, url: baseUrl };
}
