"use server";

import { cookies } from "next/headers";
import { LOW_VISION_COOKIE, LOW_VISION_MAX_AGE, isLowVision } from "@/lib/preferences/low-vision";

/** Toggles the low-vision mode. A plain form post: works without client JavaScript. */
export async function toggleLowVision(): Promise<void> {
  const store = await cookies();
  const next = !isLowVision(store.get(LOW_VISION_COOKIE)?.value);
  store.set(LOW_VISION_COOKIE, next ? "1" : "0", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: LOW_VISION_MAX_AGE,
  });
}
