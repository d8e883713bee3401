import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CheckMenu } from "@/components/ui/check-menu";
import { inputClass } from "@/components/ui/field";
import { ClaimStatus } from "@/lib/generated/prisma/enums";
import { CHANGED_WITHIN, CLAIM_SORT_KEYS, claimSortOf, type ClaimFilters } from "@/lib/validation/claim-filters";

type Option = { value: string; label: string };

function Select({
  name,
  label,
  options,
  value,
  anyLabel,
}: {
  name: string;
  label: string;
  options: Option[];
  value?: string;
  anyLabel?: string;
}) {
  const id = `claim-filter-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
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

/** The claims list's filters as a plain GET form: every filter lands in the URL. */
export async function ClaimFilterForm({
  filters,
  handlers,
  showHandler,
}: {
  filters: ClaimFilters;
  handlers: { id: string; name: string; active: boolean }[];
  showHandler: boolean;
}) {
  const t = await getTranslations();
  const f = (key: string) => t(`claims.filters.${key}`);
  const any = f("any");
  const { key: sortKey, dir } = claimSortOf(filters);
  const handlerOptions: Option[] = [
    { value: "me", label: f("handlerMe") },
    { value: "none", label: f("handlerNone") },
    ...handlers.map((h) => ({ value: h.id, label: h.active ? h.name : `${h.name} (−)` })),
  ];
  return (
    <form
      method="get"
      action="/claims"
      className="rounded-lg border border-slate-200 bg-white p-3"
      aria-label={f("heading")}
      data-testid="claim-filters"
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-6">
        <div className="col-span-2 space-y-1">
          <label htmlFor="claim-filter-q" className="block text-xs font-medium text-slate-700">
            {f("q")}
          </label>
          <input
            id="claim-filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder={f("qPlaceholder")}
            maxLength={40}
            className={inputClass}
          />
        </div>
        <Select
          name="state"
          label={f("state")}
          value={filters.state ?? "all"}
          options={[
            { value: "all", label: any },
            { value: "open", label: f("stateOpen") },
            { value: "done", label: f("stateDone") },
          ]}
        />
        <CheckMenu
          name="status"
          label={f("status")}
          options={Object.values(ClaimStatus).map((s) => ({ value: s, label: t(`enums.ClaimStatus.${s}`) }))}
          selected={filters.status}
          summary={(count) => t("claims.filters.selected", { count })}
        />
        <Select
          name="green"
          label={f("green")}
          value={filters.green}
          anyLabel={any}
          options={[
            { value: "yes", label: f("greenYes") },
            { value: "no", label: f("greenNo") },
          ]}
        />
        <Select
          name="changed"
          label={f("changed")}
          value={filters.changed}
          anyLabel={any}
          options={CHANGED_WITHIN.map((c) => ({ value: c, label: f(`changed${c}`) }))}
        />
        {showHandler && (
          <Select name="handler" label={f("handler")} value={filters.handler} anyLabel={any} options={handlerOptions} />
        )}
        <div className="space-y-1">
          <label htmlFor="claim-filter-from" className="block text-xs font-medium text-slate-700">
            {f("from")}
          </label>
          <input
            id="claim-filter-from"
            name="from"
            type="date"
            defaultValue={filters.from ?? ""}
            className={inputClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="claim-filter-to" className="block text-xs font-medium text-slate-700">
            {f("to")}
          </label>
          <input id="claim-filter-to" name="to" type="date" defaultValue={filters.to ?? ""} className={inputClass} />
        </div>
        <Select
          name="sort"
          label={f("sort")}
          value={sortKey}
          options={CLAIM_SORT_KEYS.map((k) => ({ value: k, label: t(`claims.sort.${k}`) }))}
        />
        <Select
          name="dir"
          label={f("dir")}
          value={dir}
          options={[
            { value: "asc", label: f("asc") },
            { value: "desc", label: f("desc") },
          ]}
        />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary">
          {f("apply")}
        </Button>
        <Link href="/claims?state=all" className="text-xs text-brand-700 hover:underline">
          {f("clear")}
        </Link>
      </div>
    </form>
  );
}
