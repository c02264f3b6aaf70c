import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applications, providers, resultDocuments } from "@/lib/db/schema";
import { parseId } from "@/lib/ids";

/** The signed result document of the applicant's own request; null for anyone else's or an unsigned one. */
export async function ownSignedResult(db: Db, userId: string, applicationId: string) {
  if (!parseId(applicationId)) return null;
  const [row] = await db
    .select({ document: resultDocuments, provider: providers })
    .from(resultDocuments)
    .innerJoin(applications, eq(applications.id, resultDocuments.applicationId))
    .innerJoin(providers, eq(providers.id, resultDocuments.providerId))
    .where(
      and(
        eq(resultDocuments.applicationId, applicationId),
        eq(applications.userId, userId),
        isNotNull(resultDocuments.signatureCms),
      ),
    );
  return row ?? null;
}
