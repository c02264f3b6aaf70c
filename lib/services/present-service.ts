import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { Service } from "./registry";

/** A service as the JSON API presents it, texts in the asked language. */
export async function presentService(service: Service, locale: Locale) {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const key = service.messageKey;
  return {
    id: service.id,
    title: t(`services.${key}.title`),
    provider: { kind: service.provider, name: t(`catalogue.providers.${service.provider}`) },
    term: service.term,
    alternativeTerms: service.alternativeTerms.map(({ when, term }) => ({ condition: when, term })),
    extension: service.extension,
    fee: service.fee,
    documents: service.documents.map((document) => ({
      ...document,
      title: t(`documents.${document.id}` as never),
    })),
    result: t(`services.${key}.result`),
    collectAt: t(`services.${key}.collect`),
    channels: service.channels,
    legalBasis: { ...service.legalBasis, title: t(`services.${key}.legalBasis`) },
  };
}
