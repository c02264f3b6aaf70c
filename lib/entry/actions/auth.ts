"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/server";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { createOutboxSms } from "@/lib/notifications/sms";
import { clientAddress, getCurrentUser } from "@/lib/entry/current-user";
import { changePassword, confirmPasswordReset, startPasswordReset } from "@/lib/auth/passwords-change";
import { confirmRegistration, startRegistration } from "@/lib/auth/register";
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  extendSession,
  SESSION_IDLE_MS,
} from "@/lib/auth/sessions";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { routes } from "@/lib/entry/routes";
import { safeReturnPath } from "@/lib/entry/return-path";
import { afterSignIn } from "@/lib/entry/sign-in-redirect";
import { deviceCookie } from "@/lib/entry/second-factor-cookies";

async function setSessionCookie(session: { token: string; expiresAt: Date }) {
  (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
}

/** IIN and password; then the SMS code step (`confirmSignInAction`) unless this device is remembered. */
export async function signInAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  // Where the user was going (a checked path on this site), kept through the SMS code step.
  const returnTo = safeReturnPath(formData instanceof FormData ? formData.get("next") : null) ?? undefined;
  let next = afterSignIn(locale, returnTo);
  const state = await runFormAction(formData, ["iin", "password"], async (input) => {
    const db = await getDb();
    const result = await signInWithPassword({
      db,
      input,
      client: await clientAddress(),
      sms: createOutboxSms(db),
      locale,
      deviceCookie: await deviceCookie(),
    });
    if (result.step === "session") await setSessionCookie(result);
    else next = routes.signInCode(locale, result.confirmationId, returnTo);
  });
  if (state.status === "success") redirect(next);
  return state;
}

export async function registerAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const db = await getDb();
  let confirmationId = "";
  const state = await runFormAction(formData, ["iin", "phone", "password"], async (input) => {
    const sms = createOutboxSms(db);
    const client = await clientAddress();
    ({ confirmationId } = await startRegistration({ db, sms, input, locale, client }));
  });
  if (state.status === "success") redirect(routes.registerConfirm(locale, confirmationId));
  return state;
}

export async function confirmRegistrationAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const db = await getDb();
  const state = await runFormAction(formData, ["confirmationId", "code"], async (input) => {
    const { userId } = await confirmRegistration({ db, input, locale, client: await clientAddress() });
    await setSessionCookie(await createSession(db, userId, "password"));
  });
  if (state.status === "success") redirect(routes.cabinet(locale));
  return state;
}

export async function resetStartAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const db = await getDb();
  let confirmationId = "";
  const state = await runFormAction(formData, ["iin", "phone"], async (input) => {
    const sms = createOutboxSms(db);
    const client = await clientAddress();
    ({ confirmationId } = await startPasswordReset({ db, sms, input, locale, client }));
  });
  if (state.status === "success") redirect(routes.resetPasswordConfirm(locale, confirmationId));
  return state;
}

export async function resetConfirmAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const db = await getDb();
  const state = await runFormAction(formData, ["confirmationId", "code", "password"], async (input) => {
    await confirmPasswordReset({ db, input, client: await clientAddress() });
  });
  if (state.status === "success") redirect(routes.signIn(locale, "reset"));
  return state;
}

export async function changePasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(await getLocale()));
  const t = await getTranslations("security");
  return runFormAction(formData, ["currentPassword", "newPassword"], async (input) => {
    await changePassword({ db: await getDb(), userId: user.userId, keepTokenHash: user.tokenHash, input });
    return { message: t("changed") };
  });
}

export async function signOutAction(): Promise<void> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(await getDb(), token);
  store.delete(SESSION_COOKIE);
  redirect(routes.home(await getLocale()));
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await deleteUserSessions(await getDb(), user.userId);
  (await cookies()).delete(SESSION_COOKIE);
  redirect(routes.signIn(await getLocale()));
}

/** The "stay signed in" answer to the idle warning. Returns the milliseconds left, or null when ended. */
export async function extendSessionAction(): Promise<number | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token || !(await extendSession(await getDb(), token))) return null;
  const user = await getCurrentUser();
  return user ? Math.min(SESSION_IDLE_MS, user.expiresAt.getTime() - Date.now()) : null;
}
