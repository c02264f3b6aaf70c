/**
 * Database commands: `migrate` applies the versioned migrations, `seed` migrates and loads the
 * deterministic seed. Uses DATABASE_URL when set, else the embedded PGlite folder (stop the server first).
 */
import path from "node:path";
import { env } from "../lib/env";
import { connectDatabase } from "../lib/db/connect";
import { migrateDatabase } from "../lib/db/migrate";
import { withStartupLock } from "../lib/db/startup-lock";
import { createBlobStorage } from "../lib/attachments/configured-storage";
import { seedDatabase } from "../lib/seed";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("usage: tsx scripts/db.ts migrate|seed");
  process.exit(2);
}

const database = await connectDatabase({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.pgliteDataDir });
try {
  // Safe while nodes start on the same PostgreSQL: one migrates and seeds at a time.
  await withStartupLock(database, async () => {
    await migrateDatabase(database);
    if (command === "seed") {
      await seedDatabase(database.db, {
        demo: env.DEMO_MODE,
        demoKeysDir: path.join(env.dataDir, "demo-keys"),
        crlUrl: `${env.APP_ORIGIN}/api/v1/eds/crl`,
        keyStore: createBlobStorage(env.blobStore, async () => database.db),
      });
    }
  });
  console.log(`${command}: done (${database.kind})`);
} finally {
  await database.close();
}
