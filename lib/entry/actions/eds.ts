"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/entry/current-user";
import { createEdsChallenge, signInWithEds } from "@/lib/auth/eds-sign-in";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { getDb } from "@/lib/db/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { revokeCertificate } from "@/lib/eds/revocation";
import { apiPaths, routes } from "@/lib/entry/routes";
import { coarseAddress } from "@/lib/auth/coarse-address";
import { issueKeyWithCode } from "@/lib/auth/issue-key";
import { startKeyIssue } from "@/lib/auth/start-key-issue";
import { clientAddress } from "@/lib/entry/current-user";
import { requestDeviceDescription } from "@/lib/entry/second-factor-cookies";
import { createOutboxSms } from "@/lib/notifications/sms";

const crlUrl = async () => `${env.APP_ORIGIN}${apiPaths.crl()}`;

/**
 * Issuing a key needs the account password again and an SMS code (a session alone cannot mint one).
 * Step 1 (no confirmationId): key type and password, a code goes out. Step 2: the code and the key
 * file's password; the answer carries the PKCS#12 file.
 */
export async function issueKeyAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(locale));
  const db = await getDb();
  if (!formData.get("confirmationId")) {
    const t = await getTranslations("keys");
    return runFormAction(formData, ["kind", "accountPassword"], async (input) => {
      const started = await startKeyIssue({
        db,
        sms: createOutboxSms(db),
        userId: user.userId,
        input,
        locale,
      });
      return { message: t("codeSent"), data: started };
    });
  }
  return runFormAction(formData, ["confirmationId", "kind", "code", "password"], async (input) => {
    const key = await issueKeyWithCode({
      db,
      userId: user.userId,
      input,
      crlUrl: await crlUrl(),
      origin: { from: coarseAddress(await clientAddress()), device: await requestDeviceDescription() },
    });
    return { data: { fileName: key.fileName, base64: Buffer.from(key.pkcs12).toString("base64") } };
  });
}

export async function revokeKeyAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(locale));
  const serial = String(formData.get("serial") ?? "").slice(0, 64);
  const revoked = await revokeCertificate(await getDb(), { serial, iin: user.iin });
  redirect(routes.keys(locale, revoked));
}

export async function edsChallengeAction(): Promise<string> {
  return (await createEdsChallenge(await getDb())).challenge;
}

export async function edsSignInAction(
  challenge: string,
  cms: string,
): Promise<{ ok: true; next: string } | { ok: false; message: string }> {
  const locale = await getLocale();
  try {
    const session = await signInWithEds({ db: await getDb(), input: { challenge, cms } });
    (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
    return { ok: true, next: routes.cabinet(locale) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const t = await getTranslations("errors");
    return { ok: false, message: t(`codes.${error.code}` as never) };
  }
}
