import type { Db } from "@/lib/db/connect";
import { createSeededCivilRegistry } from "./seeded-civil-registry";
import { createSeededIndividualsRegistry } from "./seeded-individuals";
import { createSeededNotaryRegistry } from "./seeded-notary";

export type * from "./types";

/** The state systems the portal integrates with; seeded implementations by default. */
export function createRegistries(db: Db) {
  return {
    individuals: createSeededIndividualsRegistry(db),
    civilRegistry: createSeededCivilRegistry(db),
    notary: createSeededNotaryRegistry(db),
  };
}
