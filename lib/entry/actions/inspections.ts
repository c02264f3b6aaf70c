"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { blobStorage } from "@/lib/attachments/server";
import { getDb } from "@/lib/db/server";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { checkArgs, formDataArg, idArg } from "@/lib/entry/forms/action-args";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { routes } from "@/lib/entry/routes";
import type { FormState } from "@/lib/forms/form-state";
import { recordInspectionAct, scheduleInspection } from "@/lib/office/inspections";

const args = z.tuple([idArg, z.unknown(), formDataArg]);

/** The executor schedules (or moves) the housing inspection of a request (seed 003 §5.3). */
export async function scheduleInspectionAction(
  applicationId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(args, [applicationId, _, formData]);
  const locale = await getLocale();
  const staff = await getCurrentStaff();
  if (!staff) redirect(routes.officeSignIn(locale));
  const state = await runFormAction(formData, ["date", "time", "inspector"], async (input) => {
    await scheduleInspection({ db: await getDb(), staff, applicationId, input });
  });
  if (state.status === "success") redirect(routes.office(locale, "inspectionScheduled"));
  return state;
}

/** The executor records the findings and the scan of the signed act (seed 003 §5.3). */
export async function recordInspectionAction(
  applicationId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(args, [applicationId, _, formData]);
  const locale = await getLocale();
  const staff = await getCurrentStaff();
  if (!staff) redirect(routes.officeSignIn(locale));
  const upload = formData.get("act");
  const file =
    upload instanceof File && upload.size > 0
      ? { bytes: new Uint8Array(await upload.arrayBuffer()), name: upload.name }
      : null;
  const state = await runFormAction(formData, ["findings"], async (input) => {
    await recordInspectionAct({ db: await getDb(), staff, storage: blobStorage, applicationId, input, file });
  });
  if (state.status === "success") redirect(routes.office(locale, "inspectionRecorded"));
  return state;
}
