import type { Db } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { isAsked } from "@/lib/services/forms/build-schema";
import { storedService } from "@/lib/services/registry";
import { buildSigningPayload } from "./canonical-payload";
import { getOwnDraft, listDraftAttachments } from "./drafts";
import { formContextFrom, loadApplicantRecords, type ApplicantRecords } from "./form-context";

type Draft = { id: string; serviceId: string; data: Record<string, string> };
type Files = Awaited<ReturnType<typeof listDraftAttachments>>;

/** The draft's answers that are asked (hidden conditional answers are not part of the request). */
function askedAnswers(draft: Draft, records: ApplicantRecords) {
  const { facts } = formContextFrom(records, draft.data);
  const fields = storedService(draft.serviceId)
    .form.steps.flatMap((step) => step.fields)
    .filter((field) => isAsked(field, draft.data, facts));
  return Object.fromEntries(
    fields.filter((field) => draft.data[field.name]).map((field) => [field.name, draft.data[field.name]!]),
  );
}

/**
 * The canonical text the applicant signs, from a draft, the applicant's records and the draft's
 * files already read (submit-application.ts reads them once for its own checks too).
 */
export function signingPayloadOf(iin: string, draft: Draft, records: ApplicantRecords, files: Files) {
  return buildSigningPayload({
    applicationId: draft.id,
    serviceId: draft.serviceId,
    iin,
    data: askedAnswers(draft, records),
    attachments: files,
  });
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
  const [records, files] = await Promise.all([
    loadApplicantRecords(options.db, options.iin),
    listDraftAttachments(options.db, draft.id),
  ]);
  return { draft, files, payload: signingPayloadOf(options.iin, draft, records, files) };
}
