import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { shanghaiDateTime } from "@/components/customers/360/format";
import { durationParts, type Clock, type ClockState } from "@/lib/domain/sla";

export const CLOCK_TONE: Record<ClockState, BadgeTone> = {
  ok: "green",
  atRisk: "amber",
  breached: "red",
  met: "slate",
  metLate: "red",
};

/** The state of one SLA clock with its time left (or over), e.g. "即将超时 · 剩余 5小时02分". */
export async function SlaBadge({ clock, testId }: { clock: Clock; testId?: string }) {
  const t = await getTranslations("complaints.sla");
  const time = clock.remainingMs === null ? null : t("duration", durationParts(clock.remainingMs));
  const text =
    time === null
      ? t(clock.state)
      : `${t(clock.state)} · ${clock.remainingMs! < 0 ? t("over", { time }) : t("left", { time })}`;
  return (
    <span data-testid={testId} data-state={clock.state}>
      <Badge tone={CLOCK_TONE[clock.state]}>{text}</Badge>
    </span>
  );
}

/** One clock as a labelled card on the complaint page: state, deadline and when it stopped. */
export async function SlaClockCard({
  label,
  clock,
  dueAt,
  doneAt,
  testId,
}: {
  label: string;
  clock: Clock;
  dueAt: string;
  doneAt: string | null;
  testId: string;
}) {
  const t = await getTranslations("complaints.sla");
  const bar = clock.remainingShare === null ? null : Math.round(clock.remainingShare * 100);
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2">
      <div className="flex items-center justify-between gap-2">
        <span className="text-xs text-slate-500">{label}</span>
        <SlaBadge clock={clock} testId={testId} />
      </div>
      {bar !== null && (
        <div className="mt-2 h-1.5 overflow-hidden rounded bg-slate-100" aria-hidden>
          <div
            className={`h-full ${clock.state === "ok" ? "bg-emerald-500" : clock.state === "atRisk" ? "bg-amber-500" : "bg-red-500"}`}
            style={{ width: `${Math.max(2, bar)}%` }}
          />
        </div>
      )}
      <p className="mt-1 text-xs text-slate-500">
        {t("due", { at: shanghaiDateTime(dueAt) })}
        {doneAt && ` · ${t("doneAt", { at: shanghaiDateTime(doneAt) })}`}
      </p>
    </div>
  );
}
