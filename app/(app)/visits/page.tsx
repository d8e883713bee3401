import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { VisitFilterBar } from "@/components/visits/filter-bar";
import { VisitList } from "@/components/visits/visit-list";
import { LoggedNotice } from "@/components/visits/logged-notice";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listVisits } from "@/lib/data/visits/visits";
import { shanghaiDate } from "@/lib/domain/dates";
import { VISIT_PAGE_SIZE, VISIT_SORTS, visitFilterSchema } from "@/lib/validation/visit";

type Raw = Record<string, string | string[] | undefined>;

export default async function VisitsPage({ searchParams }: { searchParams: Promise<Raw> }) {
  const actor = await requireActor();
  if (!can(actor.role, "visit.read")) notFound();
  const [t, raw] = await Promise.all([getTranslations("visits"), searchParams]);
  const parsed = visitFilterSchema.safeParse(raw);
  if (!parsed.success)
    return (
      <div className="space-y-4">
        <PageHeader title={t("title")} />
        <EmptyState title={t("invalid")} />
      </div>
    );
  const f = parsed.data;
  const today = shanghaiDate();
  const data = await listVisits(actor, f, today);
  const params = new URLSearchParams();
  for (const k of ["status", "who", "period", "sort", "dir"] as const) if (f[k]) params.set(k, String(f[k]));
  const sortHref = (key: (typeof VISIT_SORTS)[number]) => {
    const next = new URLSearchParams(params);
    next.set("sort", key);
    next.set("dir", f.sort === key && f.dir !== "desc" ? "desc" : "asc");
    return `?${next.toString()}`;
  };
  const activeSort = f.sort ?? (data.status === "DONE" ? "doneAt" : "dueDate");
  const from = data.total === 0 ? 0 : (data.page - 1) * VISIT_PAGE_SIZE + 1;
  const to = Math.min(data.page * VISIT_PAGE_SIZE, data.total);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("count", { total: data.total })} />
      <LoggedNotice logged={typeof raw.logged === "string"} task={raw.task === "1"} />
      <VisitFilterBar values={f} canFilterAssignee={actor.role !== "AGENT"} />
      <div className="flex flex-wrap items-center gap-3 text-xs text-slate-600">
        <span>{t("sortBy")}</span>
        {VISIT_SORTS.map((key) => (
          <Link
            key={key}
            href={sortHref(key)}
            className={`hover:underline ${activeSort === key ? "font-semibold text-slate-900" : ""}`}
          >
            {t(`sort.${key}`)}
            {activeSort === key ? (f.dir === "desc" || (!f.dir && key === "doneAt") ? " ↓" : " ↑") : ""}
          </Link>
        ))}
      </div>
      {data.rows.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <VisitList items={data.rows} today={today} from="visits" showAssignee={actor.role !== "AGENT"} />
      )}
      <Pagination
        page={data.page}
        pageSize={VISIT_PAGE_SIZE}
        total={data.total}
        params={params}
        labels={{ previous: t("previous"), next: t("next"), summary: t("summary", { from, to, total: data.total }) }}
      />
    </div>
  );
}
