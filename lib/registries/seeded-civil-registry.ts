import { and, eq, or, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { civilActs } from "@/lib/db/schema";
import type { CivilRegistry } from "./types";

export function createSeededCivilRegistry(db: Db): CivilRegistry {
  return {
    async findActsFor(iin, kind) {
      const involves = or(
        eq(civilActs.personIin, iin),
        eq(civilActs.partnerIin, iin),
        eq(civilActs.motherIin, iin),
        eq(civilActs.fatherIin, iin),
      ) as SQL;
      return db
        .select()
        .from(civilActs)
        .where(kind ? and(involves, eq(civilActs.kind, kind)) : involves)
        .orderBy(civilActs.registeredOn, civilActs.id);
    },
  };
}
