import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ActionFilters } from "@/components/actions/action-filters";
import { ActionStatusButtons } from "@/components/actions/status-buttons";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResponsiveTable, Td, Tr } from "@/components/ui/responsive-table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listActions } from "@/lib/data/complaints/corrective-actions";
import { mayTransition, nextStatuses } from "@/lib/domain/corrective-action";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { parseActionListParams } from "@/lib/validation/corrective-action";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("correctiveActions"))("title") };
}

const TONE: Record<ActionStatus, BadgeTone> = { OPEN: "amber", IN_PROGRESS: "blue", DONE: "green", CANCELLED: "slate" };

export default async function ActionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [t, locale, raw] = await Promise.all([getTranslations("correctiveActions"), getLocale(), searchParams]);
  const { params, valid } = parseActionListParams(raw);
  const result = await listActions(actor, params, { locale });
  const manages = can(actor.role, "correctiveAction.manage");
  const qs = new URLSearchParams(
    Object.entries(params)
      .filter(([k, v]) => k !== "page" && v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const date = (d: Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(d);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("count", { count: result.total })} />
      {raw.created === "1" && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-800">
          {t("created")}
        </p>
      )}
      {!valid && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          {t("errors.invalid")}
        </p>
      )}
      <ActionFilters params={params} t={t} />
      {result.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <ResponsiveTable
            head={[
              t("col.title"),
              t("col.source"),
              t("col.owner"),
              t("col.dueDate"),
              t("col.status"),
              t("col.actions"),
            ]}
          >
            {result.rows.map((a) => {
              const moves = nextStatuses(a.status).filter((to) =>
                mayTransition({ from: a.status, to, isOwner: a.isOwner, isManager: manages }),
              );
              return (
                <Tr key={a.id} className={a.overdue ? "bg-red-50/60" : ""}>
                  <Td label={t("col.title")}>
                    <span className="font-medium">{a.title}</span>
                    {a.description && (
                      <span className="mt-0.5 block text-xs text-slate-500 line-clamp-2">{a.description}</span>
                    )}
                  </Td>
                  <Td label={t("col.source")}>
                    {a.complaint ? (
                      <Link href={`/complaints/${a.complaint.id}`} className="text-brand-700 hover:underline">
                        {t("fromComplaint", { no: a.complaint.complaintNo })}
                      </Link>
                    ) : a.month ? (
                      <Link href={`/complaints/analysis?month=${a.month}`} className="text-brand-700 hover:underline">
                        {t("fromMonth", { month: a.month })}
                      </Link>
                    ) : (
                      "—"
                    )}
                    <span className="block text-xs text-slate-500">{a.orgUnit}</span>
                  </Td>
                  <Td label={t("col.owner")}>{a.owner.name}</Td>
                  <Td label={t("col.dueDate")}>
                    <span className={a.overdue ? "font-medium text-red-700" : ""}>
                      {date(new Date(`${a.dueDate}T00:00:00+08:00`))}
                    </span>
                    {a.overdue && (
                      <span className="ml-1">
                        <Badge tone="red">{t("overdue")}</Badge>
                      </span>
                    )}
                  </Td>
                  <Td label={t("col.status")}>
                    <Badge tone={TONE[a.status]}>{t(`status.${a.status}`)}</Badge>
                  </Td>
                  <Td label={t("col.actions")}>
                    <ActionStatusButtons id={a.id} moves={[...moves]} />
                  </Td>
                </Tr>
              );
            })}
          </ResponsiveTable>
          <div className="px-3">
            <Pagination
              page={result.page}
              pageSize={result.pageSize}
              total={result.total}
              params={qs}
              labels={{
                previous: t("pagination.previous"),
                next: t("pagination.next"),
                summary: t("pagination.summary", { page: result.page, pages }),
              }}
            />
          </div>
        </div>
      )}
    </div>
  );
}
