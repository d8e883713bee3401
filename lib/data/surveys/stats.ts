import "server-only";
// CSAT and NPS of completed surveys per channel, agent, product line and month, in one grouping-sets
// query over the actor's customers. The sums and counts are those of the cockpit's surveyFacts; the
// arithmetic is lib/domain/survey-scores.ts.
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScopeSql } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { nps } from "@/lib/domain/kpi";
import { meanCsat } from "@/lib/domain/survey-scores";
import { monthStart } from "../complaints/analysis";
import { shiftMonth } from "@/lib/domain/complaint-analysis";
import { STAT_DIMENSIONS, type StatDimension } from "@/lib/domain/survey-scores";

export type StatRow = {
  key: string | null;
  label: string | null;
  surveys: number;
  csat: number | null;
  nps: number | null;
  low: number;
};

export type SurveyStats = { from: string; to: string; total: StatRow; groups: Record<StatDimension, StatRow[]> };

/** Stable order for ties: by key, "not specified" (null) last. */
const byKey = (a: StatRow, b: StatRow) => (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key));
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

export async function surveyStats(actor: Actor, range: { from: string; to: string }): Promise<SurveyStats> {
  requirePermission(actor, "survey.read");
  const fromAt = monthStart(range.from);
  const toAt = monthStart(shiftMonth(range.to, 1));
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT CASE WHEN GROUPING(s.channel) = 0 THEN 'channel' WHEN GROUPING(s."agentId") = 0 THEN 'agent'
                WHEN GROUPING(s."productLine") = 0 THEN 'product' WHEN GROUPING(m.month) = 0 THEN 'month' ELSE 'total' END AS dim,
           coalesce(s.channel::text, s."agentId"::text, s."productLine"::text, m.month) AS key,
           count(*)::int AS surveys, count(s.csat)::int AS "csatCount", coalesce(sum(s.csat), 0)::float8 AS "csatSum",
           count(s."npsScore")::int AS "npsCount",
           count(*) FILTER (WHERE s."npsScore" >= 9)::int AS promoters,
           count(*) FILTER (WHERE s."npsScore" <= 6)::int AS detractors,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Task" t WHERE t."surveyId" = s.id AND t.kind = 'LOW_SCORE_FOLLOW_UP'))::int AS low
    FROM "Survey" s
    JOIN "Customer" c ON c.id = s."customerId"
    CROSS JOIN LATERAL (SELECT to_char(s."completedAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month) m
    WHERE s.status = 'COMPLETED' AND s."completedAt" >= ${fromAt} AND s."completedAt" < ${toAt} AND ${customerScopeSql(actor)}
    GROUP BY GROUPING SETS ((), (s.channel), (s."agentId"), (s."productLine"), (m.month))`);
  // 理念 / 行为 / 服务 … : CSAT of the 1–5 answers of each question dimension (a mean over answers).
  const byDimension = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT 'dimension' AS dim, q.dimension::text AS key, count(DISTINCT s.id)::int AS surveys,
           count(*)::int AS "csatCount", sum((r.score - 1) * 25)::float8 AS "csatSum",
           0 AS "npsCount", 0 AS promoters, 0 AS detractors, 0 AS low
    FROM "Survey" s
    JOIN "Customer" c ON c.id = s."customerId"
    JOIN "SurveyResponse" r ON r."surveyId" = s.id
    JOIN "SurveyQuestion" q ON q.id = r."questionId"
    WHERE s.status = 'COMPLETED' AND s."completedAt" >= ${fromAt} AND s."completedAt" < ${toAt} AND ${customerScopeSql(actor)}
      AND q.type = 'SCALE_5' AND r.score IS NOT NULL
    GROUP BY q.dimension`);
  rows.push(...byDimension);
  const agentIds = rows.filter((r) => r.dim === "agent" && r.key).map((r) => String(r.key));
  const agents = new Map(
    (await db.user.findMany({ where: { id: { in: agentIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const toRow = (r: Record<string, unknown>): StatRow => {
    const key = (r.key as string | null) ?? null;
    return {
      key,
      label: r.dim === "agent" && key ? (agents.get(key) ?? key) : key,
      surveys: num(r.surveys),
      csat: meanCsat(num(r.csatSum), num(r.csatCount)),
      nps: nps(num(r.promoters), num(r.detractors), num(r.npsCount)),
      low: num(r.low),
    };
  };
  const groups = Object.fromEntries(STAT_DIMENSIONS.map((d) => [d, [] as StatRow[]])) as Record<
    StatDimension,
    StatRow[]
  >;
  let total: StatRow = { key: null, label: null, surveys: 0, csat: null, nps: null, low: 0 };
  for (const r of rows) {
    if (r.dim === "total") total = toRow(r);
    else groups[r.dim as StatDimension].push(toRow(r));
  }
  for (const d of STAT_DIMENSIONS)
    groups[d].sort(
      d === "month"
        ? (a, b) => String(a.key).localeCompare(String(b.key))
        : (a, b) => b.surveys - a.surveys || byKey(a, b),
    );
  groups.agent = groups.agent.slice(0, 20);
  return { from: range.from, to: range.to, total, groups };
}
