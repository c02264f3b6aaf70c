import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffSignOutAction } from "@/lib/entry/actions/office";
import { getStaffSession } from "@/lib/entry/current-staff";
import { paths, routes } from "@/lib/entry/routes";
import { Link } from "@/lib/entry/i18n/navigation";

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
  const who = t("who", {
    name: staff.fullName,
    role: t(`roles.${staff.role}`),
    provider: staff.providerName,
  });
  const accountLinks = (
    <div className="flex flex-wrap items-center gap-4">
      {staff.role === "head" ? (
        <>
          <Link prefetch={false} href={paths.office()} className="inline-flex min-h-11 items-center">
            {t("queue")}
          </Link>
          <Link
            prefetch={false}
            href={paths.officeComplaints()}
            className="inline-flex min-h-11 items-center"
          >
            {tc("nav")}
          </Link>
        </>
      ) : null}
      <Link prefetch={false} href={paths.officePassword()} className="inline-flex min-h-11 items-center">
        {t("changePassword")}
      </Link>
      <form action={staffSignOutAction}>
        <button type="submit" className="min-h-11 font-semibold text-brand underline">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
  return (
    <div className="space-y-4 md:space-y-6">
      <div className="rounded bg-surface p-2 md:p-3">
        {/* Phones: the name on one line, the role and office folded (a <details>, no JavaScript). */}
        <details className="site-menu md:hidden">
          <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2">
            <span aria-hidden="true" className="site-menu-icon" />
            {staff.fullName}
          </summary>
          <p>{t("whoRest", { role: t(`roles.${staff.role}`), provider: staff.providerName })}</p>
          {accountLinks}
        </details>
        <div className="hidden flex-wrap items-center justify-between gap-3 md:flex">
          <p>{who}</p>
          {accountLinks}
        </div>
      </div>
      {children}
    </div>
  );
}
