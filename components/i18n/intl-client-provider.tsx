"use client";

import { IntlErrorCode, NextIntlClientProvider, type AbstractIntlMessages, type IntlError } from "next-intl";
import { CLIENT_MISSING_MESSAGE, missingMessageText } from "@/lib/i18n/missing-message";
import type { Locale } from "@/lib/i18n/locales";

function onError(error: IntlError) {
  if (error.code === IntlErrorCode.MISSING_MESSAGE)
    console.error(`${CLIENT_MISSING_MESSAGE}: ${error.message}`);
  else console.error(error);
}

/**
 * The browser's next-intl provider with the same visible fallback as the server (functions cannot cross
 * from a server component, so this thin client wrapper sets them).
 */
export function IntlClientProvider({
  children,
  locale,
  timeZone,
  now,
  messages,
}: {
  children: React.ReactNode;
  locale: Locale;
  timeZone: string;
  now: Date;
  messages: AbstractIntlMessages;
}) {
  return (
    <NextIntlClientProvider
      locale={locale}
      timeZone={timeZone}
      now={now}
      messages={messages}
      getMessageFallback={missingMessageText}
      onError={onError}
    >
      {children}
    </NextIntlClientProvider>
  );
}
