import { Fragment, type ReactNode } from "react";

type Props = { headers: string[]; rows: Array<{ key: string; cells: ReactNode[]; className?: string }> };

/**
 * A data table on wide screens; below the md breakpoint each row is a card, a summary list of
 * "header: value" pairs, so nothing is squeezed into narrow columns or broken inside a word.
 */
export function DataTable({ headers, rows }: Props) {
  return (
    <>
      <ul className="space-y-3 md:hidden">
        {rows.map((row) => (
          <li key={row.key} className={`rounded border border-gray-300 p-3 ${row.className ?? ""}`}>
            <dl className="space-y-1">
              {row.cells.map((cell, index) => (
                <Fragment key={index}>
                  <dt className="text-sm text-muted">{headers[index]}</dt>
                  <dd className="pb-1">{cell}</dd>
                </Fragment>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-ink">
              {headers.map((header) => (
                <th key={header} scope="col" className="p-2">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={`border-b border-gray-300 ${row.className ?? ""}`}>
                {row.cells.map((cell, index) => (
                  <td key={index} className="p-2">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
