import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/entry/current-user";
import { routes } from "@/lib/entry/routes";

/** The signed-in applicant of a server action; without a session, to the sign-in page. */
export async function requireUser() {
  const user = await getCurrentUser();
  if (!user) redirect(routes.signIn(await getLocale()));
  return user;
}
