import { Link } from "@/lib/entry/i18n/navigation";

export type DraftItem = {
  id: string;
  /** The service's title, shown when the list mixes services (the cabinet). */
  service?: string;
  dates: string;
  continueHref: string;
  continueLabel: string;
  deleteHref: string;
  deleteLabel: string;
};

/** The applicant's drafts: when each was started and last saved, a link to continue and one to delete. */
export function DraftList({ id, heading, drafts }: { id: string; heading: string; drafts: DraftItem[] }) {
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-2 rounded border-l-4 border-brand bg-surface p-4">
      <h2 id={id} className="text-xl">
        {heading}
      </h2>
      <ul className="space-y-3">
        {drafts.map((draft) => (
          <li key={draft.id} className="space-y-1">
            {draft.service ? <p className="font-semibold">{draft.service}</p> : null}
            <p id={`draft-${draft.id}-dates`}>{draft.dates}</p>
            <p className="flex flex-wrap gap-x-6 gap-y-2">
              <Link
                href={draft.continueHref}
                aria-describedby={`draft-${draft.id}-dates`}
                className="font-semibold"
              >
                {draft.continueLabel}
              </Link>
              <Link href={draft.deleteHref} aria-describedby={`draft-${draft.id}-dates`}>
                {draft.deleteLabel}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
