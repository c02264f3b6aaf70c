import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffSignOutAction } from "@/lib/entry/actions/office";
import { getStaffSession } from "@/lib/entry/current-staff";
import { paths, routes } from "@/lib/entry/routes";
import { Link } from "@/lib/i18n/navigation";

/** The office needs a staff session; who is signed in, for which provider, is always shown. */
export default async function DeskLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  const staff = await getStaffSession();
  if (!staff) redirect(routes.officeSignIn(locale));
  // A one-time password is replaced before anything else in the office.
  if (staff.mustChangePassword) redirect(routes.officePassword(locale));
  const [t, tc] = await Promise.all([getTranslations("office"), getTranslations("complaints")]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded bg-surface p-3">
        <p>
          {t("who", { name: staff.fullName, role: t(`roles.${staff.role}`), provider: staff.providerName })}
        </p>
        <div className="flex flex-wrap items-center gap-4">
          {staff.role === "head" ? (
            <>
              <Link href={paths.office()} className="inline-flex min-h-11 items-center">
                {t("queue")}
              </Link>
              <Link href={paths.officeComplaints()} className="inline-flex min-h-11 items-center">
                {tc("nav")}
              </Link>
            </>
          ) : null}
          <Link href={paths.officePassword()} className="inline-flex min-h-11 items-center">
            {t("changePassword")}
          </Link>
          <form action={staffSignOutAction}>
            <button type="submit" className="min-h-11 font-semibold text-brand underline">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
      {children}
    </div>
  );
}
