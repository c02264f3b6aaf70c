import { buildPopulation } from "@/lib/registries/synthetic/population";
import type { Db } from "@/lib/db/connect";
import { civilActs, familyLinks, individuals, powersOfAttorney } from "@/lib/db/schema";

/** Loads the mock state systems. Idempotent: rows that exist are left as they are. */
export async function seedRegistries(db: Db): Promise<void> {
  const population = buildPopulation();
  await db.transaction(async (tx) => {
    await tx.insert(individuals).values(population.people).onConflictDoNothing();
    await tx.insert(familyLinks).values(population.links).onConflictDoNothing();
    await tx.insert(civilActs).values(population.acts).onConflictDoNothing();
    await tx.insert(powersOfAttorney).values(population.powers).onConflictDoNothing();
  });
}
