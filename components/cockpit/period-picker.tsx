"use client";
// Period (month / quarter / year / custom) and org unit picker; the choice lives in the URL.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import type { PeriodKind } from "@/lib/domain/kpi-period";

type Labels = {
  period: string;
  kinds: Record<PeriodKind, string>;
  value: string;
  from: string;
  to: string;
  orgUnit: string;
  apply: string;
};

export function PeriodPicker({
  path,
  kind,
  value,
  from,
  to,
  orgUnitId,
  orgs,
  keep,
  labels,
}: {
  path: string;
  kind: PeriodKind;
  value: string;
  from: string;
  to: string;
  orgUnitId: string | null;
  orgs: { id: string; name: string; depth: number }[];
  keep: Record<string, string>;
  labels: Labels;
}) {
  const router = useRouter();
  const [k, setK] = useState<PeriodKind>(kind);
  const [v, setV] = useState(value);
  const [f, setF] = useState(from);
  const [tt, setT] = useState(to);
  const [org, setOrg] = useState(orgUnitId ?? "");

  function defaultFor(next: PeriodKind): string {
    const year = (kind === "custom" ? to : value).slice(0, 4) || String(new Date().getFullYear());
    if (next === "month") return kind === "month" ? value : `${year}-12`;
    if (next === "quarter") return kind === "quarter" ? value : `${year}-Q4`;
    return year;
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const qs = new URLSearchParams(keep);
    qs.set("period", k);
    if (k === "custom") {
      qs.set("from", f);
      qs.set("to", tt);
    } else qs.set("p", v);
    if (org) qs.set("org", org);
    router.push(`${path}?${qs.toString()}`);
  }

  const small = `${inputClass} w-auto`;
  return (
    <form
      onSubmit={submit}
      className="flex flex-wrap items-end gap-2"
      aria-label={labels.period}
      data-testid="period-picker"
    >
      <div className="space-y-1 text-xs text-slate-600">
        <label htmlFor="pp-period" className="block">
          {labels.period}
        </label>
        <select
          id="pp-period"
          name="period"
          className={small}
          value={k}
          onChange={(e) => {
            const next = e.target.value as PeriodKind;
            setK(next);
            if (next !== "custom") setV(defaultFor(next));
          }}
        >
          {(Object.keys(labels.kinds) as PeriodKind[]).map((key) => (
            <option key={key} value={key}>
              {labels.kinds[key]}
            </option>
          ))}
        </select>
      </div>
      {k === "custom" ? (
        <>
          <div className="space-y-1 text-xs text-slate-600">
            <label htmlFor="pp-from" className="block">
              {labels.from}
            </label>
            <input
              type="date"
              id="pp-from"
              name="from"
              className={small}
              value={f}
              onChange={(e) => setF(e.target.value)}
              required
            />
          </div>
          <div className="space-y-1 text-xs text-slate-600">
            <label htmlFor="pp-to" className="block">
              {labels.to}
            </label>
            <input
              type="date"
              id="pp-to"
              name="to"
              className={small}
              value={tt}
              onChange={(e) => setT(e.target.value)}
              required
            />
          </div>
        </>
      ) : (
        <div className="space-y-1 text-xs text-slate-600">
          <label htmlFor="pp-p" className="block">
            {labels.value}
          </label>
          {k === "month" ? (
            <input
              type="month"
              id="pp-p"
              name="p"
              className={small}
              value={v}
              onChange={(e) => setV(e.target.value)}
              required
            />
          ) : k === "quarter" ? (
            <input
              id="pp-p"
              name="p"
              className={`${small} w-28`}
              value={v}
              onChange={(e) => setV(e.target.value)}
              pattern="\d{4}-Q[1-4]"
              required
            />
          ) : (
            <input
              type="number"
              id="pp-p"
              name="p"
              className={`${small} w-24`}
              value={v}
              min={2000}
              max={2100}
              onChange={(e) => setV(e.target.value)}
              required
            />
          )}
        </div>
      )}
      {orgs.length > 0 && (
        <div className="space-y-1 text-xs text-slate-600">
          <label htmlFor="pp-org" className="block">
            {labels.orgUnit}
          </label>
          <select id="pp-org" name="org" className={small} value={org} onChange={(e) => setOrg(e.target.value)}>
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
