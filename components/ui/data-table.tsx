import type { ReactNode } from "react";

type Props = { headers: string[]; rows: Array<{ key: string; cells: ReactNode[]; className?: string }> };

/** A plain data table with column headers, scrolling sideways on narrow screens instead of the page. */
export function DataTable({ headers, rows }: Props) {
  return (
    <div className="overflow-x-auto">
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
  );
}
