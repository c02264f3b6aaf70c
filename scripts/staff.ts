/**
 * Operators' staff tool (see lib/office/staff-cli.ts):
 * `npm run staff -- add --provider cr-1 --role clerk [--login …] [--name …] [--iin …]`, `list`,
 * `reset-password <login>`, `disable <login>`. Migrates and loads the (idempotent) seed of the state
 * systems and providers first, so it works on a fresh installation. On PGlite, stop the server first.
 */
import path from "node:path";
import { env } from "../lib/env";
import { connectDatabase } from "../lib/db/connect";
import { migrateDatabase } from "../lib/db/migrate";
import { withStartupLock } from "../lib/db/startup-lock";
import { createBlobStorage } from "../lib/attachments/configured-storage";
import { runStaffCli } from "../lib/office/staff-cli";
import { seedDatabase } from "../lib/seed";

const database = await connectDatabase({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.pgliteDataDir });
let code = 1;
try {
  await withStartupLock(database, async () => {
    await migrateDatabase(database);
    await seedDatabase(database.db, {
      demo: env.DEMO_MODE,
      demoKeysDir: path.join(env.dataDir, "demo-keys"),
      crlUrl: `${env.APP_ORIGIN}/api/v1/eds/crl`,
      keyStore: createBlobStorage(env.blobStore, async () => database.db),
    });
  });
  code = await runStaffCli(process.argv.slice(2), { db: database.db, print: (line) => console.log(line) });
} finally {
  await database.close();
}
process.exit(code);
