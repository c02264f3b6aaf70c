"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { checkArgs, formDataArg, idArg, notFoundOnMissing, tokenArg } from "@/lib/entry/forms/action-args";
import { formStateFromError, runFormAction } from "@/lib/entry/forms/run-form-action";
import { appErrorMessage } from "@/lib/entry/forms/error-message";
import { createDraft, getOwnDraft, saveStep, listDraftAttachments } from "@/lib/applications/drafts";
import { draftSigningPayload } from "@/lib/applications/signing-payload";
import { submitApplication } from "@/lib/applications/submit-application";
import { requiredDocumentIds } from "@/lib/services/documents";
import { findService, storedService } from "@/lib/services/registry";
import { applicationFlow, localized, routes } from "@/lib/entry/routes";

async function requireUser() {
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(await getLocale()));
  return user;
}

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

/** Documents step: every required document must be attached before the review. */
export async function documentsContinueAction(applicationId: string, _: FormState): Promise<FormState> {
  checkArgs(idArg, applicationId);
  const user = await requireUser();
  const db = await getDb();
  const found = await ownDraftOrState(user.userId, applicationId);
  if ("state" in found) return found.state;
  const { draft } = found;
  const files = await listDraftAttachments(db, draft.id);
  const service = storedService(draft.serviceId);
  const missing = requiredDocumentIds(service, "portal")
    .filter((id) => !files.some((file) => file.documentType === id))
    .map((id) => ({ id }));
  if (missing.length) {
    const t = await getTranslations("errors");
    return {
      status: "error",
      values: {},
      errors: Object.fromEntries(
        missing.map((document) => [`document-${document.id}`, t("documents.missing")]),
      ),
    };
  }
  redirect(routes.applicationReview(await getLocale(), applicationId));
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
    });
    return { ok: true, next: routes.applicationReceipt(locale, applicationId) };
  } catch (error) {
    notFoundOnMissing(error);
    if (!(error instanceof AppError)) throw error;
    return { ok: false, message: await appErrorMessage(error) };
  }
}
