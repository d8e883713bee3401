// A multi-select that works without JavaScript: a disclosure with checkboxes, submitted with its form
// as repeated URL parameters (name=a&name=b).
export function CheckMenu({
  name,
  label,
  options,
  selected,
  summary,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
  /** e.g. "2 selected"; shown instead of the chosen labels when more than two are chosen. */
  summary: (count: number) => string;
}) {
  const chosen = options.filter((o) => selected.includes(o.value));
  const text =
    chosen.length === 0 ? "" : chosen.length <= 2 ? chosen.map((o) => o.label).join("、") : summary(chosen.length);
  return (
    <div className="space-y-1">
      <span className="block text-xs font-medium text-slate-700" id={`${name}-label`}>
        {label}
      </span>
      <details className="group relative" data-testid={`filter-${name}`}>
        <summary
          aria-labelledby={`${name}-label`}
          className="flex w-full cursor-pointer list-none items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm [&::-webkit-details-marker]:hidden"
        >
          <span className={`truncate ${text ? "text-slate-900" : "text-slate-400"}`}>{text || "—"}</span>
          <span aria-hidden className="text-slate-400 transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <fieldset className="absolute z-20 mt-1 max-h-64 w-full min-w-44 overflow-y-auto rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <legend className="sr-only">{label}</legend>
          {options.map((o) => (
            <label
              key={o.value}
              className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 hover:bg-slate-50"
            >
              <input
                type="checkbox"
                name={name}
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                className="size-4 accent-brand-600"
              />
              <span className="truncate">{o.label}</span>
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
