import { eq, inArray } from "drizzle-orm";
import { verifyPassword } from "@/lib/auth/passwords";
import type { Db } from "@/lib/db/connect";
import { staff, users } from "@/lib/db/schema";
import { DEMO_PASSWORD, demoApplicantIins } from "./seed-demo-accounts";
import { STAFF_PASSWORD } from "./seed-office";

/** The passwords printed in the README: never acceptable outside demo mode. */
export const KNOWN_DEMO_PASSWORDS = [DEMO_PASSWORD, STAFF_PASSWORD] as const;

async function hasDemoPassword(passwordHash: string) {
  for (const password of KNOWN_DEMO_PASSWORDS) if (await verifyPassword(passwordHash, password)) return true;
  return false;
}

/**
 * Accounts that still carry a README demo password: every staff account (few, and the seed used to
 * give them all one) and the demo applicants' accounts (the only applicants the seed ever created).
 * Returns staff logins (not personal data) and a count of applicant accounts (no IINs).
 */
export async function findDemoPasswords(db: Db): Promise<{ staffLogins: string[]; applicants: number }> {
  const staffRows = await db
    .select({ login: staff.login, passwordHash: staff.passwordHash })
    .from(staff)
    .where(eq(staff.disabled, false));
  const staffLogins: string[] = [];
  for (const row of staffRows) if (await hasDemoPassword(row.passwordHash)) staffLogins.push(row.login);
  const applicantRows = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(inArray(users.iin, demoApplicantIins()));
  let applicants = 0;
  for (const row of applicantRows) if (await hasDemoPassword(row.passwordHash)) applicants++;
  return { staffLogins, applicants };
}

/**
 * Whether the server may start: in production without demo mode, no account may keep a demo password.
 * Returns the message to stop with, or null.
 */
export function demoPasswordRefusal(
  config: { production: boolean; demo: boolean },
  found: { staffLogins: string[]; applicants: number },
): string | null {
  if (!config.production || config.demo) return null;
  if (found.staffLogins.length === 0 && found.applicants === 0) return null;
  const who = [
    found.staffLogins.length ? `staff ${found.staffLogins.join(", ")}` : "",
    found.applicants ? `${found.applicants} demo applicant account(s)` : "",
  ]
    .filter(Boolean)
    .join("; ");
  return (
    `Refusing to start: NODE_ENV=production without DEMO_MODE, but accounts still have a README demo ` +
    `password (${who}). Give staff new passwords (npm run staff -- reset-password <login>) or disable ` +
    `them (npm run staff -- disable <login>); reset or remove the demo applicants' accounts; or start ` +
    `with DEMO_MODE=true for a demo.`
  );
}
