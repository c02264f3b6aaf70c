import { z } from "zod";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";
import { findService } from "@/lib/services/registry";
import { resultDateFor } from "@/lib/services/result-date";

const querySchema = z.object({
  submittedAt: z.iso.datetime({ offset: true, error: "submittedAt.format" }).optional(),
});

/**
 * GET /api/v1/services/{id}/result-date?submittedAt=<instant> → { registeredAt, dueAt }
 * (calendar.md rules; the standard term, as termFor gives it without facts).
 */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const service = findService((await params).id);
  if (!service) throw new AppError("not_found");
  const query = querySchema.safeParse({
    submittedAt: new URL(request.url).searchParams.get("submittedAt") ?? undefined,
  });
  if (!query.success) throw new AppError("validation", { submittedAt: "submittedAt.format" });
  const submittedAt = query.data.submittedAt ? new Date(query.data.submittedAt) : new Date();
  const { registeredAt, dueAt } = resultDateFor(service, submittedAt);
  return Response.json({
    submittedAt: submittedAt.toISOString(),
    registeredAt: registeredAt.toISOString(),
    dueAt: dueAt.toISOString(),
  });
});
