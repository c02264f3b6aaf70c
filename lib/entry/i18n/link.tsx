"use client";

import NextLink from "next/link";
import { useParams } from "next/navigation";
import type { ComponentProps } from "react";
import { defaultLocale } from "@/lib/i18n/locales";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/** "/services" on a Kazakh page is "/kk/services"; other addresses (tel:, https:, #…) stay as they are. */
export function localeHref(locale: string, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  return href === "/" ? `/${locale}` : `/${locale}${href}`;
}

/**
 * A link to a page of this site in the page's language: Next's own Link with the locale in front (the
 * locale is always in the address). Not next-intl's Link: that one is a client component that brings
 * next-intl's browser side, message formatter included, to every page with a link.
 */
export function Link({ href, ...props }: Props) {
  const params = useParams<{ locale?: string }>();
  return <NextLink href={localeHref(params?.locale ?? defaultLocale, href)} {...props} />;
}
