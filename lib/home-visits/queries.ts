import { asc, desc, eq, or, and } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applications, homeVisitEvents, homeVisits } from "@/lib/db/schema";
import { parseId } from "@/lib/ids";

const mine = (userId: string) =>
  or(eq(homeVisits.applicantUserId, userId), eq(homeVisits.helperUserId, userId));

/** The visits a user asked for or that are for them, newest first. */
export async function listOwnVisits(db: Db, userId: string, limit = 50) {
  return db.select().from(homeVisits).where(mine(userId)).orderBy(desc(homeVisits.createdAt)).limit(limit);
}

/**
 * One visit of the user's (as applicant or helper) with its history and registered request; null for
 * anyone else's.
 */
export async function getOwnVisit(db: Db, userId: string, id: string) {
  if (!parseId(id)) return null;
  const [visit] = await db
    .select()
    .from(homeVisits)
    .where(and(eq(homeVisits.id, id), mine(userId)));
  return visit ? withDetails(db, visit) : null;
}

export async function getVisit(db: Db, id: string) {
  if (!parseId(id)) return null;
  const [visit] = await db.select().from(homeVisits).where(eq(homeVisits.id, id));
  return visit ? withDetails(db, visit) : null;
}

async function withDetails(db: Db, visit: typeof homeVisits.$inferSelect) {
  const [events, request] = await Promise.all([
    db
      .select()
      .from(homeVisitEvents)
      .where(eq(homeVisitEvents.visitId, visit.id))
      .orderBy(asc(homeVisitEvents.at)),
    visit.applicationId
      ? db
          .select({ id: applications.id, number: applications.number, userId: applications.userId })
          .from(applications)
          .where(eq(applications.id, visit.applicationId))
      : Promise.resolve([]),
  ]);
  return { visit, events, request: request[0] ?? null };
}

export type VisitDetails = NonNullable<Awaited<ReturnType<typeof getVisit>>>;
