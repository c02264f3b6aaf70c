import { getLocale, getMessages, getNow, getTimeZone } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { IntlClientProvider } from "./intl-client-provider";

/**
 * next-intl in the browser, for the pages whose client components translate (forms checked in the
 * browser, EDS signing, the session warning): the cabinet, the office and EDS sign-in. Every other
 * public page has none (its forms are checked on the server), so it loads no message formatter.
 * Client components get only the namespaces they use, not the whole catalogue.
 */
export async function ClientMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  const errors = messages.errors;
  const clientMessages = {
    session: messages.session,
    errorPage: messages.errorPage,
    eds: messages.eds,
    dates: messages.dates,
    // Forms check answers in the browser too (react-hook-form): the messages the server would show.
    errors: { field: errors.field, iin: errors.iin, visit: errors.visit, codes: errors.codes },
  };
  return (
    <IntlClientProvider
      locale={(await getLocale()) as Locale}
      timeZone={await getTimeZone()}
      now={await getNow()}
      messages={clientMessages}
    >
      {children}
    </IntlClientProvider>
  );
}

/** A layout that only adds ClientMessages: `export { default } from …` in a route folder. */
export default function ClientMessagesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}
