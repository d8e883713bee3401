import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ResponsiveTable, Td, Tr } from "@/components/ui/responsive-table";
import { shanghaiDateTime } from "@/components/customers/360/format";
import type { QueueRow } from "@/lib/data/complaints/queue";
import { SlaBadge } from "./sla-badge";

const SEVERITY_TONE = { LOW: "slate", MEDIUM: "blue", HIGH: "amber", CRITICAL: "red" } as const;

/** The running clock of a row: the first response until it is given, then the resolution. */
function runningClock(row: QueueRow) {
  const { response, resolution } = row.clocks;
  if (response.remainingMs !== null) return response;
  if (resolution.remainingMs !== null) return resolution;
  return response.state === "metLate" ? response : resolution;
}

export async function QueueTable({ rows }: { rows: QueueRow[] }) {
  const [t, te, locale] = await Promise.all([getTranslations("complaints"), getTranslations("enums"), getLocale()]);
  const zh = locale.startsWith("zh");
  const head = ["complaintNo", "customer", "category", "severity", "status", "sla", "owner", "orgUnit", "received"].map(
    (k) => t(`columns.${k}`),
  );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <ResponsiveTable head={head} caption={t("title")}>
        {rows.map((r) => (
          <Tr key={r.id} className={r.clocks.overall === "breached" ? "bg-red-50/40" : ""}>
            <Td label={head[0]!}>
              <Link
                href={`/complaints/${r.id}`}
                className="font-mono text-xs text-brand-700 hover:underline"
                data-testid="complaint-link"
              >
                {r.complaintNo}
              </Link>
              {r.reopenCount > 0 && (
                <span className="ml-1">
                  <Badge tone="violet">{t("reopened", { count: r.reopenCount })}</Badge>
                </span>
              )}
            </Td>
            <Td label={head[1]!}>{r.customer.name}</Td>
            <Td label={head[2]!}>{te(`ComplaintCategory.${r.category}`)}</Td>
            <Td label={head[3]!}>
              <Badge tone={SEVERITY_TONE[r.severity]}>{te(`Severity.${r.severity}`)}</Badge>
            </Td>
            <Td label={head[4]!}>{te(`ComplaintStatus.${r.status}`)}</Td>
            <Td label={head[5]!}>
              <div className="flex flex-wrap justify-end gap-1 md:justify-start">
                <SlaBadge clock={runningClock(r)} testId="queue-sla" />
                {r.escalationLevel && (
                  <Badge tone="red">{t("escalated", { level: te(`OrgLevel.${r.escalationLevel}`) })}</Badge>
                )}
              </div>
            </Td>
            <Td label={head[6]!}>{r.owner?.name ?? <Badge tone="amber">{t("unassigned")}</Badge>}</Td>
            <Td label={head[7]!}>{zh ? r.orgUnit.name : r.orgUnit.nameEn}</Td>
            <Td label={head[8]!} className="whitespace-nowrap">
              {shanghaiDateTime(r.receivedAt)}
            </Td>
          </Tr>
        ))}
      </ResponsiveTable>
    </div>
  );
}
