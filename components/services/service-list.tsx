import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/entry/i18n/navigation";
import { services } from "@/lib/services/registry";
import { paths } from "@/lib/entry/routes";

/** The five services as cards linking to their pages; `headingLevel` fits the page's outline. */
export async function ServiceList({ headingLevel }: { headingLevel: "h2" | "h3" }) {
  const t = await getTranslations("services");
  const Heading = headingLevel;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {services.map((service) => (
        <li key={service.id} className="rounded border border-gray-300 p-4">
          <Heading className="text-lg">
            <Link href={paths.service(service.id)}>{t(`${service.messageKey}.title`)}</Link>
          </Heading>
          <p className="mt-1 text-muted">{t(`${service.messageKey}.summary`)}</p>
        </li>
      ))}
    </ul>
  );
}
