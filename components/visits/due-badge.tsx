import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { overdueDays, visitUrgency } from "@/lib/domain/visit-plan";

/** Due date with its urgency: overdue in red, today in amber, this week in blue. */
export async function DueBadge({ dueDate, today }: { dueDate: string; today: string }) {
  const t = await getTranslations("visits");
  const urgency = visitUrgency(dueDate, today);
  const days = overdueDays(dueDate, today);
  const tone = urgency === "overdue" ? "red" : urgency === "today" ? "amber" : urgency === "soon" ? "blue" : "slate";
  const label =
    urgency === "overdue"
      ? t("due.overdue", { days })
      : urgency === "today"
        ? t("due.today")
        : t("due.in", { days: -days });
  return (
    <span className="inline-flex flex-col items-end gap-0.5" data-urgency={urgency}>
      <Badge tone={tone}>{label}</Badge>
      <span className="text-xs tabular-nums text-slate-500">{dueDate}</span>
    </span>
  );
}
