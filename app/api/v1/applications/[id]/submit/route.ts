import { submitApplicationSchema } from "@/lib/applications/schemas";
import { submitApplication } from "@/lib/applications/submit-application";
import { requireApiUser } from "@/lib/entry/current-user";
import { fieldErrors } from "@/lib/forms/field-errors";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler, readJson } from "@/lib/entry/http/api";

/** POST { cms } with an Idempotency-Key header → 201; the same key again → the same answer. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireApiUser();
  const idempotencyKey = request.headers.get("idempotency-key") ?? "";
  if (!idempotencyKey) throw new AppError("validation", { idempotencyKey: "field.required" });
  const parsed = submitApplicationSchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const answer = await submitApplication({
    db: await getDb(),
    userId: user.userId,
    iin: user.iin,
    applicationId: (await params).id,
    cms: parsed.data.cms,
    idempotencyKey,
    recipient: { locale: user.locale, phone: user.phone },
  });
  return Response.json(answer, { status: 201 });
});
