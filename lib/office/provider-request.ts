import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applications, attachments, users } from "@/lib/db/schema";
import { createRegistries } from "@/lib/registries";
import { findResultDocument } from "@/lib/results/result-document";

/** A request of this provider, or null: another provider's request is as good as absent. */
export async function findProviderRequest(db: Db, providerId: string, applicationId: string) {
  const [request] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.providerId, providerId)));
  return request ?? null;
}

/** The documents attached to a request. */
export async function listRequestAttachments(db: Db, applicationId: string) {
  return db.select().from(attachments).where(eq(attachments.applicationId, applicationId));
}

/** The applicant behind an account, from the individuals registry (null when unknown). */
export async function findApplicantPerson(db: Db, userId: string) {
  const [owner] = await db.select({ iin: users.iin }).from(users).where(eq(users.id, userId));
  return owner ? await createRegistries(db).individuals.findByIin(owner.iin) : null;
}

/** The result document of one of this provider's requests, or null. */
export async function findProviderResultDocument(db: Db, providerId: string, applicationId: string) {
  const [own] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.providerId, providerId)));
  return own ? await findResultDocument(db, own.id) : null;
}
