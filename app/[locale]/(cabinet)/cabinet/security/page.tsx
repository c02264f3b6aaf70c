import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { identityFields } from "@/components/forms/identity-fields";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { listTrustedDevices } from "@/lib/auth/trusted-devices";
import { getDb } from "@/lib/db/server";
import { changePasswordAction, signOutEverywhereAction } from "@/lib/entry/actions/auth";
import { forgetAllDevicesAction, forgetDeviceAction } from "@/lib/entry/actions/second-factor";
import { getCurrentUser } from "@/lib/entry/current-user";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ forgotten?: string }> };

export default async function SecurityPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, fields, format, user, { forgotten }] = await Promise.all([
    getTranslations(),
    identityFields(),
    getFormatter(),
    getCurrentUser(),
    searchParams,
  ]);
  if (!user) return null;
  const devices = await listTrustedDevices(await getDb(), user.userId);
  const when = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeading title={t("security.title")} />
      {forgotten === "one" || forgotten === "all" ? (
        <p role="status" className="border-l-4 border-success bg-surface p-3">
          {t(forgotten === "one" ? "security.forgotten" : "security.allForgotten")}
        </p>
      ) : null}
      <section aria-labelledby="change-password" className="max-w-xl space-y-4">
        <h2 id="change-password" className="text-2xl">
          {t("security.changePassword")}
        </h2>
        <ActionForm
          action={changePasswordAction}
          fields={[fields.currentPassword, fields.changedPassword]}
          submitLabel={t("security.changeSubmit")}
          summaryTitle={t("errors.summaryTitle")}
        />
      </section>
      <section aria-labelledby="remembered-devices" className="space-y-3">
        <h2 id="remembered-devices" className="text-2xl">
          {t("security.devicesTitle")}
        </h2>
        <p>{t("security.devicesLead")}</p>
        {devices.length === 0 ? (
          <p>{t("security.devicesEmpty")}</p>
        ) : (
          <>
            <DataTable
              headers={[
                t("security.device"),
                t("security.rememberedAt"),
                t("security.lastUsed"),
                t("security.actions"),
              ]}
              rows={devices.map((device) => {
                const name = device.description ?? t("security.unknownDevice");
                return {
                  key: device.id,
                  cells: [
                    name,
                    <span key="created" className="md:whitespace-nowrap">
                      {when(device.createdAt)}
                    </span>,
                    <span key="used" className="md:whitespace-nowrap">
                      {when(device.lastUsedAt)}
                    </span>,
                    <form key="forget" action={forgetDeviceAction}>
                      <input type="hidden" name="id" value={device.id} />
                      <button
                        type="submit"
                        aria-label={t("security.forgetLabel", { device: name, date: when(device.createdAt) })}
                        className="min-h-11 rounded border-2 border-danger px-3 font-semibold text-danger"
                      >
                        {t("security.forget")}
                      </button>
                    </form>,
                  ],
                };
              })}
            />
            <form action={forgetAllDevicesAction}>
              <button
                type="submit"
                className="min-h-11 rounded border-2 border-danger px-4 font-semibold text-danger"
              >
                {t("security.forgetAll")}
              </button>
            </form>
          </>
        )}
      </section>
      <section aria-labelledby="sign-out-all" className="max-w-xl space-y-3">
        <h2 id="sign-out-all" className="text-2xl">
          {t("security.signOutAll")}
        </h2>
        <p>{t("security.signOutAllLead")}</p>
        <form action={signOutEverywhereAction}>
          <button
            type="submit"
            className="min-h-11 rounded border-2 border-danger px-4 font-semibold text-danger"
          >
            {t("security.signOutAll")}
          </button>
        </form>
      </section>
    </div>
  );
}
