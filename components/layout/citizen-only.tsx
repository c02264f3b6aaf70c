"use client";

import type { ReactNode } from "react";
import { usePathname } from "next/navigation";

/**
 * The staff console: /{locale}/office and everything under it. Next's own usePathname, not next-intl's:
 * the header is on every page, and next-intl's browser side would bring its message formatter along.
 */
const STAFF_PATH = /^\/[a-z]{2}\/office(?:\/|$)/;

/**
 * The citizens' menu and their "Sign in / Register": never on the staff console, whose layout shows
 * who is signed in there. Read from the path on every render (the header's layout stays mounted
 * while the pages change under it), on the server too, so it works without JavaScript.
 */
export function CitizenOnly({ children }: { children: ReactNode }) {
  return STAFF_PATH.test(usePathname() ?? "") ? null : children;
}
