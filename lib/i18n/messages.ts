import type { Locale } from "./locales";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import en from "@/messages/en.json";

export type Messages = typeof kk;

const catalogues: Record<Locale, Messages> = { kk, ru, en };

export async function loadMessages(locale: Locale): Promise<Messages> {
  return catalogues[locale];
}
