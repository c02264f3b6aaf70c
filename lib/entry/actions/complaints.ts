"use server";

import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { blobStorage } from "@/lib/attachments/server";
import { complaintDraftPayload, draftComplaint } from "@/lib/complaints/applicant";
import { answerComplaint, complaintReplyPayload, startComplaintReview } from "@/lib/complaints/office";
import { submitComplaint } from "@/lib/complaints/submit";
import { getDb } from "@/lib/db/server";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { checkArgs, formDataArg, idArg, notFoundOnMissing, tokenArg } from "@/lib/entry/forms/action-args";
import { appErrorMessage } from "@/lib/entry/forms/error-message";
import { formStateFromError } from "@/lib/entry/forms/run-form-action";
import { routes } from "@/lib/entry/routes";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { requireUser } from "@/lib/entry/actions/require-user";

type Answer = { ok: true; next: string } | { ok: false; message: string };

async function failure(error: unknown): Promise<{ ok: false; message: string }> {
  notFoundOnMissing(error);
  if (!(error instanceof AppError)) throw error;
  return { ok: false, message: await appErrorMessage(error) };
}

/** The complaint form: subject, text and files become a draft, then the page to read and sign it. */
export async function draftComplaintAction(
  applicationId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(z.tuple([idArg, z.unknown(), formDataArg]), [applicationId, _, formData]);
  const user = await requireUser();
  const values = { subject: String(formData.get("subject") ?? ""), text: String(formData.get("text") ?? "") };
  const files = formData
    .getAll("files")
    .filter((entry): entry is File => entry instanceof File && entry.size > 0);
  let id: string;
  try {
    id = await draftComplaint({
      db: await getDb(),
      storage: blobStorage,
      userId: user.userId,
      applicationId,
      input: values,
      files,
    });
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(routes.complaint(await getLocale(), id));
}

/** The draft complaint's canonical bytes for the applicant's EDS. */
export async function complaintPayloadAction(id: string): Promise<string> {
  checkArgs(idArg, id);
  const user = await requireUser();
  try {
    const { complaint, payload } = await complaintDraftPayload(await getDb(), {
      userId: user.userId,
      iin: user.iin,
      id,
    });
    if (complaint.status !== "draft") notFound();
    return payload;
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
}

/** Files the signed complaint once (the key makes retries of the same click idempotent). */
export async function fileComplaintAction(id: string, cms: string, idempotencyKey: string): Promise<Answer> {
  checkArgs(z.tuple([idArg, z.string().max(200_000), tokenArg]), [id, cms, idempotencyKey]);
  const user = await requireUser();
  try {
    await submitComplaint({
      db: await getDb(),
      userId: user.userId,
      iin: user.iin,
      complaintId: id,
      cms,
      idempotencyKey,
    });
    return { ok: true, next: routes.complaint(await getLocale(), id) };
  } catch (error) {
    return failure(error);
  }
}

async function requireHead() {
  const staff = await getCurrentStaff();
  if (!staff) redirect(routes.officeSignIn(await getLocale()));
  if (staff.role !== "head") notFound();
  return staff;
}

/** The head takes the complaint into review (a plain form post). */
export async function startComplaintReviewAction(id: string): Promise<void> {
  checkArgs(idArg, id);
  const staff = await requireHead();
  try {
    await startComplaintReview({ db: await getDb(), staff, id });
  } catch (error) {
    notFoundOnMissing(error);
    throw error;
  }
  redirect(routes.officeComplaint(await getLocale(), id));
}

/** The bytes the head signs for the reply they typed, or the translated reason they cannot. */
export async function complaintReplyPayloadAction(
  id: string,
  reply: string,
): Promise<{ ok: true; payload: string } | { ok: false; message: string }> {
  checkArgs(z.tuple([idArg, z.string().max(20_000)]), [id, reply]);
  const staff = await requireHead();
  try {
    return { ok: true, payload: (await complaintReplyPayload(await getDb(), staff, id, { reply })).payload };
  } catch (error) {
    return failure(error);
  }
}

/** The head's signed reply: verified on the server, then status, history and notification together. */
export async function answerComplaintAction(id: string, reply: string, cms: string): Promise<Answer> {
  checkArgs(z.tuple([idArg, z.string().max(20_000), z.string().max(200_000)]), [id, reply, cms]);
  const staff = await requireHead();
  try {
    await answerComplaint({ db: await getDb(), staff, id, input: { reply }, cms });
    return { ok: true, next: routes.officeComplaint(await getLocale(), id, true) };
  } catch (error) {
    return failure(error);
  }
}
