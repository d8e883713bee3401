import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { QueueFilters } from "@/components/complaints/queue-filters";
import { QueueTable } from "@/components/complaints/queue-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listComplaintQueue, QUEUE_COUNT_CAP, queueFilterOptions } from "@/lib/data/complaints/queue";
import { queueParams, readQueueFilters, type RawParams } from "@/lib/validation/complaint-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("title") };
}

function sameParams(raw: RawParams, canonical: URLSearchParams): boolean {
  const given: string[] = [];
  for (const [key, value] of Object.entries(raw))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) given.push(`${key}=${v}`);
  const norm = (xs: string[]) => [...xs].sort().join("&");
  return norm(given) === norm([...canonical.entries()].map(([k, v]) => `${k}=${v}`));
}

export default async function ComplaintQueuePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  if (!can(actor.role, "complaint.read")) return <EmptyState title={t("errors.forbidden")} />;
  const raw = await searchParams;
  const { filters, invalid } = readQueueFilters(raw);
  // A submitted GET form sends every field, blanks included: land on the short, canonical URL.
  const canonical = queueParams(filters);
  if (invalid.length === 0 && !sameParams(raw, canonical))
    redirect(canonical.size > 0 ? `/complaints?${canonical}` : "/complaints");
  const [result, options] = await Promise.all([listComplaintQueue(actor, filters), queueFilterOptions(actor)]);
  const { rows, page, pageSize, capped } = result;
  // A capped count does not know the last page: offer "next" while pages come back full.
  const total = capped
    ? Math.max(result.total, (page - 1) * pageSize + rows.length + (rows.length === pageSize ? 1 : 0))
    : result.total;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const count = capped ? `${QUEUE_COUNT_CAP.toLocaleString()}+` : result.total.toLocaleString();
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("complaints.title")}
        description={<span data-testid="complaint-count">{t("complaints.queueDescription", { count })}</span>}
        actions={
          can(actor.role, "complaint.register") ? (
            <ButtonLink href="/complaints/new" variant="primary">
              {t("complaints.register")}
            </ButtonLink>
          ) : undefined
        }
      />
      {invalid.length > 0 && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          {t("complaints.invalidParams", { params: invalid.join(", ") })}
        </p>
      )}
      <QueueFilters filters={filters} options={options} showOrg={actor.role !== "AGENT"} />
      {rows.length === 0 ? (
        <EmptyState title={t("complaints.empty.title")}>
          {t("complaints.empty.hint")}{" "}
          <Link href="/complaints" className="text-brand-700 hover:underline">
            {t("complaints.empty.clear")}
          </Link>
        </EmptyState>
      ) : (
        <div>
          <QueueTable rows={rows} />
          <Pagination
            page={page}
            pageSize={pageSize}
            total={total}
            params={queueParams(filters)}
            labels={{
              previous: t("complaints.pagination.previous"),
              next: t("complaints.pagination.next"),
              summary: capped
                ? t("complaints.pagination.summaryCapped", { page })
                : t("complaints.pagination.summary", { page, pages }),
            }}
          />
        </div>
      )}
    </div>
  );
}
