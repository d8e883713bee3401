// A table on wide screens that becomes a stacked list of labelled rows on phones (< md): one DOM,
// so tests and screen readers see the same content at every width. Each cell carries its column
// label, shown before the value only when stacked.
export function ResponsiveTable({
  head,
  children,
  caption,
}: {
  head: string[];
  children: React.ReactNode;
  caption?: string;
}) {
  return (
    <table className="w-full text-sm max-md:block">
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead className="text-left text-xs text-slate-500 max-md:hidden">
        <tr className="border-b border-slate-200">
          {head.map((h) => (
            <th key={h} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 max-md:block">{children}</tbody>
    </table>
  );
}

export function Tr({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <tr className={`align-top max-md:block max-md:px-3 max-md:py-2 ${className}`}>{children}</tr>;
}

export function Td({
  label,
  children,
  className = "",
}: {
  label: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <td
      data-label={label}
      className={`px-3 py-2 max-md:flex max-md:items-baseline max-md:justify-between max-md:gap-3 max-md:px-0 max-md:py-0.5 max-md:text-right max-md:before:shrink-0 max-md:before:text-left max-md:before:text-xs max-md:before:text-slate-500 max-md:before:content-[attr(data-label)] ${className}`}
    >
      <div className="min-w-0">{children}</div>
    </td>
  );
}
