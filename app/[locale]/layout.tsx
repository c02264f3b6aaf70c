import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { env } from "@/lib/env";
import { SiteFooter } from "@/components/layout/site-footer";
import { ShellText } from "@/components/layout/shell-text";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { getCurrentUser } from "@/lib/entry/current-user";
import { routing } from "@/lib/entry/i18n/routing";
import {
  colourSchemeOf,
  isLowVision,
  LOW_VISION_COOKIE,
  SCHEME_COOKIE,
  TEXT_SIZE_COOKIE,
  textSizeOf,
} from "@/lib/preferences/low-vision";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4f8a" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("title"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    // The files of public/ (the proxy serves them without a locale).
    manifest: "/manifest.webmanifest",
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const store = await cookies();
  const lowVision = isLowVision(store.get(LOW_VISION_COOKIE)?.value);
  // The mode's text size and colours (globals.css), only while the mode is on.
  const lowVisionSettings = {
    size: textSizeOf(store.get(TEXT_SIZE_COOKIE)?.value),
    scheme: colourSchemeOf(store.get(SCHEME_COOKIE)?.value),
  };
  // The unread count is rendered here and handed to the header's link as its first value (read with the
  // session, one statement). TanStack Query is loaded only by the request page that uses it.
  const unread = (await getCurrentUser())?.unread ?? 0;
  const t = await getTranslations({ locale, namespace: "shell" });
  // The error boundary's texts, plain (next-intl's browser side is only where ClientMessages is).
  const errorPage = await getTranslations({ locale, namespace: "errorPage" });
  const shellTexts = {
    errorPage: { title: errorPage("title"), body: errorPage("body"), retry: errorPage("retry") },
  };
  return (
    <html
      lang={locale}
      data-low-vision={lowVision ? "true" : undefined}
      data-text-size={lowVision ? lowVisionSettings.size : undefined}
      data-scheme={lowVision ? lowVisionSettings.scheme : undefined}
    >
      <body className="flex min-h-screen flex-col">
        <ShellText texts={shellTexts}>
          <SkipLink label={t("skipLink")} />
          {env.DEMO_MODE ? <DemoBanner /> : null}
          <SiteHeader lowVision={lowVision} lowVisionSettings={lowVisionSettings} unread={unread} />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-5xl flex-1 px-4 py-5 focus:outline-none md:py-8"
          >
            {children}
          </main>
          <SiteFooter />
        </ShellText>
      </body>
    </html>
  );
}
