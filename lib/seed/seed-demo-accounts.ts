import path from "node:path";
import { hashPassword } from "@/lib/auth/passwords";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import type { Db } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { ensureDemoKeyFile } from "./demo-key-files";

export { DEMO_KEY_PASSWORD } from "./demo-key-files";

/** Demo applicants (README): the first people of the first families, with a known password. */
export const DEMO_PASSWORD = "qyzmet-demo-2026";
export const demoApplicantIins = () => {
  const people = buildPopulation().people.filter((person) => person.phone && person.birthDate < "2000-01-01");
  return [people[0]!, people[1]!, people[2]!, people[4]!].map((person) => person.iin);
};

/**
 * Accounts for the demo applicants, and (when a folder is given) their SIGN and AUTH key files,
 * written as <folder>/<IIN>/RSA256_<serial>.p12 and AUTH_RSA256_<serial>.p12. Idempotent.
 */
export async function seedDemoAccounts(
  db: Db,
  options: { keysDir?: string; crlUrl?: string; store?: BlobStorage } = {},
) {
  const people = buildPopulation().people;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const iin of demoApplicantIins()) {
    const person = people.find((candidate) => candidate.iin === iin)!;
    await db
      .insert(users)
      .values({ id: crypto.randomUUID(), iin, phone: person.phone!, passwordHash })
      .onConflictDoNothing();
    if (!options.keysDir) continue;
    const holder = {
      iin,
      surname: person.surname,
      givenName: person.givenName,
      patronymic: person.patronymic ?? null,
    };
    for (const kind of ["sign", "auth"] as const) {
      await ensureDemoKeyFile(db, {
        folder: path.join(/*turbopackIgnore: true*/ options.keysDir, iin),
        holder,
        kind,
        crlUrl: options.crlUrl,
        store: options.store,
      });
    }
  }
}
