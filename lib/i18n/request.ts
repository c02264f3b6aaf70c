import { getRequestConfig } from "next-intl/server";
import { hasLocale, IntlErrorCode } from "next-intl";
import { routing, timeZone } from "./routing";
import { loadMessages } from "./messages";

/** Shown instead of a missing message, so a raw key can never pass for text (tests look for it). */
export const MISSING_MESSAGE_MARK = "⟦";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone,
    now: new Date(),
    messages: await loadMessages(locale),
    getMessageFallback: ({ namespace, key }) =>
      `${MISSING_MESSAGE_MARK}${[namespace, key].filter(Boolean).join(".")}⟧`,
    onError: (error) => {
      if (error.code !== IntlErrorCode.MISSING_MESSAGE) console.error(error);
    },
  };
});
