import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
export type InspectionView = {
  scheduledAt: Date;
  inspector: string;
  findings: string | null;
  recordedAt: Date | null;
} | null;

/**
 * The inspection of housing and living conditions on the office request page (seed 003 §5.3): what is
 * scheduled or recorded, and for the request's executor while it is under review, the forms to schedule
 * (or move) it and to record the findings with the scan of the signed act.
 */
export async function HousingInspection({
  inspection,
  actions,
}: {
  inspection: InspectionView;
  actions: { schedule: Action; record: Action } | null;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const canRecord = actions && inspection && !inspection.recordedAt;
  return (
    <section aria-labelledby="office-inspection" className="space-y-3">
      <h2 id="office-inspection" className="text-xl">
        {t("office.inspection.title")}
      </h2>
      {inspection ? (
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("office.inspection.scheduledAt")}</dt>
          <dd>{when(inspection.scheduledAt)}</dd>
          <dt className="font-semibold">{t("office.inspection.inspector")}</dt>
          <dd>{inspection.inspector}</dd>
          {inspection.recordedAt ? (
            <>
              <dt className="font-semibold">{t("office.inspection.recordedAt")}</dt>
              <dd>{when(inspection.recordedAt)}</dd>
              <dt className="font-semibold">{t("office.inspection.findings")}</dt>
              <dd className="break-words">{inspection.findings}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t("office.inspection.none")}</p>
      )}
      {actions && !inspection?.recordedAt ? (
        <div className="rounded border border-gray-300 p-3">
          <h3 className="mb-3 text-lg">
            {t(inspection ? "office.inspection.reschedule" : "office.inspection.schedule")}
          </h3>
          <ActionForm
            action={actions.schedule}
            idPrefix="inspection-"
            fields={[
              { name: "date", label: t("office.inspection.date"), maxLength: 10 },
              { name: "time", label: t("office.inspection.time"), maxLength: 5 },
              { name: "inspector", label: t("office.inspection.inspector"), maxLength: 200 },
            ]}
            submitLabel={t(inspection ? "office.inspection.reschedule" : "office.inspection.schedule")}
            summaryTitle={t("errors.summaryTitle")}
          />
        </div>
      ) : null}
      {canRecord ? (
        <div className="rounded border border-gray-300 p-3">
          <h3 className="mb-3 text-lg">{t("office.inspection.record")}</h3>
          <ActionForm
            action={actions.record}
            idPrefix="act-"
            fields={[{ name: "findings", label: t("office.inspection.findings"), maxLength: 4000 }]}
            submitLabel={t("office.inspection.record")}
            summaryTitle={t("errors.summaryTitle")}
          >
            <div className="space-y-1">
              <label htmlFor="act-act" className="block font-semibold">
                {t("office.inspection.act")}
              </label>
              <p id="act-act-hint" className="text-sm text-muted">
                {t("office.inspection.actHint")}
              </p>
              <input
                id="act-act"
                name="act"
                type="file"
                accept="application/pdf,image/jpeg,image/png"
                aria-describedby="act-act-hint"
                className="block min-h-11 w-full max-w-md"
              />
            </div>
          </ActionForm>
        </div>
      ) : null}
    </section>
  );
}
