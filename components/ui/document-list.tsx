/** An attached file as the lists show it: its document type (translated), name and fingerprint. */
export type ListedDocument = { id: string; title: string; name: string; sha256: string; href?: string };

/**
 * The documents attached to a request, with each file's SHA-256 (what the applicant signed); a file
 * with an `href` is a download link named for screen readers by `downloadLabel`.
 */
export function DocumentList({
  documents,
  downloadLabel,
}: {
  documents: ListedDocument[];
  downloadLabel?: (name: string) => string;
}) {
  return (
    <ul className="list-disc pl-6">
      {documents.map((document) => (
        <li key={document.id}>
          {document.title}:{" "}
          {document.href ? (
            <a href={document.href} download aria-label={downloadLabel?.(document.name)}>
              {document.name}
            </a>
          ) : (
            document.name
          )}{" "}
          <span className="font-mono text-xs break-all text-muted">SHA-256 {document.sha256}</span>
        </li>
      ))}
    </ul>
  );
}
