/** The page's one h1, with an optional lead paragraph. */
export function PageHeading({ title, lead }: { title: string; lead?: string }) {
  return (
    <div className="space-y-2">
      <h1 className="text-3xl">{title}</h1>
      {lead ? <p className="max-w-prose text-lg text-muted">{lead}</p> : null}
    </div>
  );
}
