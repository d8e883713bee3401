// A titled card of the 360° page; `id` makes it a target of the in-page navigation.
export function Section({
  id,
  title,
  count,
  actions,
  children,
  flush = false,
}: {
  id: string;
  title: string;
  count?: string;
  actions?: React.ReactNode;
  children: React.ReactNode;
  /** Content runs to the card's edges (tables, lists). */
  flush?: boolean;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-16 rounded-lg border border-slate-200 bg-white"
    >
      <header className="flex items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
        <h2 id={`${id}-title`} className="text-sm font-semibold">
          {title}
          {count && <span className="ml-1.5 font-normal text-slate-400 tabular-nums">{count}</span>}
        </h2>
        {actions}
      </header>
      <div className={flush ? "" : "px-4 py-3"}>{children}</div>
    </section>
  );
}

/** Label/value pairs in two columns; empty values show a dash. */
export function DetailList({ items }: { items: { label: string; value: React.ReactNode; wide?: boolean }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
      {items.map((item) => (
        <div key={item.label} className={`min-w-0 ${item.wide ? "sm:col-span-2" : ""}`}>
          <dt className="text-xs text-slate-500">{item.label}</dt>
          <dd className="break-words text-slate-900">
            {item.value === null || item.value === undefined || item.value === "" ? (
              <span className="text-slate-300">—</span>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
