"use server";

import { cookies } from "next/headers";
import { checkArgs, formDataArg } from "@/lib/entry/forms/action-args";
import {
  colourSchemeOf,
  LOW_VISION_COOKIE,
  LOW_VISION_MAX_AGE,
  isLowVision,
  SCHEME_COOKIE,
  TEXT_SIZE_COOKIE,
  textSizeOf,
} from "@/lib/preferences/low-vision";

const cookieOptions = { httpOnly: true, sameSite: "lax", path: "/", maxAge: LOW_VISION_MAX_AGE } as const;

/** Toggles the low-vision mode. A plain form post: works without client JavaScript. */
export async function toggleLowVision(): Promise<void> {
  const store = await cookies();
  const next = !isLowVision(store.get(LOW_VISION_COOKIE)?.value);
  store.set(LOW_VISION_COOKIE, next ? "1" : "0", cookieOptions);
}

/**
 * The visually impaired mode's text size and colours (a plain form post, no JavaScript needed). A value
 * that is not one of the choices keeps the default.
 */
export async function saveLowVisionSettings(formData: FormData): Promise<void> {
  const form = checkArgs(formDataArg, formData);
  const store = await cookies();
  store.set(LOW_VISION_COOKIE, "1", cookieOptions);
  store.set(TEXT_SIZE_COOKIE, textSizeOf(form.get("size")), cookieOptions);
  store.set(SCHEME_COOKIE, colourSchemeOf(form.get("scheme")), cookieOptions);
}
