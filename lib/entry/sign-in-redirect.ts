import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { routes } from "@/lib/entry/routes";
import { safeReturnPath } from "@/lib/entry/return-path";

/** The path (and query) of the page being rendered, as the proxy recorded it; null when unsafe. */
export async function currentReturnPath(): Promise<string | null> {
  return safeReturnPath((await headers()).get("x-pathname"));
}

/** To sign-in, which brings the user back to this page afterwards. */
export async function redirectToSignIn(locale: string): Promise<never> {
  redirect(routes.signIn(locale, undefined, (await currentReturnPath()) ?? undefined));
}

/** After signing in: the checked return path, or the cabinet. */
export function afterSignIn(locale: string, next: unknown): string {
  return safeReturnPath(next) ?? routes.cabinet(locale);
}
