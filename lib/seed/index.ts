import type { BlobStorage } from "@/lib/attachments/blob-storage";
import type { Db } from "@/lib/db/connect";
import { seedDemoAccounts } from "./seed-demo-accounts";
import { seedOffice } from "./seed-office";
import { seedRegistries } from "./seed-registries";

/** `keyStore`: the blob storage that also keeps the demo key files, so every node can serve them. */
export type SeedOptions = { demo?: boolean; demoKeysDir?: string; crlUrl?: string; keyStore?: BlobStorage };

/**
 * The deterministic, idempotent seed: running it twice changes nothing. Always the mock state systems
 * and the providers; only in demo mode the demo applicants, demo staff and their key files.
 */
export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<void> {
  const keys = { keysDir: options.demoKeysDir, crlUrl: options.crlUrl, store: options.keyStore };
  await seedRegistries(db);
  await seedOffice(db, options.demo ? { demo: true, ...keys } : { demo: false });
  if (options.demo) await seedDemoAccounts(db, keys);
}
