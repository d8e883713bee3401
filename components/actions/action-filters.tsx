// Filters of the corrective action list as a GET form (the filters live in the URL).
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ACTION_STATUSES } from "@/lib/domain/corrective-action";
import { ACTION_SORTS, type ActionListParams } from "@/lib/validation/corrective-action";

type T = (key: string) => string;

export function ActionFilters({ params, t }: { params: ActionListParams; t: T }) {
  const small = `${inputClass} w-auto`;
  return (
    <form
      method="get"
      action="/complaints/actions"
      className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
      data-testid="action-filters"
    >
      <div className="space-y-1 text-xs text-slate-600">
        <label htmlFor="af-status" className="block">
          {t("filters.status")}
        </label>
        <select id="af-status" name="status" defaultValue={params.status ?? ""} className={small}>
          <option value="">{t("filters.all")}</option>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1 text-xs text-slate-600">
        <label htmlFor="af-month" className="block">
          {t("filters.month")}
        </label>
        <input type="month" id="af-month" name="month" defaultValue={params.month ?? ""} className={small} />
      </div>
      <div className="space-y-1 text-xs text-slate-600">
        <label htmlFor="af-sort" className="block">
          {t("sort.label")}
        </label>
        <select id="af-sort" name="sort" defaultValue={params.sort ?? "dueDate"} className={small}>
          {ACTION_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-1.5 py-1.5 text-sm">
        <input
          type="checkbox"
          name="overdue"
          value="1"
          defaultChecked={params.overdue === "1"}
          className="size-4 accent-brand-600"
        />
        {t("filters.overdue")}
      </label>
      <label className="flex items-center gap-1.5 py-1.5 text-sm">
        <input
          type="checkbox"
          name="mine"
          value="1"
          defaultChecked={params.mine === "1"}
          className="size-4 accent-brand-600"
        />
        {t("filters.mine")}
      </label>
      <button type="submit" className={buttonClass("primary")}>
        {t("filters.apply")}
      </button>
      <Link href="/complaints/actions" className="px-1 py-1.5 text-sm text-brand-700 hover:underline">
        {t("filters.clear")}
      </Link>
    </form>
  );
}
