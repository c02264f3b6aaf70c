"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { checkArgs, formDataArg } from "@/lib/entry/forms/action-args";
import { formStateFromError } from "@/lib/entry/forms/run-form-action";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import type { FormState } from "@/lib/forms/form-state";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { visitFormEcho, visitInputFromForm } from "@/lib/home-visits/form";
import { requestHomeVisit, type Requester } from "@/lib/home-visits/request-visit";
import { confirmVisitConsent } from "@/lib/home-visits/confirm-visit-consent";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { routes } from "@/lib/entry/routes";

async function submit(
  requester: Requester | null,
  mode: "self" | "other" | "operator",
  formData: FormData,
  next: (locale: string, id: string) => string,
): Promise<FormState> {
  const locale = await getLocale();
  const values = visitFormEcho(formData);
  if (!requester) redirect(mode === "operator" ? routes.officeSignIn(locale) : routes.signIn(locale));
  let id: string;
  try {
    const visit = await requestHomeVisit({
      db: await getDb(),
      requester,
      input: visitInputFromForm(formData, mode),
      idempotencyKey: String(formData.get("idempotencyKey") ?? ""),
    });
    id = visit.id;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(next(locale, id));
}

/** The applicant (or a helper, mode "other") asks for a home visit. */
export async function requestVisitAction(
  mode: "self" | "other",
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(z.tuple([z.enum(["self", "other"]), z.unknown(), formDataArg]), [mode, _, formData]);
  const user = await getCurrentUser();
  return submit(
    user ? { kind: "user", userId: user.userId, iin: user.iin } : null,
    mode,
    formData,
    routes.homeVisit,
  );
}

/** The operator enters a request taken by phone (the applicant found by IIN). */
export async function operatorRequestVisitAction(_: FormState, formData: FormData): Promise<FormState> {
  checkArgs(formDataArg, formData);
  const staff = await getCurrentStaff();
  const requester: Requester | null =
    staff?.role === "operator"
      ? {
          kind: "operator",
          staffId: staff.id,
          applicantIin: String(formData.get("applicantIin") ?? "").trim(),
        }
      : null;
  return submit(requester, "operator", formData, routes.officeHomeVisit);
}

/** The helper enters the code the person received: the visit goes on to the operator. */
export async function confirmVisitConsentAction(
  visitId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(locale));
  const state = await runFormAction(formData, ["code"], async (input) => {
    await confirmVisitConsent({ db: await getDb(), userId: user.userId, visitId, input });
  });
  if (state.status === "success") redirect(routes.homeVisit(locale, visitId));
  return state;
}
