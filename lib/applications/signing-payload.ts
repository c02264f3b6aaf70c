import type { Db } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { isAsked } from "@/lib/services/forms/build-schema";
import { storedService } from "@/lib/services/registry";
import { buildSigningPayload } from "./canonical-payload";
import { getOwnDraft, listDraftAttachments } from "./drafts";
import { loadFormContext } from "./form-context";

/** The draft's answers that are asked (hidden conditional answers are not part of the request). */
export async function askedData(db: Db, iin: string, serviceId: string, data: Record<string, string>) {
  const context = await loadFormContext(db, iin, data);
  const fields = storedService(serviceId)
    .form.steps.flatMap((step) => step.fields)
    .filter((field) => isAsked(field, data, context.facts));
  return {
    context,
    data: Object.fromEntries(
      fields.filter((field) => data[field.name]).map((field) => [field.name, data[field.name]!]),
    ),
  };
}

/** The canonical text the applicant signs for this draft, recomputed the same way at submit. */
export async function draftSigningPayload(options: {
  db: Db;
  userId: string;
  iin: string;
  applicationId: string;
}) {
  const draft = await getOwnDraft(options.db, options.userId, options.applicationId);
  if (!draft) throw new AppError("not_found");
  const [{ data }, files] = await Promise.all([
    askedData(options.db, options.iin, draft.serviceId, draft.data),
    listDraftAttachments(options.db, draft.id),
  ]);
  return {
    draft,
    files,
    payload: buildSigningPayload({
      applicationId: draft.id,
      serviceId: draft.serviceId,
      iin: options.iin,
      data,
      attachments: files,
    }),
  };
}
