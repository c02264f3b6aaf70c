import { and, eq, or } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/connect";
import { homeVisitEvents, homeVisits, type HomeVisitStatus } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { parseId } from "@/lib/ids";
import { notifyVisit } from "./request-visit";
import { applicantMayChange } from "./change-window";
import { isBookableDay, isWindow } from "./slots";

type Visit = typeof homeVisits.$inferSelect;

/** The move request's form: one preferred day and window, checked like the visit request's slots. */
export const moveRequestSchema = z
  .object({ date: z.string().trim(), window: z.string().trim() })
  .transform((input) => {
    const [from = "", to = ""] = input.window.split("-");
    return { date: input.date, from, to };
  });

async function loadOwn(db: Db, userId: string, visitId: string) {
  if (!parseId(visitId)) throw new AppError("not_found");
  const [visit] = await db
    .select()
    .from(homeVisits)
    .where(
      and(
        eq(homeVisits.id, visitId),
        or(eq(homeVisits.applicantUserId, userId), eq(homeVisits.helperUserId, userId)),
      ),
    );
  if (!visit) throw new AppError("not_found");
  return visit;
}

/** The guarded write with its event: a concurrent operator action makes one of the two a 409. */
async function move(
  db: Db,
  visit: Visit,
  userId: string,
  changes: Partial<typeof homeVisits.$inferInsert>,
  event: { status: HomeVisitStatus; note: string; at: Date },
) {
  const [row] = await db
    .update(homeVisits)
    .set({ ...changes, status: event.status, version: visit.version + 1, updatedAt: event.at })
    .where(and(eq(homeVisits.id, visit.id), eq(homeVisits.version, visit.version)))
    .returning();
  if (!row) throw new AppError("conflict");
  await db.insert(homeVisitEvents).values({
    id: crypto.randomUUID(),
    visitId: visit.id,
    at: event.at,
    status: event.status,
    actor: visit.applicantUserId === userId ? "applicant" : "helper",
    note: event.note,
  });
  return row;
}

/** The applicant cancels their visit: one transaction with its event and the notifications. Idempotent. */
export async function cancelOwnVisit(options: { db: Db; userId: string; visitId: string; now?: Date }) {
  const now = options.now ?? new Date();
  const visit = await loadOwn(options.db, options.userId, options.visitId);
  if (visit.status === "cancelled") return visit;
  if (!applicantMayChange(visit, now)) throw new AppError("conflict", { form: "visit.tooLate" });
  return options.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const row = await move(
      db,
      visit,
      options.userId,
      {},
      { status: "cancelled", note: "byApplicant", at: now },
    );
    await notifyVisit(db, row, "visitCancelledByApplicant");
    return row;
  });
}

/**
 * The applicant asks to move their visit: it goes back to "requested" with the new wish as its only
 * preferred slot, the time and employee cleared, and the operator schedules it again from their queue.
 */
export async function requestVisitMove(options: {
  db: Db;
  userId: string;
  visitId: string;
  input: unknown;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const parsed = moveRequestSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", { date: "visit.slotDay" });
  const slot = parsed.data;
  const errors: Record<string, string> = {};
  if (!isBookableDay(slot.date, now)) errors.date = "visit.slotDay";
  if (!isWindow(slot.from, slot.to)) errors.window = "visit.slotWindow";
  if (Object.keys(errors).length) throw new AppError("validation", errors);
  const visit = await loadOwn(options.db, options.userId, options.visitId);
  if (!applicantMayChange(visit, now)) throw new AppError("conflict", { form: "visit.tooLate" });
  const wish = visit.preferredSlots[0];
  // A repeated post of the same wish changes nothing (retries are idempotent).
  if (visit.status === "requested" && visit.preferredSlots.length === 1 && wish?.date === slot.date) {
    if (wish.from === slot.from && wish.to === slot.to) return visit;
  }
  return options.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const status: HomeVisitStatus = visit.status === "awaiting_consent" ? "awaiting_consent" : "requested";
    const row = await move(
      db,
      visit,
      options.userId,
      { preferredSlots: [slot], scheduledFrom: null, scheduledTo: null, employee: null },
      { status, note: "moveRequested", at: now },
    );
    await notifyVisit(db, row, "visitMoveRequested");
    return row;
  });
}
