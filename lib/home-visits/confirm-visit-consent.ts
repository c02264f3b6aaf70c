import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { consumeConfirmation } from "@/lib/auth/confirmations";
import { codeField } from "@/lib/auth/schemas";
import type { Db } from "@/lib/db/connect";
import { homeVisitEvents, homeVisits } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { parseId } from "@/lib/ids";
import { notifyVisit } from "./request-visit";

const consentSchema = z.object({ code: codeField });

/**
 * The helper enters the code the person read out from the SMS sent to their own phone: the visit leaves
 * `awaiting_consent` and reaches the operator's queue, and everyone concerned is told. Wrong codes count
 * against the code's tries; only the helper who asked can confirm; any other visit is a 404.
 */
export async function confirmVisitConsent(options: {
  db: Db;
  userId: string;
  visitId: string;
  input: unknown;
  now?: Date;
}) {
  const { db } = options;
  const now = options.now ?? new Date();
  if (!parseId(options.visitId)) throw new AppError("not_found");
  const [visit] = await db
    .select()
    .from(homeVisits)
    .where(and(eq(homeVisits.id, options.visitId), eq(homeVisits.helperUserId, options.userId)));
  if (!visit) throw new AppError("not_found");
  if (visit.status !== "awaiting_consent" || !visit.consentConfirmationId) throw new AppError("conflict");
  const parsed = consentSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  await consumeConfirmation(db, "visitConsent", visit.consentConfirmationId, parsed.data.code, now);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(homeVisits)
      .set({ status: "requested", version: visit.version + 1, updatedAt: now })
      .where(
        and(
          eq(homeVisits.id, visit.id),
          eq(homeVisits.status, "awaiting_consent"),
          eq(homeVisits.version, visit.version),
        ),
      )
      .returning();
    if (!row) throw new AppError("conflict");
    await tx.insert(homeVisitEvents).values({
      id: crypto.randomUUID(),
      visitId: visit.id,
      at: now,
      status: "requested",
      actor: "applicant",
      note: null,
    });
    await notifyVisit(tx, row, "visitRequested");
    return row;
  });
}
