import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Db } from "@/lib/db/connect";
import { providers, type OfficeHours } from "@/lib/db/schema";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

/** Where a result is collected: the office of the provider the request was routed to (002 §3, 003 §3). */
export type CollectionPlace = {
  name: string;
  address: string;
  hours: OfficeHours | null;
  phone: string | null;
};

export async function findCollectionPlace(
  db: Db,
  providerId: string | null,
): Promise<CollectionPlace | null> {
  if (!providerId) return null;
  const [row] = await db
    .select({
      name: providers.name,
      address: providers.address,
      hours: providers.hours,
      phone: providers.phone,
    })
    .from(providers)
    .where(eq(providers.id, providerId));
  return row ?? null;
}

/** The office's hours as a phrase in the locale, e.g. "Mon–Fri 09:00–18:30, break 13:00–14:30". */
export async function officeHoursText(hours: OfficeHours, locale: Locale): Promise<string> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const [from, to] = (hours.lunch ?? "").split("-");
  const days = t(`collection.days.${hours.days}`);
  const open = t("collection.open", { days, open: hours.open, close: hours.close });
  return from && to ? t("collection.withBreak", { open, from, to }) : open;
}

/**
 * The place as one line for a receipt, a notification or a PDF: office, address, hours and phone.
 * Without a routed provider, the service's general wording (`fallback`).
 */
export async function collectionPlaceText(
  place: CollectionPlace | null,
  locale: Locale,
  fallback: string,
): Promise<string> {
  if (!place) return fallback;
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const parts = [
    `${place.name}, ${place.address}`,
    place.hours ? await officeHoursText(place.hours, locale) : null,
    place.phone ? t("collection.phone", { phone: place.phone }) : null,
  ];
  return parts.filter(Boolean).join("; ");
}
