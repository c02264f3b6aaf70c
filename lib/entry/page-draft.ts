import "server-only";
import { notFound, redirect } from "next/navigation";
import { redirectToSignIn } from "@/lib/entry/sign-in-redirect";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { getOwnApplication } from "@/lib/applications/drafts";
import { routes } from "@/lib/entry/routes";

/**
 * For the draft's pages (steps, documents, review): the signed-in owner's draft, a 404 for anyone
 * else's, and the receipt once it has been submitted.
 */
export async function loadDraftForPage(locale: string, id: string) {
  const user = await getCurrentUser();
  if (!user) return redirectToSignIn(locale);
  const db = await getDb();
  const application = await getOwnApplication(db, user.userId, id);
  if (!application) notFound();
  if (application.status !== "draft") redirect(routes.applicationReceipt(locale, id));
  return { user, db, application };
}
