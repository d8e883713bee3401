import { getTranslations } from "next-intl/server";
import { shanghaiDateTime } from "@/components/customers/360/format";
import type { ClaimDetail } from "@/lib/data/claims/read";
import { ClaimStatusBadge } from "./badges";

const DOT: Record<ClaimDetail["progress"][number]["state"], string> = {
  done: "bg-emerald-500 border-emerald-500",
  current: "bg-white border-brand-600 ring-2 ring-brand-100",
  todo: "bg-white border-slate-300",
};

/** The standard steps of the claim: done (with when), current, still to come. */
export async function ClaimProgress({ progress }: { progress: ClaimDetail["progress"] }) {
  const t = await getTranslations();
  return (
    <ol className="flex flex-wrap gap-x-1 gap-y-2" aria-label={t("claims.detail.progress")}>
      {progress.map((s, i) => (
        <li
          key={s.status}
          className="flex items-center gap-1 text-xs"
          aria-current={s.state === "current" ? "step" : undefined}
        >
          {i > 0 && (
            <span aria-hidden className={`h-px w-3 sm:w-6 ${s.state === "todo" ? "bg-slate-200" : "bg-emerald-400"}`} />
          )}
          <span aria-hidden className={`size-2.5 rounded-full border-2 ${DOT[s.state]}`} />
          <span
            className={s.state === "todo" ? "text-slate-400" : s.state === "current" ? "font-medium" : ""}
            title={s.at ? shanghaiDateTime(s.at) : undefined}
          >
            {t(`enums.ClaimStatus.${s.status}`)}
            <span className="sr-only">
              {" "}
              {t(`claims.detail.step${s.state === "done" ? "Done" : s.state === "current" ? "Current" : "Todo"}`)}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Every recorded step, oldest first: who moved the claim, when, and their note. */
export async function ClaimTimeline({ steps }: { steps: ClaimDetail["steps"] }) {
  const t = await getTranslations("claims.detail");
  if (steps.length === 0) return <p className="text-slate-500">{t("noSteps")}</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-4" data-testid="claim-timeline">
      {steps.map((s) => (
        <li key={s.id} className="relative" data-testid="claim-step">
          <span
            aria-hidden
            className="absolute top-1.5 -left-[21px] size-2.5 rounded-full border-2 border-emerald-500 bg-white"
          />
          <div className="flex flex-wrap items-center gap-2">
            <ClaimStatusBadge status={s.status} />
            <time className="text-xs text-slate-500" dateTime={s.at}>
              {shanghaiDateTime(s.at)}
            </time>
            {s.by && <span className="text-xs text-slate-600">{t("stepBy", { name: s.by })}</span>}
          </div>
          {s.note && <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{s.note}</p>}
        </li>
      ))}
    </ol>
  );
}
