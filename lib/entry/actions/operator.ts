"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { checkArgs, formDataArg, idArg } from "@/lib/entry/forms/action-args";
import { getLocale } from "next-intl/server";
import type { VisitNotice } from "@/lib/entry/office-notices";
import { blobStorage } from "@/lib/attachments/server";
import { getDb } from "@/lib/db/server";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/entry/forms/run-form-action";
import { requireConfirmation } from "@/lib/entry/forms/confirmation";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { prepareScans } from "@/lib/home-visits/scans";
import { cancelVisit, completeVisit, scheduleVisit } from "@/lib/home-visits/operator";
import { routes } from "@/lib/entry/routes";

/** The bound visit id and the form: what no page of ours sends is the 404 page. */
const visitArgs = z.tuple([idArg, z.unknown(), formDataArg]);

async function operator() {
  const staff = await getCurrentStaff();
  if (!staff || staff.role !== "operator") redirect(routes.officeSignIn(await getLocale()));
  return staff;
}

async function done(visitId: string, notice: VisitNotice): Promise<never> {
  redirect(routes.officeHomeVisit(await getLocale(), visitId, notice));
}

const version = (value: string) =>
  Number.isInteger(Number(value)) && value !== "" ? Number(value) : undefined;

export async function scheduleVisitAction(
  visitId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(visitArgs, [visitId, _, formData]);
  const staff = await operator();
  const state = await runFormAction(formData, ["date", "window", "employee", "version"], async (input) => {
    await scheduleVisit({
      db: await getDb(),
      staff,
      visitId,
      date: input.date!,
      window: input.window!,
      employeeId: input.employee!,
      version: version(input.version!),
    });
  });
  return state.status === "success" ? done(visitId, "scheduled") : state;
}

export async function cancelVisitAction(
  visitId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(visitArgs, [visitId, _, formData]);
  const staff = await operator();
  const state = await runFormAction(formData, ["reason", "version", "confirm"], async (input) => {
    requireConfirmation(input, true);
    await cancelVisit({
      db: await getDb(),
      staff,
      visitId,
      reason: input.reason!,
      version: version(input.version!),
    });
  });
  return state.status === "success" ? done(visitId, "cancelled") : state;
}

/** The visit is done: the scans are checked by content, stored, and the request registered with them. */
export async function completeVisitAction(
  visitId: string,
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  checkArgs(visitArgs, [visitId, _, formData]);
  const staff = await operator();
  const files = formData
    .getAll("files")
    .filter((entry): entry is File => entry instanceof File && entry.size > 0);
  const state = await runFormAction(formData, ["version"], async (input) => {
    const scans = await prepareScans(blobStorage, files);
    try {
      await completeVisit({
        db: await getDb(),
        staff,
        visitId,
        version: version(input.version!),
        attach: scans.attach,
      });
    } catch (error) {
      await scans.discard();
      throw error;
    }
  });
  return state.status === "success" ? done(visitId, "completed") : state;
}
