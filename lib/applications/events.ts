import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applicationEvents } from "@/lib/db/schema";

/** A request's history, oldest first. */
export async function listApplicationEvents(db: Db, applicationId: string) {
  return db
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.at));
}
