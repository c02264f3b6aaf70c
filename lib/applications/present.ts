import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applicationEvents, type applications } from "@/lib/db/schema";

type Row = typeof applications.$inferSelect;

/** A request as the JSON API shows it to its owner. */
export async function presentApplication(db: Db, row: Row) {
  const history = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, row.id)).orderBy(asc(applicationEvents.at));
  return {
    id: row.id,
    number: row.number,
    serviceId: row.serviceId,
    status: row.status,
    data: row.data,
    submittedAt: row.submittedAt,
    registeredAt: row.registeredAt,
    dueAt: row.dueAt,
    extendedDueAt: null,
    refusalReason: row.refusalReason,
    history: history.map((event) => ({ at: event.at, status: event.status, note: event.note })),
    result: null,
  };
}
