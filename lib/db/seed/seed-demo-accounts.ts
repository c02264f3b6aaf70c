import fs from "node:fs";
import path from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/passwords";
import { issueCertificate } from "@/lib/eds/issue-certificate";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import type { Db } from "../connect";
import { certificates, users } from "../schema";

/** Demo applicants (README): the first people of the first families, with a known password. */
export const DEMO_PASSWORD = "qyzmet-demo-2026";
export const DEMO_KEY_PASSWORD = "demo-key-2026";
export const demoApplicantIins = () => {
  const people = buildPopulation().people.filter((person) => person.phone && person.birthDate < "2000-01-01");
  return [people[0]!, people[1]!, people[2]!, people[4]!].map((person) => person.iin);
};

/**
 * Accounts for the demo applicants, and (when a folder is given) their SIGN and AUTH key files,
 * written as <folder>/<IIN>/RSA256_<serial>.p12 and AUTH_RSA256_<serial>.p12. Idempotent.
 */
export async function seedDemoAccounts(db: Db, options: { keysDir?: string; crlUrl?: string } = {}) {
  const people = buildPopulation().people;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const iin of demoApplicantIins()) {
    const person = people.find((candidate) => candidate.iin === iin)!;
    await db.insert(users).values({ id: crypto.randomUUID(), iin, phone: person.phone!, passwordHash }).onConflictDoNothing();
    if (!options.keysDir) continue;
    const folder = path.join(/*turbopackIgnore: true*/ options.keysDir, iin);
    for (const kind of ["sign", "auth"] as const) {
      const prefix = kind === "auth" ? "AUTH_RSA256_" : "RSA256_";
      const existing = await db
        .select({ serial: certificates.serial })
        .from(certificates)
        .where(and(eq(certificates.iin, iin), eq(certificates.kind, kind), isNull(certificates.revokedAt)));
      if (existing.some((row) => fs.existsSync(path.join(/*turbopackIgnore: true*/ folder, `${prefix}${row.serial}.p12`)))) continue;
      const key = await issueCertificate({
        db,
        holder: { iin, surname: person.surname, givenName: person.givenName, patronymic: person.patronymic ?? null },
        kind,
        password: DEMO_KEY_PASSWORD,
        crlUrl: options.crlUrl ?? "http://localhost:3000/api/v1/eds/crl",
      });
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(/*turbopackIgnore: true*/ folder, key.fileName), key.pkcs12);
    }
  }
}
