import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/locales";

/** SMS bodies in the person's language, from the same message catalogues as the pages. */
export async function smsText(
  locale: string,
  key: "registerCode" | "accountExists" | "resetCode" | "visitConsentCode" | "signInCode" | "keyIssueCode",
  values: Record<string, string> = {},
) {
  const safeLocale = isLocale(locale) ? locale : "kk";
  const t = createTranslator({
    locale: safeLocale,
    messages: await loadMessages(safeLocale),
    namespace: "sms",
  });
  return t(key, values);
}
