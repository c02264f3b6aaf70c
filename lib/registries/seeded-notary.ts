import { and, eq, gte } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { powersOfAttorney } from "@/lib/db/schema";
import type { NotaryRegistry } from "./types";

export function createSeededNotaryRegistry(db: Db): NotaryRegistry {
  return {
    async findValidPower({ number, principalIin, attorneyIin, onDate }) {
      const [row] = await db
        .select()
        .from(powersOfAttorney)
        .where(
          and(
            eq(powersOfAttorney.number, number),
            eq(powersOfAttorney.principalIin, principalIin),
            eq(powersOfAttorney.attorneyIin, attorneyIin),
            eq(powersOfAttorney.revoked, false),
            gte(powersOfAttorney.validUntil, onDate),
          ),
        )
        .limit(1);
      if (!row || row.issuedOn > onDate) return null;
      const { revoked: _revoked, ...power } = row;
      return power;
    },
  };
}
