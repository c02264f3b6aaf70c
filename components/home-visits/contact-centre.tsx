import { getTranslations } from "next-intl/server";

/** The unified contact centre, where a home visit can also be asked for by phone (002 §12, §15). */
export async function ContactCentre() {
  const t = await getTranslations();
  return (
    <aside aria-labelledby="contact-centre" className="rounded border-l-4 border-brand bg-surface p-4">
      <h2 id="contact-centre" className="text-xl">
        {t("homeVisit.contactTitle")}
      </h2>
      <p>{t("homeVisit.contactText")}</p>
      <ul className="mt-2 space-y-1">
        <li>
          <a href="tel:1414" className="inline-flex min-h-11 items-center font-semibold">
            {t("shell.footer.shortNumber")}
          </a>
        </li>
        <li>
          <a href="tel:+78000807777" className="inline-flex min-h-11 items-center font-semibold">
            {t("shell.footer.freeNumber")}
          </a>
        </li>
      </ul>
    </aside>
  );
}
