// Month and org unit of the analysis as a plain GET form: the choice lives in the URL.
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export function MonthOrgForm({
  action,
  month,
  orgUnitId,
  orgs,
  labels,
}: {
  action: string;
  month: string;
  orgUnitId: string;
  orgs: { id: string; name: string; depth: number }[];
  labels: { month: string; orgUnit: string; apply: string };
}) {
  return (
    <form
      method="get"
      action={action}
      className="flex flex-wrap items-end gap-2 print:hidden"
      data-testid="analysis-filter"
    >
      <div className="space-y-1 text-xs text-slate-600">
        <label htmlFor="an-month" className="block">
          {labels.month}
        </label>
        <input
          type="month"
          id="an-month"
          name="month"
          defaultValue={month}
          required
          className={`${inputClass} w-auto`}
        />
      </div>
      {orgs.length > 1 && (
        <div className="space-y-1 text-xs text-slate-600">
          <label htmlFor="an-org" className="block">
            {labels.orgUnit}
          </label>
          <select id="an-org" name="org" defaultValue={orgUnitId} className={`${inputClass} w-auto`}>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {"\u00a0".repeat(o.depth * 2)}
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className={buttonClass("primary")}>
        {labels.apply}
      </button>
    </form>
  );
}
