import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { familyLinks, individuals } from "@/lib/db/schema";
import type { Individual, IndividualsRegistry, Relative } from "./types";

type Row = typeof individuals.$inferSelect;

function toIndividual(row: Row): Individual {
  const { region, district, locality, street, house, flat, ...person } = row;
  return { ...person, address: { region, district, locality, street, house, flat } };
}

export function createSeededIndividualsRegistry(db: Db): IndividualsRegistry {
  return {
    async findByIin(iin) {
      const [row] = await db.select().from(individuals).where(eq(individuals.iin, iin)).limit(1);
      return row ? toIndividual(row) : null;
    },
    async findRelatives(iin) {
      const rows = await db
        .select({ kind: familyLinks.kind, person: individuals })
        .from(familyLinks)
        .innerJoin(individuals, eq(individuals.iin, familyLinks.relativeIin))
        .where(and(eq(familyLinks.personIin, iin)))
        .orderBy(familyLinks.kind, individuals.birthDate);
      return rows.map((row): Relative => ({ kind: row.kind, person: toIndividual(row.person) }));
    },
  };
}
