import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { providers } from "@/lib/db/schema";
import { createRegistries } from "@/lib/registries";

/** The provider of this kind in the applicant's registered district (state database of individuals). */
export async function routeToProvider(
  db: Db,
  kind: "civil-registry" | "education-department",
  iin: string,
): Promise<string | null> {
  const person = await createRegistries(db).individuals.findByIin(iin);
  if (!person) return null;
  const [row] = await db
    .select({ id: providers.id })
    .from(providers)
    .where(and(eq(providers.kind, kind), eq(providers.district, person.address.district)));
  return row?.id ?? null;
}
