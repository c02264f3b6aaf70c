"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getLocale } from "next-intl/server";
import { getDb } from "@/lib/db/server";
import type { FormState } from "@/lib/forms/form-state";
import { cancelOwnVisit, requestVisitMove } from "@/lib/home-visits/applicant-changes";
import { checkArgs, formDataArg, idArg } from "@/lib/entry/forms/action-args";
import { requireConfirmation } from "@/lib/entry/forms/confirmation";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { routes } from "@/lib/entry/routes";
import { requireUser } from "@/lib/entry/actions/require-user";

const args = z.tuple([idArg, z.unknown(), formDataArg]);

/** The applicant cancels their home visit (the "I confirm" box first); back to the visit's page. */
export async function cancelOwnVisitAction(
  visitId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(args, [visitId, _, formData]);
  const user = await requireUser();
  const state = await runFormAction(formData, ["confirm"], async (input) => {
    requireConfirmation(input);
    await cancelOwnVisit({ db: await getDb(), userId: user.userId, visitId });
  });
  if (state.status !== "success") return state;
  redirect(routes.homeVisit(await getLocale(), visitId));
}

/** The applicant asks to move their visit to another day and window; the operator schedules it again. */
export async function requestVisitMoveAction(
  visitId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(args, [visitId, _, formData]);
  const user = await requireUser();
  const state = await runFormAction(formData, ["date", "window"], async (input) => {
    await requestVisitMove({ db: await getDb(), userId: user.userId, visitId, input });
  });
  if (state.status !== "success") return state;
  redirect(routes.homeVisit(await getLocale(), visitId));
}
