import { getRequestConfig } from "next-intl/server";
import { hasLocale, IntlErrorCode } from "next-intl";
import { timeZone } from "@/lib/i18n/locales";
import { routing } from "./routing";
import { loadMessages } from "@/lib/i18n/messages";
import { missingMessageText } from "@/lib/i18n/missing-message";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone,
    now: new Date(),
    messages: await loadMessages(locale),
    getMessageFallback: missingMessageText,
    onError: (error) => {
      if (error.code !== IntlErrorCode.MISSING_MESSAGE) console.error(error);
    },
  };
});
