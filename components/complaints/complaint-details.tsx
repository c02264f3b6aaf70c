export type ComplaintFacts = {
  rows: Array<{ term: string; value: string }>;
  textHeading: string;
  text: string;
  filesHeading: string;
  files: Array<{ id: string; name: string; href: string | null }>;
  noFiles: string;
  reply: { heading: string; text: string; signed: string } | null;
};

/** A complaint as both sides read it: its facts, its text, its files and, once given, the signed answer. */
export function ComplaintDetails({ facts }: { facts: ComplaintFacts }) {
  return (
    <div className="space-y-6">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {facts.rows.map((row) => (
          <div key={row.term} className="contents">
            <dt className="font-semibold">{row.term}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="complaint-text" className="space-y-2">
        <h2 id="complaint-text" className="text-2xl">
          {facts.textHeading}
        </h2>
        <p className="whitespace-pre-line">{facts.text}</p>
      </section>
      <section aria-labelledby="complaint-files" className="space-y-2">
        <h2 id="complaint-files" className="text-2xl">
          {facts.filesHeading}
        </h2>
        {facts.files.length === 0 ? (
          <p>{facts.noFiles}</p>
        ) : (
          <ul className="list-disc pl-6">
            {facts.files.map((file) => (
              <li key={file.id}>{file.href ? <a href={file.href}>{file.name}</a> : file.name}</li>
            ))}
          </ul>
        )}
      </section>
      {facts.reply ? (
        <section
          aria-labelledby="complaint-reply"
          className="space-y-2 border-l-4 border-success bg-surface p-4"
        >
          <h2 id="complaint-reply" className="text-2xl">
            {facts.reply.heading}
          </h2>
          <p className="whitespace-pre-line">{facts.reply.text}</p>
          <p className="text-sm text-muted">{facts.reply.signed}</p>
        </section>
      ) : null}
    </div>
  );
}
