// The list kit's filter primitives: a GET form (every filter lands in the URL, works without
// JavaScript) and its labelled fields. Server components; the multi-select is CheckMenu.
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export type Option = { value: string; label: string };

const labelClass = "block text-xs font-medium text-slate-700";

export async function FilterForm({
  action,
  label,
  clearHref,
  testId,
  children,
  hidden = {},
}: {
  /** The list's path. */
  action: string;
  /** The form's accessible name. */
  label: string;
  /** Where "clear" goes (the list's default view); no link when nothing can be cleared. */
  clearHref?: string;
  testId?: string;
  children: React.ReactNode;
  /** Parameters that are not fields of this form but must survive a new search (the list kind …). */
  hidden?: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common.list");
  return (
    <form
      method="get"
      action={action}
      className="rounded-lg border border-slate-200 bg-white p-3"
      aria-label={label}
      data-testid={testId}
    >
      {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-6">{children}</div>
      <div className="mt-3 flex items-center gap-3">
        <Button type="submit" variant="primary">
          {t("apply")}
        </Button>
        {clearHref && (
          <Link href={clearHref} className="text-xs text-slate-600 hover:text-slate-900 hover:underline">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}

export function FilterSelect({
  id,
  name,
  label,
  options,
  value,
  anyLabel,
}: {
  id: string;
  name: string;
  label: string;
  options: Option[];
  value?: string;
  /** The "any" choice; leave out when the filter always has a value. */
  anyLabel?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClass}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterInput({
  id,
  name,
  label,
  value,
  type = "text",
  placeholder,
  maxLength,
  wide,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  type?: "text" | "search" | "date" | "month";
  placeholder?: string;
  maxLength?: number;
  /** Takes two columns (the free-text search). */
  wide?: boolean;
}) {
  return (
    <div className={`space-y-1 ${wide ? "col-span-2" : ""}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value ?? ""}
        placeholder={placeholder}
        maxLength={maxLength}
        className={inputClass}
      />
    </div>
  );
}

/** "These parameters could not be read and were ignored" (an old bookmark, a hand-edited URL). */
export async function InvalidParams({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  const t = await getTranslations("common.list");
  return (
    <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
      {t("invalidParams", { params: names.join(", ") })}
    </p>
  );
}
