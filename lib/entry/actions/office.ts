"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { checkArgs, formDataArg, idArg } from "@/lib/entry/forms/action-args";
import { getLocale } from "next-intl/server";
import { clientAddress } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { env } from "@/lib/env";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { CONFIRMED_ACTIONS, requireConfirmation } from "@/lib/entry/forms/confirmation";
import { workflowRules, type WorkflowAction } from "@/lib/workflow/status-machine";
import { actOnRequest } from "@/lib/office/act-on-request";
import { getCurrentStaff, getStaffSession } from "@/lib/entry/current-staff";
import { changeStaffPassword } from "@/lib/auth/change-staff-password";
import { sha256 } from "@/lib/auth/tokens";
import { deleteStaffSession, signInStaff, STAFF_COOKIE } from "@/lib/auth/staff-auth";
import { routes } from "@/lib/entry/routes";

export async function staffSignInAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  let mustChangePassword = false;
  const state = await runFormAction(formData, ["login", "password"], async (input) => {
    const session = await signInStaff({ db: await getDb(), input, client: await clientAddress() });
    mustChangePassword = session.mustChangePassword;
    (await cookies()).set(STAFF_COOKIE, session.token, {
      httpOnly: true,
      sameSite: "lax",
      secure: env.APP_ORIGIN.startsWith("https://"),
      path: "/",
      expires: session.expiresAt,
    });
  });
  if (state.status === "success")
    redirect(mustChangePassword ? routes.officePassword(locale) : routes.office(locale));
  return state;
}

/**
 * A staff member sets their own password: forced after a one-time password, or any time. Their other
 * sessions end; this one stays.
 */
export async function staffChangePasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const session = await getStaffSession();
  const token = (await cookies()).get(STAFF_COOKIE)?.value;
  if (!session || !token) redirect(routes.officeSignIn(locale));
  const state = await runFormAction(formData, ["currentPassword", "newPassword"], async (input) => {
    await changeStaffPassword({
      db: await getDb(),
      staffId: session.id,
      keepTokenHash: sha256(token),
      input,
    });
  });
  if (state.status === "success") redirect(routes.office(locale, "passwordChanged"));
  return state;
}

export async function staffSignOutAction(): Promise<void> {
  const store = await cookies();
  const token = store.get(STAFF_COOKIE)?.value;
  if (token) await deleteStaffSession(await getDb(), token);
  store.delete(STAFF_COOKIE);
  redirect(routes.officeSignIn(await getLocale()));
}

export async function staffActAction(
  applicationId: string,
  action: WorkflowAction,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  const actions = Object.keys(workflowRules);
  checkArgs(z.tuple([idArg, z.string().refine((name) => actions.includes(name)), z.unknown(), formDataArg]), [
    applicationId,
    action,
    _,
    formData,
  ]);
  const locale = await getLocale();
  const staff = await getCurrentStaff();
  if (!staff) redirect(routes.officeSignIn(locale));
  // Refusal grounds are checkboxes (several values); the domain checks them against the service.
  const grounds = formData.getAll("grounds").map(String);
  const fields = ["reason", "version", "issueAt", "conclusion", "registeringBodyId", "confirm"];
  const state = await runFormAction(formData, fields, async (input) => {
    // A refusal is destructive: its "I confirm" box must be ticked (works without JavaScript). An intake
    // refusal's explanation is optional (its grounds say why).
    if (CONFIRMED_ACTIONS.has(action))
      requireConfirmation(input, workflowRules[action].needsReason && action !== "refuseIntake");
    const version = Number(input.version);
    await actOnRequest({
      db: await getDb(),
      staff,
      applicationId,
      action,
      reason: input.reason,
      decision: {
        grounds,
        issueAt: input.issueAt || undefined,
        conclusion: input.conclusion || undefined,
      },
      version: Number.isInteger(version) ? version : undefined,
      registeringBodyId: input.registeringBodyId || undefined,
    });
  });
  if (state.status === "success") redirect(routes.office(locale, action));
  return state;
}
