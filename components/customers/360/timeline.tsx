import Link from "next/link";
import { ClipboardCheck, FileText, Handshake, MessageCircle, MessageSquareWarning, ShieldAlert } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Customer360 } from "@/lib/data/customers/360";
import type { TimelineItem, TimelineKind } from "@/lib/data/customers/timeline";
import { formatYuan } from "@/lib/domain/money";
import { CLAIM_STATUS_TONE } from "./claims";
import { shanghaiDateTime } from "./format";
import { POLICY_STATUS_TONE } from "./policies";
import { Section } from "./section";

const KIND: Record<TimelineKind, { icon: typeof FileText; ring: string; statusEnum: string | null }> = {
  COMPLAINT: { icon: MessageSquareWarning, ring: "bg-red-50 text-red-600", statusEnum: "ComplaintStatus" },
  VISIT: { icon: Handshake, ring: "bg-sky-50 text-sky-600", statusEnum: "VisitStatus" },
  SURVEY: { icon: ClipboardCheck, ring: "bg-violet-50 text-violet-600", statusEnum: "SurveyStatus" },
  COMMUNICATION: { icon: MessageCircle, ring: "bg-slate-100 text-slate-600", statusEnum: null },
  CLAIM: { icon: ShieldAlert, ring: "bg-amber-50 text-amber-600", statusEnum: "ClaimStatus" },
  POLICY: { icon: FileText, ring: "bg-emerald-50 text-emerald-600", statusEnum: "PolicyStatus" },
};

function statusTone(item: TimelineItem): BadgeTone {
  const s = item.status ?? "";
  if (item.kind === "CLAIM") return CLAIM_STATUS_TONE[s] ?? "slate";
  if (item.kind === "POLICY") return POLICY_STATUS_TONE[s] ?? "slate";
  if (s === "CLOSED" || s === "DONE" || s === "COMPLETED") return "green";
  if (s === "CANCELLED") return "slate";
  return item.kind === "COMPLAINT" ? "red" : "amber";
}

/** Complaints, visits, surveys, communications, claims and purchases in one newest-first list. */
export async function TimelineSection({ data, basePath }: { data: Customer360; basePath: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { items, page, hasMore } = data.timeline;
  const tl = (key: string, values?: Record<string, string | number>) => t(`customer360.timeline.${key}`, values);
  const pageHref = (p: number) => (p <= 1 ? `${basePath}#timeline` : `${basePath}?timeline=${p}#timeline`);

  const detail = (i: TimelineItem): string | null => {
    if (!i.detail) return null;
    switch (i.kind) {
      case "COMPLAINT":
        return t(`enums.ComplaintCategory.${i.detail}`);
      case "VISIT":
        return [t(`enums.VisitMethod.${i.detail}`), i.reason && t(`enums.VisitReason.${i.reason}`)]
          .filter(Boolean)
          .join(" · ");
      case "SURVEY":
        return t(`enums.SurveyTrigger.${i.detail}`);
      case "COMMUNICATION":
        return `${t(`enums.CommunicationType.${i.detail}`)} · ${tl(i.inbound ? "inbound" : "outbound")}`;
      case "POLICY":
        return t(`enums.ProductLine.${i.detail}`);
      default:
        return null;
    }
  };

  return (
    <Section
      id="timeline"
      title={t("customer360.sections.timeline")}
      count={page > 1 ? tl("page", { page }) : undefined}
      flush
    >
      {items.length === 0 ? (
        <p className="px-4 py-3 text-slate-500">{tl("none")}</p>
      ) : (
        <ol className="px-4 py-2" data-testid="timeline">
          {items.map((i) => {
            const kind = KIND[i.kind];
            const Icon = kind.icon;
            const enumName = kind.statusEnum;
            return (
              <li key={`${i.kind}-${i.id}`} className="group relative flex gap-3 pb-4 last:pb-1" data-kind={i.kind}>
                <span aria-hidden className="absolute top-8 bottom-0 left-[15px] w-px bg-slate-200 group-last:hidden" />
                <span
                  aria-hidden
                  className={`z-0 flex size-8 shrink-0 items-center justify-center rounded-full ${kind.ring}`}
                >
                  <Icon className="size-4" strokeWidth={2} />
                </span>
                <div className="min-w-0 flex-1 pt-1">
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="font-medium">{tl(`kind.${i.kind}`)}</span>
                    {i.ref && <span className="font-mono text-xs text-slate-600">{i.ref}</span>}
                    {i.status && enumName && <Badge tone={statusTone(i)}>{t(`enums.${enumName}.${i.status}`)}</Badge>}
                    {i.amount !== null && (
                      <span className="text-xs text-slate-600 tabular-nums">{formatYuan(i.amount, locale)}</span>
                    )}
                    {i.score !== null && (
                      <span className="text-xs text-slate-600">
                        {tl(i.kind === "SURVEY" ? "csat" : "evaluation", { score: i.score })}
                      </span>
                    )}
                  </p>
                  <p className="mt-0.5 text-xs text-slate-500">
                    <time dateTime={i.at}>{i.dateOnly ? i.at.slice(0, 10) : shanghaiDateTime(i.at)}</time>
                    {i.by && <span> · {i.by}</span>}
                    {detail(i) && <span> · {detail(i)}</span>}
                  </p>
                  {i.text && <p className="mt-1 line-clamp-2 text-slate-700">{i.text}</p>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {(page > 1 || hasMore) && (
        <nav
          aria-label={tl("paging")}
          className="flex justify-between gap-2 border-t border-slate-100 px-4 py-2 text-xs"
        >
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="text-brand-700 hover:underline" rel="prev">
              {tl("newer")}
            </Link>
          ) : (
            <span />
          )}
          {hasMore && (
            <Link href={pageHref(page + 1)} className="text-brand-700 hover:underline" rel="next">
              {tl("older")}
            </Link>
          )}
        </nav>
      )}
    </Section>
  );
}
