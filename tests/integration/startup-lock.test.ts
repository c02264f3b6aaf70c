import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { and, eq, isNull } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabaseStorage } from "@/lib/attachments/database-blob-storage";
import { connectDatabase, type Database } from "@/lib/db/connect";
import { migrateDatabase } from "@/lib/db/migrate";
import { certificates } from "@/lib/db/schema";
import { withStartupLock } from "@/lib/db/startup-lock";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { demoKeyStorageKey, readDemoKeyFile } from "@/lib/seed/demo-key-files";

const run = promisify(execFile);
const postgres = process.env.TEST_DATABASE === "postgres";

/** Each "node" has its own DATA_DIR: the key files must agree through the shared storage only. */
const folders = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-node-")));
const keyFiles = (folder: string, iin: string) =>
  fs
    .readdirSync(path.join(folder, "demo-keys", iin))
    .sort()
    .map((name) => [name, fs.readFileSync(path.join(folder, "demo-keys", iin, name)).toString("base64")]);

/** An empty database: PostgreSQL's `public` schema dropped (nothing migrated), or a new PGlite. */
async function emptyDatabase(): Promise<Database> {
  if (!postgres) return connectDatabase({ pgliteDataDir: "memory" });
  const url = process.env.TEST_POSTGRES_URL!;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(
    "drop schema if exists public cascade; drop schema if exists drizzle cascade; " +
      "drop schema if exists pgboss cascade; create schema public;",
  );
  await admin.end();
  return connectDatabase({ databaseUrl: url });
}

describe(`two nodes starting at once migrate and seed one after the other (${process.env.TEST_DATABASE})`, () => {
  let database: Database | undefined;
  afterAll(async () => {
    await database?.close();
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });

  const title = "both starts succeed; one demo key per person and kind, the same bytes on both nodes";
  it(title, { timeout: 180_000 }, async () => {
    database = await emptyDatabase();
    if (postgres) {
      // Two processes, as two nodes are: `npm run db:seed` twice at once on one empty database.
      const seed = (folder: string) =>
        run(path.resolve("node_modules/.bin/tsx"), ["scripts/db.ts", "seed"], {
          env: {
            ...process.env,
            DATABASE_URL: process.env.TEST_POSTGRES_URL,
            DATA_DIR: folder,
            DEMO_MODE: "true",
            BLOB_STORE: "postgres",
            LOG_LEVEL: "silent",
          },
        });
      const outputs = await Promise.all(folders.map(seed));
      for (const output of outputs) expect(output.stdout).toContain("seed: done (postgres)");
    } else {
      // PGlite has one owner process: two starts in it take their turns.
      const store = createDatabaseStorage(database.db);
      await Promise.all(
        folders.map((folder) =>
          withStartupLock(database!, async () => {
            await migrateDatabase(database!);
            await seedDatabase(database!.db, {
              demo: true,
              demoKeysDir: path.join(folder, "demo-keys"),
              keyStore: store,
            });
          }),
        ),
      );
    }
    const store = createDatabaseStorage(database.db);
    for (const iin of demoApplicantIins()) {
      for (const kind of ["sign", "auth"] as const) {
        const valid = await database.db
          .select({ serial: certificates.serial })
          .from(certificates)
          .where(and(eq(certificates.iin, iin), eq(certificates.kind, kind), isNull(certificates.revokedAt)));
        expect(valid, `${iin} ${kind}`).toHaveLength(1);
        expect(await store.get(demoKeyStorageKey(valid[0]!.serial))).not.toBeNull();
        const served = await readDemoKeyFile(database.db, store, iin, kind);
        expect(served!.fileName).toBe(`${kind === "auth" ? "AUTH_" : ""}RSA256_${valid[0]!.serial}.p12`);
      }
      expect(keyFiles(folders[0]!, iin)).toHaveLength(2);
      expect(keyFiles(folders[1]!, iin)).toEqual(keyFiles(folders[0]!, iin));
    }
  });
});
