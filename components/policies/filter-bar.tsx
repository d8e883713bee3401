// GET form over the policy list's URL filters (works without JavaScript).
import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { Channel, PolicyStatus, ProductLine } from "@/lib/generated/prisma/enums";
import type { PolicyFilters } from "@/lib/validation/policy-filters";

export async function PolicyFilterBar({ values }: { values: PolicyFilters }) {
  const [t, te] = await Promise.all([getTranslations("policies"), getTranslations("enums")]);
  const cls = `${inputClass} w-auto`;
  const select = (name: "renewed" | "channel" | "productLine" | "status", options: [string, string][]) => (
    <label className="space-y-1 text-xs text-slate-600">
      <span className="block">{t(`filter.${name}`)}</span>
      <select name={name} defaultValue={values[name] ?? ""} className={cls}>
        <option value="">{t("any")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  const date = (name: "dueFrom" | "dueTo" | "startFrom" | "startTo") => (
    <label className="space-y-1 text-xs text-slate-600">
      <span className="block">{t(`filter.${name}`)}</span>
      <input type="date" name={name} defaultValue={values[name] ?? ""} className={cls} />
    </label>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" data-testid="policy-filters">
      {date("dueFrom")}
      {date("dueTo")}
      {date("startFrom")}
      {date("startTo")}
      {select("renewed", [
        ["yes", t("yes")],
        ["no", t("no")],
      ])}
      {select(
        "channel",
        Object.values(Channel).map((c) => [c, te(`Channel.${c}`)]),
      )}
      {select(
        "productLine",
        Object.values(ProductLine).map((c) => [c, te(`ProductLine.${c}`)]),
      )}
      {select(
        "status",
        Object.values(PolicyStatus).map((c) => [c, te(`PolicyStatus.${c}`)]),
      )}
      {values.orgUnit && <input type="hidden" name="orgUnit" value={values.orgUnit} />}
      {values.agent && <input type="hidden" name="agent" value={values.agent} />}
      <button type="submit" className={buttonClass("primary")}>
        {t("apply")}
      </button>
    </form>
  );
}
