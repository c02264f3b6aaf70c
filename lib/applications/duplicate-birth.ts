import { and, eq, ne, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applications } from "@/lib/db/schema";

const BIRTH = "birth-registration";

/** The fields that name one child: the mother's IIN, the birth date and the given name (issue 13). */
export function childKey(data: Record<string, string>) {
  const motherIin = (data.motherIin ?? "").trim();
  const birthDate = (data.childBirthDate ?? "").trim();
  const givenName = (data.childGivenName ?? "").trim().toLocaleLowerCase("kk");
  return motherIin && birthDate && givenName ? { motherIin, birthDate, givenName } : null;
}

/**
 * Other birth registrations of the same child, sent by either parent (any account): a warning, not a
 * block (the office decides). Drafts, withdrawn and refused requests do not count.
 */
export async function findDuplicateBirths(
  db: Db,
  application: { id: string; serviceId: string; data: Record<string, string> },
): Promise<Array<{ id: string; number: string | null }>> {
  if (application.serviceId !== BIRTH) return [];
  const key = childKey(application.data);
  if (!key) return [];
  const rows = await db
    .select({ id: applications.id, number: applications.number, data: applications.data })
    .from(applications)
    .where(
      and(
        eq(applications.serviceId, BIRTH),
        ne(applications.id, application.id),
        notInArray(applications.status, ["draft", "withdrawn", "refused"]),
        sql`${applications.data}->>'motherIin' = ${key.motherIin}`,
        sql`${applications.data}->>'childBirthDate' = ${key.birthDate}`,
      ),
    )
    .limit(20);
  // The name is compared in TypeScript too, case-insensitively in Kazakh (İ/і and the like).
  return rows
    .filter((row) => childKey(row.data)?.givenName === key.givenName)
    .map(({ id, number }) => ({ id, number }));
}
