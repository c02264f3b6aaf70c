import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { apiHandler } from "@/lib/entry/http/api";
import { findService } from "@/lib/services/registry";
import { resultDateFor } from "@/lib/services/result-date";
import { resultDateQuerySchema } from "@/lib/services/result-date-query";

/**
 * GET /api/v1/services/{id}/result-date?submittedAt=<instant> → { registeredAt, dueAt }
 * (calendar.md rules; the standard term, as termFor gives it without facts). An instant outside the
 * years of the working-day calendar is a 422: its days off are not known.
 */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const service = findService((await params).id);
  if (!service) throw new AppError("not_found");
  const query = resultDateQuerySchema.safeParse({
    submittedAt: new URL(request.url).searchParams.get("submittedAt") ?? undefined,
  });
  if (!query.success) throw new AppError("validation", fieldErrors(query.error));
  const submittedAt = query.data.submittedAt ? new Date(query.data.submittedAt) : new Date();
  const { registeredAt, dueAt } = resultDateFor(service, submittedAt);
  return Response.json({
    submittedAt: submittedAt.toISOString(),
    registeredAt: registeredAt.toISOString(),
    dueAt: dueAt.toISOString(),
  });
});
