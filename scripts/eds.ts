/**
 * Operators' EDS tool (see lib/eds/cli.ts):
 * `npm run eds -- issue <IIN> --kind sign --password … --out keys/`, `npm run eds -- revoke <serial>`,
 * `npm run eds -- list <IIN>`. On PGlite, stop the server first.
 */
import { env } from "../lib/env";
import { connectDatabase } from "../lib/db/connect";
import { migrateDatabase } from "../lib/db/migrate";
import { runEdsCli } from "../lib/eds/cli";

const database = await connectDatabase({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.pgliteDataDir });
let code = 1;
try {
  await migrateDatabase(database);
  code = await runEdsCli(process.argv.slice(2), {
    db: database.db,
    crlUrl: `${env.APP_ORIGIN}/api/v1/eds/crl`,
    print: (line) => console.log(line),
  });
} finally {
  await database.close();
}
process.exit(code);
