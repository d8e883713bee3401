import { getLocale, getTranslations } from "next-intl/server";
import { shanghaiDateTime } from "@/components/customers/360/format";
import type { ComplaintDetail } from "@/lib/data/complaints/detail";

type Event = ComplaintDetail["events"][number];

/** Keys of step forms shown in the history, in order; ids and bookkeeping stay out. */
const SHOWN = [
  "facts",
  "contactedWith",
  "customerContacted",
  "finding",
  "verified",
  "category",
  "severity",
  "department",
  "personName",
  "reason",
  "parties",
  "outcome",
  "resolution",
  "rootCause",
  "compensation",
  "method",
  "customerAccepted",
  "customerResponse",
  "summary",
  "satisfied",
  "policyNo",
  "channel",
  "fromLevel",
  "toLevel",
  "duplicateNos",
] as const;

/** Older forms (and the demo data) name some fields differently: shown under the current label. */
const ALIASES: Record<string, string> = {
  toDepartment: "department",
  departments: "parties",
  compensationYuan: "compensation",
};

/** Who did which step when, with the step's form (核实表, 转接表, 处理表 …). */
export async function ComplaintHistory({ events }: { events: Event[] }) {
  const [t, te, locale] = await Promise.all([getTranslations("complaints"), getTranslations("enums"), getLocale()]);
  const value = (key: string, v: unknown): string | null => {
    if (v === null || v === undefined || v === "") return null;
    if (Array.isArray(v)) return v.length > 0 ? v.join("、") : null;
    if (typeof v === "boolean") return t(`yesNo.${v ? "yes" : "no"}`);
    const s = String(v);
    switch (key) {
      case "finding":
        return t(`findings.${s}`);
      case "method":
        return t(`feedbackMethods.${s}`);
      case "customerAccepted":
        return t(`yesNo.${s}`);
      case "category":
        return te(`ComplaintCategory.${s}`);
      case "severity":
        return te(`Severity.${s}`);
      case "channel":
        return te(`ComplaintChannel.${s}`);
      case "fromLevel":
      case "toLevel":
        return te(`OrgLevel.${s}`);
      default:
        return s;
    }
  };
  return (
    <ol className="space-y-3" data-testid="complaint-history" lang={locale}>
      {events.map((e) => {
        const data: Record<string, unknown> = { ...(e.data ?? {}) };
        for (const [from, to] of Object.entries(ALIASES))
          if (data[to] === undefined && data[from] !== undefined) data[to] = data[from];
        // A coordination's "summary" is its outcome, not a closing summary.
        if (e.type === "COORDINATE" && data.outcome === undefined)
          [data.outcome, data.summary] = [data.summary, undefined];
        const rows = SHOWN.map((k) => [k, value(k, data[k])] as const).filter(([, v]) => v !== null);
        const reason = typeof data.reason === "string" && e.type === "ESCALATE" ? data.reason : null;
        return (
          <li key={e.id} className="relative border-l-2 border-slate-200 pl-3" data-event={e.type}>
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{t(`steps.${e.type}`)}</span>
              <span className="text-xs text-slate-500">{shanghaiDateTime(e.at)}</span>
              <span className="text-xs text-slate-500">{e.by?.name ?? t("detail.system")}</span>
            </div>
            {reason && reason in { SLA_BREACH: 1, MANUAL: 1, FIRST_RESPONSE_SLA: 1, RESOLUTION_SLA: 1 } && (
              <p className="text-xs text-slate-600">{t(`escalationReasons.${reason}`)}</p>
            )}
            {rows.length > 0 && (
              <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-xs">
                {rows
                  .filter(([k]) => !(k === "reason" && e.type === "ESCALATE"))
                  .map(([k, v]) => (
                    <div key={k} className="contents">
                      <dt className="text-slate-500">{t(`fields.${k}`)}</dt>
                      <dd className="break-words text-slate-800">{v}</dd>
                    </div>
                  ))}
              </dl>
            )}
            {e.note && <p className="mt-1 text-xs break-words text-slate-700">{e.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
