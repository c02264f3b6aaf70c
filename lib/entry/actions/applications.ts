"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { appErrorMessage } from "@/lib/entry/forms/error-message";
import { createDraft, getOwnDraft, saveStep, listDraftAttachments } from "@/lib/applications/drafts";
import { draftSigningPayload } from "@/lib/applications/signing-payload";
import { submitApplication } from "@/lib/applications/submit-application";
import { storedService } from "@/lib/services/registry";
import { applicationFlow, localized, routes } from "@/lib/entry/routes";

async function requireUser() {
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(await getLocale()));
  return user;
}

export async function startApplicationAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const serviceId = String(formData.get("serviceId") ?? "");
  const { id } = await createDraft({ db: await getDb(), userId: user.userId, serviceId });
  const first = storedService(serviceId).form.steps[0]!.id;
  redirect(routes.applicationStep(await getLocale(), id, first));
}

export async function saveStepAction(
  applicationId: string,
  stepId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser();
  const locale = await getLocale();
  const db = await getDb();
  const draft = await getOwnDraft(db, user.userId, applicationId);
  const steps = storedService(draft.serviceId).form.steps;
  const names = steps.find((step) => step.id === stepId)?.fields.map((field) => field.name) ?? [];
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
  const user = await requireUser();
  const db = await getDb();
  const draft = await getOwnDraft(db, user.userId, applicationId);
  const files = await listDraftAttachments(db, draft.id);
  const service = storedService(draft.serviceId);
  const missing = service.documents.filter(
    (document) =>
      document.requirement === "required" && !files.some((file) => file.documentType === document.id),
  );
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
  const user = await requireUser();
  return (await draftSigningPayload({ db: await getDb(), userId: user.userId, iin: user.iin, applicationId }))
    .payload;
}

export async function submitAction(
  applicationId: string,
  cms: string,
  idempotencyKey: string,
): Promise<{ ok: true; next: string } | { ok: false; message: string }> {
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
    if (!(error instanceof AppError)) throw error;
    return { ok: false, message: await appErrorMessage(error) };
  }
}
