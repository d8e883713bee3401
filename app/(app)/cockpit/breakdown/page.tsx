import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ResponsiveTable, Td, Tr } from "@/components/ui/responsive-table";
import { formatKpi } from "@/components/cockpit/format";
import { breakdownHref, listHref } from "@/components/cockpit/links";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { kpiBreakdown } from "@/lib/data/kpi/breakdown";
import { shanghaiDate } from "@/lib/domain/dates";
import { KPI_DEFINITIONS, kpiBasis } from "@/lib/domain/kpi";
import { parseCockpitParams, periodParams } from "@/lib/validation/kpi";
import { queryString } from "@/components/cockpit/format";

const NEXT = { org: "channel", channel: "agent" } as const;

export default async function BreakdownPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!can(actor.role, "kpi.read")) notFound();
  const [t, te, locale, raw] = await Promise.all([
    getTranslations("kpi"),
    getTranslations("enums"),
    getLocale(),
    searchParams,
  ]);
  const { params, period, valid } = parseCockpitParams(raw, shanghaiDate());
  if (!valid || !period || !params.kpi) return <EmptyState title={t("errors.period")} />;
  const kpi = params.kpi;
  const by = params.by ?? "org";
  let result;
  try {
    result = await kpiBreakdown(
      actor,
      kpi,
      period,
      by,
      { orgUnitId: params.org, channel: params.channel, agentId: params.agent },
      locale,
    );
  } catch (e) {
    if (e instanceof ForbiddenError) return <EmptyState title={t("errors.forbidden")} />;
    throw e;
  }
  const def = KPI_DEFINITIONS[kpi];
  const name = t(`defs.${kpi}.name`);
  const shownBy = result.scope.ownFigures && by === "org" ? "channel" : by;
  const base = {
    org: result.scope.ownFigures ? null : result.scope.orgUnitId,
    channel: params.channel ?? null,
    agent: params.agent ?? null,
  };
  const rowFilter = (key: string) =>
    shownBy === "org"
      ? { ...base, org: key }
      : shownBy === "channel"
        ? { ...base, channel: key }
        : { ...base, agent: key };
  const groupLabel = (key: string, label: string | null) =>
    shownBy === "channel" && key ? te(`Channel.${key}`) : (label ?? t("breakdown.unassigned"));
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("breakdown.title", { name })}
        description={`${period.kind === "custom" ? `${period.start} – ${period.end}` : period.key} · ${t(`defs.${kpi}.formula`)}`}
        actions={
          <Link
            className="text-sm text-sky-700 hover:underline"
            href={`/cockpit${queryString({ ...periodParams(period), org: params.org })}`}
          >
            {t("breakdown.back")}
          </Link>
        }
      />
      <nav className="flex gap-2 text-sm" aria-label={t("drill")}>
        {(["org", "channel", "agent"] as const)
          .filter((b) => !(result.scope.ownFigures && b !== "channel"))
          .map((b) => (
            <Link
              key={b}
              href={breakdownHref(kpi, b, period, base)}
              aria-current={b === shownBy ? "page" : undefined}
              className={`rounded-md border px-2.5 py-1 ${b === shownBy ? "border-slate-800 bg-slate-800 text-white" : "border-slate-300 bg-white"}`}
            >
              {t(`breakdown.by.${b}`)}
            </Link>
          ))}
      </nav>
      {result.rows.length === 0 ? (
        <EmptyState title={t("breakdown.empty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <ResponsiveTable
            head={[t("breakdown.group"), t("breakdown.value"), t("breakdown.num"), t("breakdown.den"), ""]}
          >
            {result.rows.map((r) => {
              const basis = kpiBasis(kpi, r.counts);
              const f = rowFilter(r.key);
              const list = r.key ? listHref(kpi, period, f) : null;
              const next =
                shownBy !== "agent" && r.key && !result.scope.ownFigures
                  ? breakdownHref(kpi, NEXT[shownBy], period, f)
                  : null;
              return (
                <Tr key={r.key || "none"}>
                  <Td label={t("breakdown.group")}>{groupLabel(r.key, r.label)}</Td>
                  <Td label={t("breakdown.value")} className="tabular-nums font-medium">
                    {formatKpi(def.format, r.value, locale)}
                  </Td>
                  <Td label={t("breakdown.num")} className="tabular-nums">
                    {basis?.num ?? "—"}
                  </Td>
                  <Td label={t("breakdown.den")} className="tabular-nums">
                    {basis?.den ?? "—"}
                  </Td>
                  <Td label="" className="text-xs whitespace-nowrap">
                    <span className="inline-flex gap-3">
                      {next && (
                        <Link className="text-sky-700 hover:underline" href={next}>
                          {t("breakdown.next")}
                        </Link>
                      )}
                      {list && (
                        <Link className="text-sky-700 hover:underline" href={list}>
                          {t("list")}
                        </Link>
                      )}
                    </span>
                  </Td>
                </Tr>
              );
            })}
          </ResponsiveTable>
        </div>
      )}
    </div>
  );
}
