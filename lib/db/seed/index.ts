import type { Db } from "../connect";
import { seedRegistries } from "./seed-registries";

/** The deterministic, idempotent seed: running it twice changes nothing. */
export async function seedDatabase(db: Db): Promise<void> {
  await seedRegistries(db);
}
