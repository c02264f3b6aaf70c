import { FocusOnArrival } from "./focus-on-arrival";

/** The page's one h1, with an optional lead paragraph. In a flow, `focusOnArrival` puts focus on it. */
export function PageHeading({
  title,
  lead,
  focusOnArrival = false,
}: {
  title: string;
  lead?: string;
  focusOnArrival?: boolean;
}) {
  return (
    <div className="space-y-2">
      <h1 id="page-heading" tabIndex={focusOnArrival ? -1 : undefined} className="text-2xl sm:text-3xl">
        {title}
      </h1>
      {lead ? <p className="max-w-prose text-lg text-muted">{lead}</p> : null}
      {focusOnArrival ? <FocusOnArrival targetId="page-heading" /> : null}
    </div>
  );
}
