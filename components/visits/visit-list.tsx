// Plan items as a list that reads well at 375 px: who, why, how — and the one button that matters.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { VipTier, VisitMethod, VisitReason, VisitStatus } from "@/lib/generated/prisma/enums";
import { shanghaiDate } from "@/lib/domain/dates";
import { DueBadge } from "./due-badge";

export type VisitItem = {
  id: string;
  reason: VisitReason;
  suggestedMethod: VisitMethod;
  dueDate: string;
  status?: VisitStatus;
  doneAt?: Date | null;
  method?: VisitMethod | null;
  overallEvaluation?: number | null;
  customer: { id: string; name: string; mobile: string | null; vipTier: VipTier };
  policy?: { policyNo: string } | null;
  assignee?: { name: string } | null;
};

export async function VisitList({
  items,
  today,
  from,
  showAssignee = false,
}: {
  items: VisitItem[];
  today: string;
  from: "today" | "visits";
  showAssignee?: boolean;
}) {
  const [t, te] = await Promise.all([getTranslations("visits"), getTranslations("enums")]);
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="visit-list">
      {items.map((v) => {
        const planned = (v.status ?? "PLANNED") === "PLANNED";
        return (
          <li key={v.id} className="flex items-start gap-3 px-3 py-2.5" data-testid="visit-item" data-visit-id={v.id}>
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-1.5">
                <Link href={`/customers/${v.customer.id}`} className="font-medium text-sky-700 hover:underline">
                  {v.customer.name}
                </Link>
                {v.customer.vipTier !== "NONE" && <Badge tone="violet">{te(`VipTier.${v.customer.vipTier}`)}</Badge>}
              </div>
              <p className="text-xs text-slate-600">
                {te(`VisitReason.${v.reason}`)} · {t("suggested", { method: te(`VisitMethod.${v.suggestedMethod}`) })}
                {v.policy ? ` · ${v.policy.policyNo}` : ""}
              </p>
              <p className="text-xs text-slate-500">
                {v.customer.mobile ?? t("noMobile")}
                {showAssignee ? ` · ${v.assignee?.name ?? t("unassigned")}` : ""}
              </p>
              {!planned && (
                <p className="text-xs text-slate-600">
                  {te(`VisitStatus.${v.status}`)}
                  {v.doneAt ? ` · ${shanghaiDate(v.doneAt)}` : ""}
                  {v.method ? ` · ${te(`VisitMethod.${v.method}`)}` : ""}
                  {v.overallEvaluation ? ` · ${t("scoreShort", { score: v.overallEvaluation })}` : ""}
                </p>
              )}
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1.5 sm:flex-row sm:items-center sm:gap-3">
              {planned && <DueBadge dueDate={v.dueDate} today={today} />}
              {planned && (
                <ButtonLink
                  href={`/visits/${v.id}/log?from=${from}`}
                  variant="primary"
                  size="sm"
                  data-testid="log-visit"
                >
                  {t("log")}
                </ButtonLink>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
