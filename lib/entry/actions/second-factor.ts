"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { confirmSignIn } from "@/lib/auth/second-factor";
import { forgetTrustedDevices } from "@/lib/auth/trusted-devices";
import { getDb } from "@/lib/db/server";
import { clientAddress, getCurrentUser } from "@/lib/entry/current-user";
import { checkArgs, formDataArg } from "@/lib/entry/forms/action-args";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { routes } from "@/lib/entry/routes";
import { afterSignIn } from "@/lib/entry/sign-in-redirect";
import { requestDeviceDescription, setSignInCookies } from "@/lib/entry/second-factor-cookies";
import type { FormState } from "@/lib/forms/form-state";

/** The sign-in code step: the session (and, when asked, the remembered device) from the SMS code. */
export async function confirmSignInAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const state = await runFormAction(formData, ["confirmationId", "code", "remember"], async (input) => {
    const result = await confirmSignIn({
      db: await getDb(),
      input,
      client: await clientAddress(),
      userAgentDescription: await requestDeviceDescription(),
    });
    await setSignInCookies(result);
  });
  if (state.status === "success") redirect(afterSignIn(locale, formData.get("next")));
  return state;
}

/** Forgets one remembered device of the signed-in user (the next sign-in there asks for a code). */
export async function forgetDeviceAction(formData: FormData): Promise<void> {
  checkArgs(formDataArg, formData);
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(locale));
  const forgotten = await forgetTrustedDevices(await getDb(), user.userId, String(formData.get("id") ?? ""));
  redirect(routes.security(locale, forgotten ? "one" : undefined));
}

export async function forgetAllDevicesAction(): Promise<void> {
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(locale));
  await forgetTrustedDevices(await getDb(), user.userId);
  redirect(routes.security(locale, "all"));
}
