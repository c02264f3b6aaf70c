import { getFormatter, getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import { fieldEmployees } from "@/lib/home-visits/employees";
import { timeWindows, visitDays } from "@/lib/home-visits/slots";
import { CompleteForm, ScheduleForm } from "./operator-forms-client";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export async function ScheduleVisitForm({ action, version }: { action: Action; version: number }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <ScheduleForm
      action={action}
      version={version}
      days={visitDays().map((day) => ({
        value: day,
        label: format.dateTime(new Date(`${day}T12:00:00+05:00`), {
          weekday: "long",
          day: "numeric",
          month: "long",
        }),
      }))}
      windows={timeWindows.map((window) => ({
        value: `${window.from}-${window.to}`,
        label: `${window.from}–${window.to}`,
      }))}
      employees={fieldEmployees.map((employee) => ({ value: employee.id, label: employee.name }))}
      labels={{
        date: t("homeVisit.visitDate"),
        window: t("homeVisit.visitWindow"),
        employee: t("homeVisit.employee"),
        choose: t("homeVisit.form.choose"),
        submit: t("homeVisit.scheduleSubmit"),
        summaryTitle: t("errors.summaryTitle"),
      }}
    />
  );
}

export async function CompleteVisitForm({ action, version }: { action: Action; version: number }) {
  const t = await getTranslations();
  return (
    <CompleteForm
      action={action}
      version={version}
      labels={{
        files: t("homeVisit.files"),
        filesHint: t("homeVisit.filesHint"),
        submit: t("homeVisit.completeSubmit"),
        summaryTitle: t("errors.summaryTitle"),
      }}
    />
  );
}
