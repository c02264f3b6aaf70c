/** One titled part of a statement page (accessibility, privacy): a paragraph or a list of points. */
export function StatementSection({
  id,
  title,
  text,
  items,
}: {
  id: string;
  title: string;
  text?: string;
  items?: string[];
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      {text ? <p className="max-w-prose">{text}</p> : null}
      {items ? (
        <ul className="max-w-prose list-disc space-y-1 pl-6">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
