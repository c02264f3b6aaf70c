/** One thing that happened: what (already translated), when (the instant and how the page shows it). */
export type TimelineEntry = { id: string; title: string; at: Date; when: string; note?: string | null };

/**
 * The history of a request or a home visit, newest last: the one timeline of the cabinet, the office
 * and the home-visit pages.
 */
export function Timeline({
  id,
  heading,
  headingClassName = "text-2xl",
  entries,
}: {
  id: string;
  heading: string;
  headingClassName?: string;
  entries: TimelineEntry[];
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className={headingClassName}>
        {heading}
      </h2>
      <ol className="space-y-3 border-l-4 border-brand pl-4">
        {entries.map((entry) => (
          <li key={entry.id}>
            <p className="font-semibold">{entry.title}</p>
            <p className="text-sm text-muted">
              <time dateTime={entry.at.toISOString()}>{entry.when}</time>
            </p>
            {entry.note ? <p>{entry.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
