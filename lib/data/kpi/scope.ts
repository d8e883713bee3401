import "server-only";
// The KPI scope as SQL fragments: an AGENT counts only their own records; SERVICE_LEAD and MANAGER
// their org subtree (optionally narrowed to a unit below, a channel or one agent for drill-down).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";
import { ForbiddenError, requirePermission, type Actor } from "@/lib/auth/actor";
import { orgSubtreeIds } from "@/lib/auth/org-tree";

export type KpiFilter = { orgUnitId?: string; channel?: Channel; agentId?: string };

export type KpiScope = {
  /** Org units counted (null for an agent, who is scoped by person instead). */
  orgUnitIds: string[] | null;
  /** The unit the figures are for (the actor's own unit unless a narrower one was picked). */
  orgUnitId: string;
  agentId: string | null;
  channel: Channel | null;
  /** True when the scope is one agent's own figures. */
  ownFigures: boolean;
};

/** Resolves the requested unit/channel/agent within what the actor may see. */
export async function resolveKpiScope(actor: Actor, filter: KpiFilter = {}): Promise<KpiScope> {
  requirePermission(actor, "kpi.read");
  const channel = filter.channel ?? null;
  if (actor.role === "AGENT") {
    if (filter.agentId && filter.agentId !== actor.id) throw new ForbiddenError("kpi.read");
    return { orgUnitIds: null, orgUnitId: actor.orgUnitId, agentId: actor.id, channel, ownFigures: true };
  }
  const orgUnitId = filter.orgUnitId ?? actor.orgUnitId;
  if (!actor.orgUnitIds.includes(orgUnitId)) throw new ForbiddenError("kpi.read");
  const ids = orgUnitId === actor.orgUnitId ? actor.orgUnitIds : await orgSubtreeIds(orgUnitId);
  return { orgUnitIds: ids, orgUnitId, agentId: filter.agentId ?? null, channel, ownFigures: false };
}

/** Columns of one fact table that the scope and the breakdowns refer to. */
export type ScopeColumns = { org: Prisma.Sql; channel: Prisma.Sql; agent: Prisma.Sql };

/** `AND …` conditions for the scope on the given columns. */
export function scopeSql(scope: KpiScope, cols: ScopeColumns): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.orgUnitIds) parts.push(Prisma.sql`${cols.org} = ANY(${scope.orgUnitIds}::uuid[])`);
  if (scope.agentId) parts.push(Prisma.sql`${cols.agent} = ${scope.agentId}::uuid`);
  if (scope.channel) parts.push(Prisma.sql`${cols.channel}::text = ${scope.channel}`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

export const GROUP_BYS = ["total", "org", "channel", "agent"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** The grouping key expression (text) for a breakdown. */
export function groupSql(groupBy: GroupBy, cols: ScopeColumns): Prisma.Sql {
  if (groupBy === "org") return Prisma.sql`${cols.org}::text`;
  if (groupBy === "channel") return Prisma.sql`${cols.channel}::text`;
  if (groupBy === "agent") return Prisma.sql`${cols.agent}::text`;
  return Prisma.sql`''`;
}

/** Standard columns per fact table (aliases used in every KPI query). */
export const COLS = {
  policy: {
    org: Prisma.raw(`p."orgUnitId"`),
    channel: Prisma.raw(`p.channel`),
    agent: Prisma.raw(`p."servicingAgentId"`),
  },
  customer: { org: Prisma.raw(`c."orgUnitId"`), channel: Prisma.raw(`c.channel`), agent: Prisma.raw(`c."agentId"`) },
  visit: { org: Prisma.raw(`c."orgUnitId"`), channel: Prisma.raw(`c.channel`), agent: Prisma.raw(`v."assigneeId"`) },
  survey: { org: Prisma.raw(`c."orgUnitId"`), channel: Prisma.raw(`s.channel`), agent: Prisma.raw(`s."agentId"`) },
  complaint: { org: Prisma.raw(`k."orgUnitId"`), channel: Prisma.raw(`c.channel`), agent: Prisma.raw(`c."agentId"`) },
} satisfies Record<string, ScopeColumns>;
