import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { providers } from "@/lib/db/schema";
import { createRegistries, type Individual } from "@/lib/registries";

type ProviderKind = "civil-registry" | "education-department";

/** The provider of this kind in the applicant's registered district (state database of individuals). */
export async function routeToProvider(db: Db, kind: ProviderKind, iin: string): Promise<string | null> {
  return providerForPerson(db, kind, await createRegistries(db).individuals.findByIin(iin));
}

/** The same for the applicant's record already read (null: not in the state database). */
export async function providerForPerson(
  db: Db,
  kind: ProviderKind,
  person: Individual | null,
): Promise<string | null> {
  if (!person) return null;
  const [row] = await db
    .select({ id: providers.id })
    .from(providers)
    .where(and(eq(providers.kind, kind), eq(providers.district, person.address.district)));
  return row?.id ?? null;
}
