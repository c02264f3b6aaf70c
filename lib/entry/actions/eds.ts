"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { clientAddress, getCurrentUser } from "@/lib/entry/current-user";
import { createEdsChallenge, signInWithEds } from "@/lib/auth/eds-sign-in";
import { consume } from "@/lib/auth/throttle";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { getDb } from "@/lib/db/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { checkArgs, formDataArg } from "@/lib/entry/forms/action-args";
import { revokeCertificate } from "@/lib/eds/revocation";
import { apiPaths, routes } from "@/lib/entry/routes";
import { afterSignIn } from "@/lib/entry/sign-in-redirect";
import { coarseAddress } from "@/lib/auth/coarse-address";
import { issueKeyWithCode } from "@/lib/auth/issue-key";
import { startKeyIssue } from "@/lib/auth/start-key-issue";
import { requestDeviceDescription } from "@/lib/entry/second-factor-cookies";
import { createOutboxSms } from "@/lib/notifications/sms";

const crlUrl = async () => `${env.APP_ORIGIN}${apiPaths.crl()}`;

/**
 * Issuing a key needs the account password again and an SMS code (a session alone cannot mint one).
 * Step 1 (no confirmationId): key type and password, a code goes out. Step 2: the code and the key
 * file's password; the answer carries the PKCS#12 file.
 */
export async function issueKeyAction(_: FormState, formData: FormData): Promise<FormState> {
  checkArgs(formDataArg, formData);
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(locale));
  const db = await getDb();
  if (!formData.get("confirmationId")) {
    const t = await getTranslations("keys");
    return runFormAction(formData, ["kind", "accountPassword"], async (input) => {
      await consume(db, "keyIssue", { key: user.iin, client: await clientAddress() });
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
  const form = checkArgs(formDataArg, formData);
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(locale));
  // A serial is hex; anything else names no key (and never reaches SQL).
  const serial = String(form.get("serial") ?? "");
  const revoked =
    /^[0-9a-fA-F]{1,64}$/.test(serial) && (await revokeCertificate(await getDb(), { serial, iin: user.iin }));
  redirect(routes.keys(locale, revoked));
}

type EdsAnswer<T> = ({ ok: true } & T) | { ok: false; message: string };

/** The translated answer for a refused EDS step (with the time to wait when throttled). */
async function refused(error: unknown): Promise<{ ok: false; message: string }> {
  if (!(error instanceof AppError)) throw error;
  const t = await getTranslations("errors");
  const message = t(`codes.${error.code}` as never);
  if (!error.retryAfterSeconds) return { ok: false, message };
  const time = (await getFormatter()).dateTime(new Date(Date.now() + error.retryAfterSeconds * 1000), {
    hour: "2-digit",
    minute: "2-digit",
  });
  return { ok: false, message: `${message} ${t("retryAt", { time })}` };
}

export async function edsChallengeAction(): Promise<EdsAnswer<{ challenge: string }>> {
  try {
    const db = await getDb();
    await consume(db, "edsChallenge", { client: await clientAddress() });
    return { ok: true, challenge: (await createEdsChallenge(db)).challenge };
  } catch (error) {
    return refused(error);
  }
}

/** `returnTo`: where the user was going (checked; the cabinet otherwise). */
export async function edsSignInAction(
  challenge: string,
  cms: string,
  returnTo?: string,
): Promise<EdsAnswer<{ next: string }>> {
  checkArgs(z.tuple([z.string().max(200), z.string().max(200_000), z.string().max(1000).optional()]), [
    challenge,
    cms,
    returnTo,
  ]);
  const locale = await getLocale();
  try {
    const db = await getDb();
    await consume(db, "edsSignIn", { client: await clientAddress() });
    const session = await signInWithEds({ db, input: { challenge, cms } });
    (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
    return { ok: true, next: afterSignIn(locale, returnTo) };
  } catch (error) {
    return refused(error);
  }
}
