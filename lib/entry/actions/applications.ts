"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { checkArgs, formDataArg, idArg, notFoundOnMissing, tokenArg } from "@/lib/entry/forms/action-args";
import { formStateFromError, runFormAction } from "@/lib/entry/forms/run-form-action";
import { appErrorMessage } from "@/lib/entry/forms/error-message";
import { createDraft, getOwnDraft, saveStep, listDraftAttachments } from "@/lib/applications/drafts";
import { draftSigningPayload } from "@/lib/applications/signing-payload";
import { submitApplication } from "@/lib/applications/submit-application";
import { documentsFor, requiredDocumentIds } from "@/lib/services/documents";
import { removeDraftUpload, storeDraftUploads, type DraftUpload } from "@/lib/applications/draft-uploads";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/inspect";
import { blobStorage } from "@/lib/attachments/server";
import { findService, storedService } from "@/lib/services/registry";
import { applicationFlow, localized, routes } from "@/lib/entry/routes";
import { requireUser } from "@/lib/entry/actions/require-user";

export async function startApplicationAction(formData: FormData): Promise<void> {
  const form = checkArgs(formDataArg, formData);
  const user = await requireUser();
  const service = findService(String(form.get("serviceId") ?? ""));
  if (!service) notFound();
  const { id } = await createDraft({ db: await getDb(), userId: user.userId, serviceId: service.id });
  redirect(routes.applicationStep(await getLocale(), id, service.form.steps[0]!.id));
}

/** The caller's draft, the 404 page when there is none, or the form answer for one already sent. */
async function ownDraftOrState(
  userId: string,
  applicationId: string,
): Promise<{ draft: Awaited<ReturnType<typeof getOwnDraft>> } | { state: FormState }> {
  try {
    return { draft: await getOwnDraft(await getDb(), userId, applicationId) };
  } catch (error) {
    return { state: await formStateFromError(error, {}) };
  }
}

export async function saveStepAction(
  applicationId: string,
  stepId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(z.tuple([idArg, tokenArg, z.unknown(), formDataArg]), [applicationId, stepId, _, formData]);
  const user = await requireUser();
  const locale = await getLocale();
  const db = await getDb();
  const found = await ownDraftOrState(user.userId, applicationId);
  if ("state" in found) return found.state;
  const { draft } = found;
  const steps = storedService(draft.serviceId).form.steps;
  const step = steps.find((candidate) => candidate.id === stepId);
  if (!step) notFound();
  const names = step.fields.map((field) => field.name);
  const state = await runFormAction(formData, names, async (input) => {
    await saveStep({ db, userId: user.userId, iin: user.iin, applicationId, stepId, input });
  });
  if (state.status !== "success") return state;
  const back = formData.get("returnTo") === "review";
  redirect(
    back
      ? routes.applicationReview(locale, applicationId)
      : localized(locale, applicationFlow(draft, steps, { step: stepId }).next),
  );
}

/**
 * The documents step, one multipart form (works without JavaScript): stores the files chosen at each
 * document, or removes one ("Remove" buttons post `remove`); "Continue" then needs every required
 * document. Problems show at their document and in the error summary. With JS the files are already
 * uploaded one by one (the inputs are emptied), so the post carries none.
 */
export async function documentsContinueAction(
  applicationId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(z.tuple([idArg, z.unknown(), formDataArg]), [applicationId, _, formData]);
  const user = await requireUser();
  const found = await ownDraftOrState(user.userId, applicationId);
  if ("state" in found) return found.state;
  let state: FormState;
  try {
    state = await documentsPost(user.userId, found.draft, formData);
  } catch (error) {
    // The draft was sent or removed meanwhile (another tab): a form message, never a 500.
    return formStateFromError(error, {});
  }
  if (state.data?.next === "review") redirect(routes.applicationReview(await getLocale(), applicationId));
  return state;
}

async function documentsPost(
  userId: string,
  draft: { id: string; serviceId: string },
  formData: FormData,
): Promise<FormState> {
  const db = await getDb();
  const applicationId = draft.id;
  const service = storedService(draft.serviceId);
  const t = await getTranslations("errors");
  const tApply = await getTranslations("apply");
  const remove = formData.get("remove");
  if (typeof remove === "string" && remove) {
    const name = await removeDraftUpload({
      db,
      storage: blobStorage,
      userId,
      applicationId,
      attachmentId: remove,
    });
    return { status: "success", values: {}, errors: {}, message: name ? tApply("removed", { name }) : "" };
  }
  const documentTypes = documentsFor(service, "portal").map((document) => document.id);
  const uploads = await chosenFiles(formData, documentTypes);
  const { stored, errors } = await storeDraftUploads({
    db,
    storage: blobStorage,
    userId,
    applicationId,
    documentTypes,
    uploads: uploads.files,
  });
  const fieldErrors: Record<string, string> = {};
  for (const type of uploads.tooLarge) fieldErrors[`document-${type}`] = t("file.tooLarge");
  for (const [type, key] of Object.entries(errors)) fieldErrors[`document-${type}`] = t(key as never);
  const files = await listDraftAttachments(db, draft.id);
  if (formData.get("intent") === "continue" && !Object.keys(fieldErrors).length)
    for (const id of requiredDocumentIds(service, "portal"))
      if (!files.some((file) => file.documentType === id))
        fieldErrors[`document-${id}`] = t("documents.missing");
  const message = stored.length
    ? tApply("attachedList", { names: stored.map((file) => file.name).join(", ") })
    : undefined;
  if (Object.keys(fieldErrors).length) return { status: "error", values: {}, errors: fieldErrors, message };
  if (formData.get("intent") !== "continue") return { status: "success", values: {}, errors: {}, message };
  return { status: "success", values: {}, errors: {}, data: { next: "review" } };
}

/** The non-empty files of the form, by document (`file-<type>`); over the size limit ones are named apart. */
async function chosenFiles(formData: FormData, documentTypes: string[]) {
  const files: DraftUpload[] = [];
  const tooLarge: string[] = [];
  for (const documentType of documentTypes)
    for (const value of formData.getAll(`file-${documentType}`)) {
      if (!(value instanceof File) || (value.size === 0 && !value.name)) continue;
      if (value.size > MAX_ATTACHMENT_BYTES) tooLarge.push(documentType);
      else
        files.push({ documentType, fileName: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  return { files, tooLarge };
}

export async function signingPayloadAction(applicationId: string): Promise<string> {
  checkArgs(idArg, applicationId);
  const user = await requireUser();
  try {
    const db = await getDb();
    return (await draftSigningPayload({ db, userId: user.userId, iin: user.iin, applicationId })).payload;
  } catch (error) {
    // Only a draft has a payload to sign: a request already sent has none either.
    if (error instanceof AppError) notFound();
    throw error;
  }
}

export async function submitAction(
  applicationId: string,
  cms: string,
  idempotencyKey: string,
): Promise<{ ok: true; next: string } | { ok: false; message: string }> {
  checkArgs(z.tuple([idArg, z.string().max(200_000), tokenArg]), [applicationId, cms, idempotencyKey]);
  const user = await requireUser();
  const locale = await getLocale();
  try {
    await submitApplication({
      db: await getDb(),
      userId: user.userId,
      iin: user.iin,
      applicationId,
      cms,
      idempotencyKey,
      recipient: { locale: user.locale, phone: user.phone },
    });
    return { ok: true, next: routes.applicationReceipt(locale, applicationId) };
  } catch (error) {
    notFoundOnMissing(error);
    if (!(error instanceof AppError)) throw error;
    return { ok: false, message: await appErrorMessage(error) };
  }
}
