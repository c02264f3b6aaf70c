import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { documentsFor } from "./documents";
import { formJsonSchema } from "./forms/build-schema";
import { refusalGroundsOf } from "./refusal-grounds";
import type { Service } from "./registry";
import type { Channel } from "./types";

const allChannels: readonly Channel[] = ["portal", "provider-office", "home-visit"];

/** A service as the JSON API lists it (GET /api/v1/services), texts in the asked language. */
export async function presentService(service: Service, locale: Locale) {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const key = service.messageKey;
  const channels = allChannels.filter((channel) => service.channels.includes(channel));
  return {
    id: service.id,
    title: t(`services.${key}.title`),
    provider: { kind: service.provider, name: t(`catalogue.providers.${service.provider}`) },
    term: service.term,
    alternativeTerms: service.alternativeTerms.map(({ when, term }) => ({ condition: when, term })),
    extension: service.extension,
    fee: service.fee,
    // Each document with the channels that ask for it (the paper application: office and home visit).
    documents: service.documents.map((document) => ({
      id: document.id,
      requirement: document.requirement,
      channels: channels.filter((channel) => documentsFor(service, channel).includes(document)),
      title: t(`documents.${document.id}` as never),
    })),
    result: t(`services.${key}.result`),
    collectAt: t(`services.${key}.collect`),
    collection: { kind: service.collection },
    channels,
    legalBasis: { ...service.legalBasis, title: t(`services.${key}.legalBasis`) },
  };
}

/**
 * One service (GET /api/v1/services/{id}): the list entry, plus the documents by channel, the terms
 * together (main, alternatives with their condition, extension), the form as JSON Schema generated
 * from the zod schema the form uses, and the refusal grounds.
 */
export async function presentServiceDetail(service: Service, locale: Locale) {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const listed = await presentService(service, locale);
  return {
    ...listed,
    documentsByChannel: Object.fromEntries(
      listed.channels.map((channel) => [channel, documentsFor(service, channel).map(({ id }) => id)]),
    ) as Partial<Record<Channel, string[]>>,
    terms: {
      main: service.term,
      alternatives: service.alternativeTerms.map(({ when, term }) => ({
        condition: when,
        conditionText: t(`catalogue.conditions.${when}`),
        term,
      })),
      extension: service.extension,
    },
    form: {
      steps: service.form.steps.map((step) => ({
        id: step.id,
        fields: step.fields.map((field) => field.name),
      })),
      schema: formJsonSchema(service.form),
    },
    refusalGrounds: refusalGroundsOf(service).map((ground) => ({
      id: ground.id,
      stage: ground.stage,
      title: t(`refusalGrounds.${ground.id}`),
      source: ground.source,
    })),
  };
}
