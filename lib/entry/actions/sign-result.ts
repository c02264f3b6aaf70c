"use server";

import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { checkArgs, idArg, notFoundOnMissing } from "@/lib/entry/forms/action-args";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { appErrorMessage } from "@/lib/entry/forms/error-message";
import { findProviderResultDocument } from "@/lib/office/provider-request";
import { actOnRequest } from "@/lib/office/act-on-request";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { routes } from "@/lib/entry/routes";

/** The prepared result document's exact bytes, for the head of the request's provider to sign. */
export async function resultPayloadAction(applicationId: string): Promise<string> {
  checkArgs(idArg, applicationId);
  const staff = await getCurrentStaff();
  // Only a head signs; for anyone else, as for another provider's request, there is nothing here.
  if (!staff || staff.role !== "head") notFound();
  const document = await findProviderResultDocument(await getDb(), staff.providerId, applicationId);
  if (!document) notFound();
  return document.content;
}

/**
 * The head's signature: verified on the server, then the status, history, notification and outbox in one
 * transaction.
 */
export async function signResultAction(
  applicationId: string,
  version: number,
  cms: string,
): Promise<{ ok: true; next: string } | { ok: false; message: string }> {
  checkArgs(z.tuple([idArg, z.number().int().min(0), z.string().max(200_000)]), [
    applicationId,
    version,
    cms,
  ]);
  const staff = await getCurrentStaff();
  const locale = await getLocale();
  if (!staff) return { ok: false, message: (await getTranslations("errors"))("codes.unauthenticated") };
  try {
    await actOnRequest({ db: await getDb(), staff, applicationId, action: "sign", version, cms });
    return { ok: true, next: routes.office(locale, "sign") };
  } catch (error) {
    notFoundOnMissing(error);
    if (!(error instanceof AppError)) throw error;
    return { ok: false, message: await appErrorMessage(error) };
  }
}
