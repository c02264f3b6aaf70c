import { Link } from "@/lib/entry/i18n/navigation";

type Props = {
  labels: {
    title: string;
    text: string;
    noKey: string;
    getKey: string;
    homeVisit: string;
    homeVisitLead: string;
  };
  /** The cabinet's keys page, with the way back to this request. */
  keysHref: string;
  /** Where the service offers a home visit (002 §12): the request form for one. */
  homeVisitHref?: string;
};

/** What an EDS is, where to get a key (and come back), and the home visit where the service offers one. */
export function EdsHelp({ labels, keysHref, homeVisitHref }: Props) {
  return (
    <section aria-labelledby="eds-help" className="space-y-2">
      <h3 id="eds-help" className="text-lg">
        {labels.title}
      </h3>
      <p>{labels.text}</p>
      <p>
        {labels.noKey} <Link href={keysHref}>{labels.getKey}</Link>
      </p>
      {homeVisitHref ? (
        <p>
          {labels.homeVisitLead} <Link href={homeVisitHref}>{labels.homeVisit}</Link>
        </p>
      ) : null}
    </section>
  );
}
