import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { randomUUID } from "node:crypto";
import { services } from "@/lib/services/registry";
import type { HomeVisitFormView } from "@/lib/home-visits/form-view";
import { healthReasons, visitNeeds } from "@/lib/home-visits/schemas";
import { offersChannel } from "@/lib/services/documents";
import { timeWindows, visitDays } from "@/lib/home-visits/slots";

/**
 * Everything the home-visit form shows, translated on the server: services, the next working days, windows.
 */
export async function homeVisitFormView(
  mode: HomeVisitFormView["mode"],
  defaults: { address: string; phone: string },
): Promise<HomeVisitFormView> {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const v = (key: string) => t(`homeVisit.form.${key}` as never);
  const labelKeys = [
    "summaryTitle",
    "service",
    "serviceHint",
    "healthReason",
    "healthReasonText",
    "healthReasonTextHint",
    "childBirthDate",
    "childBirthDateHint",
    "applicantIin",
    "applicantIinHint",
    "authority",
    "powerOfAttorney",
    "powerOfAttorneyHint",
    "address",
    "addressHint",
    "phone",
    "phoneHint",
    "slotsLegend",
    "slotsHint",
    "slotDate",
    "slotWindow",
    "choose",
    "needs",
    "needsOther",
    "note",
    "submit",
  ] as const;
  return {
    mode,
    idempotencyKey: randomUUID(),
    defaults,
    // Only the services whose regulation offers a home visit (002 §12); the server refuses the others.
    services: services
      .filter((service) => offersChannel(service, "home-visit"))
      .map((service) => ({
        value: service.id,
        label: t(`services.${service.messageKey}.title`),
      })),
    days: visitDays().map((day) => ({
      value: day,
      label: format.dateTime(new Date(`${day}T12:00:00+05:00`), {
        weekday: "long",
        day: "numeric",
        month: "long",
      }),
    })),
    windows: timeWindows.map((window) => ({
      value: `${window.from}-${window.to}`,
      label: `${window.from}–${window.to}`,
    })),
    needs: visitNeeds.map((need) => ({ value: need, label: t(`homeVisit.needs.${need}`) })),
    healthReasons: healthReasons.map((reason) => ({
      value: reason,
      label: t(`homeVisit.healthReasons.${reason}`),
    })),
    authorities: [
      { value: "consent", label: v("authorityConsent") },
      { value: "powerOfAttorney", label: v("authorityPower") },
    ],
    labels: Object.fromEntries(
      labelKeys.map((key) => [key, key === "summaryTitle" ? t("errors.summaryTitle") : v(key)]),
    ) as HomeVisitFormView["labels"],
  };
}
