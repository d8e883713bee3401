import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { CareExportButtons } from "@/components/care/export-buttons";
import { CareFilterForm, CareTabs } from "@/components/care/filter-form";
import { CareTable } from "@/components/care/care-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { careAgentOptions, careList } from "@/lib/data/care/lists";
import { resolveRange, validRange } from "@/lib/domain/care-dates";
import { shanghaiDate } from "@/lib/domain/dates";
import { careFiltersToParams, readCareFilters, type CareFilters, type RawParams } from "@/lib/validation/care-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("care");
  return { title: t("title") };
}

const norm = (p: URLSearchParams) =>
  [...p.entries()]
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join("&");

function given(raw: RawParams): URLSearchParams {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(raw))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) p.append(key, v);
  return p;
}

/** Dates typed into the form while a named range is selected mean a custom range. */
function datesMeanCustom(f: CareFilters, today: string): CareFilters {
  if (f.list === "holiday" || f.range === "custom" || !f.from || !f.to) return f;
  const named = resolveRange(f.range ?? "week", today);
  const typed = { from: f.from, to: f.to };
  if (typed.from === named.from && typed.to === named.to) return f;
  return validRange(typed) ? { ...f, range: "custom" } : f;
}

export default async function CarePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  if (!can(actor.role, "customer.read")) return <EmptyState title={t("errors.forbidden")} />;

  const raw = await searchParams;
  const read = readCareFilters(raw);
  const { invalid } = read;
  const filters = datesMeanCustom(read.filters, shanghaiDate());
  const params = careFiltersToParams(filters);
  // A submitted GET form sends every field (blanks, dates of a named range): land on the short URL.
  if (invalid.length === 0 && norm(given(raw)) !== norm(params))
    redirect(params.size > 0 ? `/care?${params}` : "/care");

  const [result, agents] = await Promise.all([careList(actor, filters), careAgentOptions(actor)]);
  const { rows, total, page, pageSize, window } = result;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const heading =
    window.list === "birthday"
      ? t("care.window.birthday", { from: window.range.from, to: window.range.to })
      : window.date
        ? t("care.window.holiday", { holiday: t(`care.holidays.${window.holiday}`), date: window.date })
        : t("care.window.holidayUnknown", { holiday: t(`care.holidays.${window.holiday}`), year: window.year });

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("care.title")}
        description={<span data-testid="care-count">{t("care.count", { count: total.toLocaleString() })}</span>}
        actions={
          can(actor.role, "customer.export") ? (
            <CareExportButtons params={careFiltersToParams(filters, { paging: false })} />
          ) : undefined
        }
      />
      <CareTabs list={window.list} />
      {invalid.length > 0 && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          {t("care.filters.invalid", { params: invalid.join(", ") })}
        </p>
      )}
      <CareFilterForm filters={filters} window={window} agents={agents} />
      <h2 className="font-medium" data-testid="care-window">
        {heading}
      </h2>
      {rows.length === 0 ? (
        <EmptyState title={t("care.empty.title")}>{t("care.empty.hint")}</EmptyState>
      ) : (
        <div>
          <CareTable rows={rows} list={window.list} />
          <Pagination
            page={page}
            pageSize={pageSize}
            total={total}
            params={params}
            labels={{
              previous: t("care.pagination.previous"),
              next: t("care.pagination.next"),
              summary: t("care.pagination.summary", { page, pages }),
            }}
          />
        </div>
      )}
    </div>
  );
}
