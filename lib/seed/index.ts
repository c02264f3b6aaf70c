import type { Db } from "@/lib/db/connect";
import { seedDemoAccounts } from "./seed-demo-accounts";
import { seedOffice } from "./seed-office";
import { seedRegistries } from "./seed-registries";

export type SeedOptions = { demo?: boolean; demoKeysDir?: string; crlUrl?: string };

/**
 * The deterministic, idempotent seed: running it twice changes nothing. Always the mock state systems
 * and the providers; only in demo mode the demo applicants, demo staff and their key files.
 */
export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<void> {
  await seedRegistries(db);
  await seedOffice(
    db,
    options.demo ? { demo: true, keysDir: options.demoKeysDir, crlUrl: options.crlUrl } : { demo: false },
  );
  if (options.demo) await seedDemoAccounts(db, { keysDir: options.demoKeysDir, crlUrl: options.crlUrl });
}
