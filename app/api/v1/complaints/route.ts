import { listOwnComplaints } from "@/lib/complaints/applicant";
import { complaintSummary } from "@/lib/complaints/present";
import { complaintListQuerySchema } from "@/lib/complaints/schemas";
import { fileComplaint } from "@/lib/complaints/submit";
import { getDb } from "@/lib/db/server";
import { requireApiUser } from "@/lib/entry/current-user";
import { apiHandler, readJson } from "@/lib/entry/http/api";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";

/**
 * POST { applicationId, subject, text, attachmentIds?, cms } with an Idempotency-Key header → 201: the
 * CMS signs complaintSigningPayload (seed 002 §11); the same key again → the same complaint.
 */
export const POST = apiHandler(async (request) => {
  const user = await requireApiUser();
  const idempotencyKey = request.headers.get("idempotency-key") ?? "";
  if (!idempotencyKey) throw new AppError("validation", { idempotencyKey: "field.required" });
  const filed = await fileComplaint({
    db: await getDb(),
    userId: user.userId,
    iin: user.iin,
    body: await readJson(request),
    idempotencyKey,
  });
  return Response.json(complaintSummary(filed), { status: 201 });
});

export const GET = apiHandler(async (request) => {
  const user = await requireApiUser();
  const query = complaintListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("validation", fieldErrors(query.error));
  const rows = await listOwnComplaints(
    await getDb(),
    user.userId,
    query.data.pageSize,
    (query.data.page - 1) * query.data.pageSize,
  );
  return Response.json({ page: query.data.page, items: rows.map(complaintSummary) });
});
