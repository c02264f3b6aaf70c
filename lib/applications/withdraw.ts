import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applicationEvents, applications } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { notifyApplicant } from "@/lib/notifications/cabinet";
import { storedService } from "@/lib/services/registry";
import { canWithdraw } from "@/lib/workflow/status-machine";
import { getOwnApplication } from "./drafts";

/**
 * The applicant withdraws a submitted request (issue 13): allowed until the result or refusal is
 * prepared. One transaction: the status (guarded by the version read, so a staff action at the same
 * moment makes one of the two a 409), the history event the office sees, and the applicant's
 * notification with its SMS. Idempotent: a request already withdrawn is answered as it is.
 */
export async function withdrawApplication(options: {
  db: Db;
  userId: string;
  applicationId: string;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const request = await getOwnApplication(options.db, options.userId, options.applicationId);
  if (!request || request.status === "draft") throw new AppError("not_found");
  if (request.status === "withdrawn") return request;
  if (!canWithdraw({ status: request.status, prepared: request.prepared ?? null }))
    throw new AppError("conflict");
  return options.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [row] = await db
      .update(applications)
      .set({ status: "withdrawn", version: request.version + 1, updatedAt: now })
      .where(and(eq(applications.id, request.id), eq(applications.version, request.version)))
      .returning();
    if (!row) throw new AppError("conflict");
    await db.insert(applicationEvents).values({
      id: crypto.randomUUID(),
      applicationId: row.id,
      at: now,
      status: "withdrawn",
      actor: "applicant",
      note: null,
    });
    await notifyApplicant(db, {
      userId: row.userId,
      applicationId: row.id,
      kind: "withdrawn",
      values: { service: storedService(row.serviceId).messageKey, number: row.number ?? "" },
    });
    return row;
  });
}
