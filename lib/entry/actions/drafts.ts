"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getLocale } from "next-intl/server";
import { deleteDraft } from "@/lib/applications/drafts";
import { withdrawApplication } from "@/lib/applications/withdraw";
import { blobStorage } from "@/lib/attachments/server";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { checkArgs, formDataArg, idArg } from "@/lib/entry/forms/action-args";
import { requireConfirmation } from "@/lib/entry/forms/confirmation";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { routes } from "@/lib/entry/routes";
import { requireUser } from "@/lib/entry/actions/require-user";

const args = z.tuple([idArg, z.unknown(), formDataArg]);

/**
 * Deletes a draft and its files after the "I confirm" box. Idempotent: a draft already gone (a
 * repeated post) leads to the cabinet like the first one did.
 */
export async function deleteDraftAction(
  applicationId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(args, [applicationId, _, formData]);
  const user = await requireUser();
  const state = await runFormAction(formData, ["confirm"], async (input) => {
    requireConfirmation(input);
    try {
      await deleteDraft({ db: await getDb(), userId: user.userId, applicationId, storage: blobStorage });
    } catch (error) {
      if (!(error instanceof AppError && error.code === "not_found")) throw error;
    }
  });
  if (state.status !== "success") return state;
  redirect(routes.cabinet(await getLocale()));
}

/** Withdraws a submitted request after the "I confirm" box; the request page then shows it withdrawn. */
export async function withdrawAction(
  applicationId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(args, [applicationId, _, formData]);
  const user = await requireUser();
  const state = await runFormAction(formData, ["confirm"], async (input) => {
    requireConfirmation(input);
    await withdrawApplication({ db: await getDb(), userId: user.userId, applicationId });
  });
  if (state.status !== "success") return state;
  redirect(routes.application(await getLocale(), applicationId));
}
