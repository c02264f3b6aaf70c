"use client";

import type { ReactNode } from "react";
import { usePathname } from "@/lib/entry/i18n/navigation";

/** The staff console: /office and everything under it (the locale already taken off). */
const STAFF_PATH = /^\/office(?:\/|$)/;

/**
 * The citizens' menu and their "Sign in / Register": never on the staff console, whose layout shows
 * who is signed in there. Read from the path on every render (the header's layout stays mounted
 * while the pages change under it), on the server too, so it works without JavaScript.
 */
export function CitizenOnly({ children }: { children: ReactNode }) {
  return STAFF_PATH.test(usePathname()) ? null : children;
}
