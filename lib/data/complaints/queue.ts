import "server-only";
// The complaint queue (/complaints): the actor's scope and the URL filters, sorted by SLA time left
// (the running clock's deadline; stopped clocks last). One SQL statement picks the page's ids and one
// counts; one Prisma query loads the rows. The SLA filter says in SQL what lib/domain/sla says per row.
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { orgSubtreeIds } from "@/lib/auth/org-tree";
import { complaintClocks } from "@/lib/domain/sla";
import { QUEUE_PAGE_SIZE, type ComplaintQueueFilters } from "@/lib/validation/complaint-queue";
import { loadSlaContext } from "./register";

/** Open = every status but CLOSED, spelled as a list so the (status, resolutionDueAt) index can serve it. */
const OPEN = Prisma.sql`c.status IN ('RECEIVED', 'VERIFIED', 'REGISTERED', 'TRANSFERRED', 'COORDINATED', 'HANDLED', 'FEEDBACK_GIVEN')`;

/** complaintScope (lib/auth/scope) as SQL on `"Complaint" c`; tests check both select the same rows. */
export function complaintScopeSql(actor: Actor): Prisma.Sql {
  if (actor.role === "AGENT")
    return Prisma.sql`EXISTS (SELECT 1 FROM "Customer" cu WHERE cu.id = c."customerId" AND cu."agentId" = ${actor.id}::uuid)`;
  return Prisma.sql`(c."orgUnitId" = ANY(${actor.orgUnitIds}::uuid[]) OR c."escalatedToId" = ANY(${actor.orgUnitIds}::uuid[]))`;
}

/** The running clocks' deadlines (null once stopped). */
const RESPONSE_RUNNING = Prisma.sql`(c."firstResponseAt" IS NULL AND c."closedAt" IS NULL)`;
const RESOLUTION_RUNNING = Prisma.sql`(c."resolvedAt" IS NULL AND c."closedAt" IS NULL)`;

export function breachedSql(now: Date): Prisma.Sql {
  return Prisma.sql`(c."responseBreached" OR c."resolutionBreached"
    OR (${RESPONSE_RUNNING} AND c."responseDueAt" < ${now}) OR (${RESOLUTION_RUNNING} AND c."resolutionDueAt" < ${now}))`;
}

/** Less than `share` of a running clock's time left (wall clock; see the report on business hours). */
export function atRiskSql(now: Date, share: number): Prisma.Sql {
  const risk = (due: Prisma.Sql) =>
    Prisma.sql`${now}::timestamptz > ${due} - (${due} - c."receivedAt") * ${share}::float8`;
  return Prisma.sql`(NOT ${breachedSql(now)} AND ((${RESPONSE_RUNNING} AND ${risk(Prisma.sql`c."responseDueAt"`)})
    OR (${RESOLUTION_RUNNING} AND ${risk(Prisma.sql`c."resolutionDueAt"`)})))`;
}

const TIME_LEFT = Prisma.sql`CASE WHEN ${RESPONSE_RUNNING} THEN LEAST(c."responseDueAt", c."resolutionDueAt")
  WHEN ${RESOLUTION_RUNNING} THEN c."resolutionDueAt" END`;
const SEVERITY_RANK = Prisma.sql`CASE c.severity WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END`;

/**
 * Counting every closed complaint of a branch costs more than the page itself, so the count stops
 * here and the queue says "1,000+" (paging on while pages come back full).
 */
export const QUEUE_COUNT_CAP = 1_000;

function orderSql(f: ComplaintQueueFilters): Prisma.Sql {
  const desc = f.dir === "desc";
  // Closed complaints have no running clock: newest first unless asked otherwise.
  const sort = f.status === "closed" && (f.sort ?? "timeLeft") === "timeLeft" ? "received" : (f.sort ?? "timeLeft");
  switch (sort) {
    case "received":
      return desc || f.dir === undefined
        ? Prisma.sql`c."receivedAt" DESC, c.id DESC`
        : Prisma.sql`c."receivedAt" ASC, c.id ASC`;
    case "severity":
      return desc || f.dir === undefined
        ? Prisma.sql`${SEVERITY_RANK} DESC, ${TIME_LEFT} ASC NULLS LAST, c.id`
        : Prisma.sql`${SEVERITY_RANK} ASC, ${TIME_LEFT} ASC NULLS LAST, c.id`;
    default:
      return desc
        ? Prisma.sql`${TIME_LEFT} DESC NULLS LAST, c."receivedAt" DESC, c.id`
        : Prisma.sql`${TIME_LEFT} ASC NULLS LAST, c."receivedAt" DESC, c.id`;
  }
}

const RUNNING = Prisma.sql`(${RESPONSE_RUNNING} OR ${RESOLUTION_RUNNING})`;

/**
 * The page's ids. Sorted by time left over closed complaints too, the running clocks come first and
 * the stopped ones newest first: two index-friendly halves, each cut at the page's end, instead of
 * computing and sorting the deadline of every closed complaint.
 */
function pageSql(f: ComplaintQueueFilters, where: Prisma.Sql, offset: number): Prisma.Sql {
  const byTimeLeft = (f.sort ?? "timeLeft") === "timeLeft" && f.dir !== "desc";
  if (!byTimeLeft || (f.status ?? "open") !== "all")
    return Prisma.sql`SELECT c.id::text AS id FROM "Complaint" c WHERE ${where} ORDER BY ${orderSql(f)} LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${offset}`;
  const upTo = offset + QUEUE_PAGE_SIZE;
  return Prisma.sql`
    SELECT u.id::text AS id FROM (
      (SELECT c.id, 0 AS part, ${TIME_LEFT} AS due, c."receivedAt" FROM "Complaint" c WHERE ${where} AND ${RUNNING}
        ORDER BY ${TIME_LEFT} ASC, c."receivedAt" DESC, c.id LIMIT ${upTo})
      UNION ALL
      (SELECT c.id, 1 AS part, NULL::timestamptz AS due, c."receivedAt" FROM "Complaint" c WHERE ${where} AND NOT ${RUNNING}
        ORDER BY c."receivedAt" DESC, c.id LIMIT ${upTo})
    ) u ORDER BY u.part, u.due ASC, u."receivedAt" DESC, u.id LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${offset}`;
}

export async function queueWhereSql(
  actor: Actor,
  f: ComplaintQueueFilters,
  now: Date,
  atRiskShare: number,
): Promise<Prisma.Sql> {
  const and: Prisma.Sql[] = [complaintScopeSql(actor)];
  const status = f.status ?? "open";
  if (status === "open") and.push(OPEN);
  if (status === "closed") and.push(Prisma.sql`c.status = 'CLOSED'::"ComplaintStatus"`);
  if (f.channel) and.push(Prisma.sql`c.channel = ${f.channel}::"ComplaintChannel"`);
  if (f.category) and.push(Prisma.sql`c.category = ${f.category}::"ComplaintCategory"`);
  if (f.severity) and.push(Prisma.sql`c.severity = ${f.severity}::"Severity"`);
  if (f.owner === "none") and.push(Prisma.sql`c."ownerId" IS NULL`);
  else if (f.owner) and.push(Prisma.sql`c."ownerId" = ${f.owner === "me" ? actor.id : f.owner}::uuid`);
  if (f.orgUnit) {
    // A unit outside the actor's subtree simply matches nothing.
    const allowed = new Set(actor.orgUnitIds);
    const units = actor.orgUnitIds.includes(f.orgUnit)
      ? (await orgSubtreeIds(f.orgUnit)).filter((id) => allowed.has(id))
      : [];
    and.push(Prisma.sql`(c."orgUnitId" = ANY(${units}::uuid[]) OR c."escalatedToId" = ANY(${units}::uuid[]))`);
  }
  if (f.q)
    and.push(Prisma.sql`c."complaintNo" >= ${f.q.toUpperCase()} AND c."complaintNo" < ${`${f.q.toUpperCase()}~`}`);
  if (f.sla === "breached") and.push(breachedSql(now));
  if (f.sla === "atRisk") and.push(atRiskSql(now, atRiskShare));
  if (f.sla === "ok") and.push(Prisma.sql`NOT ${breachedSql(now)} AND NOT ${atRiskSql(now, atRiskShare)}`);
  return Prisma.join(and, " AND ");
}

export async function listComplaintQueue(actor: Actor, f: ComplaintQueueFilters, now = new Date()) {
  requirePermission(actor, "complaint.read");
  // The SLA rules load beside the page query unless the SLA filter needs them first.
  const slaPromise = loadSlaContext();
  const share = f.sla === "atRisk" || f.sla === "ok" ? (await slaPromise).config.atRiskShare : 0;
  const where = await queueWhereSql(actor, f, now, share);
  const page = f.page ?? 1;
  const offset = (page - 1) * QUEUE_PAGE_SIZE;
  const [ids, counted, sla] = await Promise.all([
    db.$queryRaw<{ id: string }[]>(pageSql(f, where, offset)),
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT 1 FROM "Complaint" c WHERE ${where} LIMIT ${QUEUE_COUNT_CAP + 1}) capped`,
    slaPromise,
  ]);
  const rows = await db.complaint.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    select: {
      id: true,
      complaintNo: true,
      status: true,
      channel: true,
      category: true,
      severity: true,
      receivedAt: true,
      responseDueAt: true,
      resolutionDueAt: true,
      firstResponseAt: true,
      resolvedAt: true,
      closedAt: true,
      responseBreached: true,
      resolutionBreached: true,
      escalationLevel: true,
      reopenCount: true,
      customer: { select: { id: true, name: true } },
      owner: { select: { id: true, name: true } },
      orgUnit: { select: { id: true, name: true, nameEn: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    rows: ids
      .map((r) => byId.get(r.id))
      .filter((r): r is (typeof rows)[number] => r !== undefined)
      .map((r) => ({
        ...r,
        receivedAt: r.receivedAt.toISOString(),
        clocks: complaintClocks(r, now, sla.config.atRiskShare, sla.calendar),
      })),
    total: Math.min(Number(counted[0]?.n ?? 0), QUEUE_COUNT_CAP),
    capped: Number(counted[0]?.n ?? 0) > QUEUE_COUNT_CAP,
    page,
    pageSize: QUEUE_PAGE_SIZE,
  };
}

export type QueueRow = Awaited<ReturnType<typeof listComplaintQueue>>["rows"][number];

/** The queue filter's choices: owners and org units inside the actor's scope. */
export async function queueFilterOptions(actor: Actor) {
  requirePermission(actor, "complaint.read");
  if (actor.role === "AGENT") return { owners: [], orgUnits: [] };
  const [owners, orgUnits] = await Promise.all([
    db.user.findMany({
      where: { active: true, role: { in: ["SERVICE", "SERVICE_LEAD"] }, orgUnitId: { in: actor.orgUnitIds } },
      select: { id: true, name: true },
      orderBy: { username: "asc" },
      take: 200,
    }),
    db.orgUnit.findMany({
      where: { id: { in: actor.orgUnitIds } },
      select: { id: true, name: true, nameEn: true, level: true },
      orderBy: { code: "asc" },
    }),
  ]);
  return { owners, orgUnits };
}
