import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { customerScope, customerScopeSql } from "@/lib/auth/scope";
import { writeAudit } from "@/lib/audit/write";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  ageOn,
  birthdayInRange,
  birthdayKeys,
  greetingMethod,
  holidayDate,
  HOLIDAY_YEARS,
  resolveRange,
  upcomingHoliday,
  type DateRange,
  type GreetingMethod,
  type Holiday,
} from "@/lib/domain/care-dates";
import { shanghaiDate } from "@/lib/domain/dates";
import { maskPhone } from "@/lib/domain/identity";
import { careSortOf, type CareFilters } from "@/lib/validation/care-filters";

// §6 care lists: customers whose birthday falls in a date range, and the customers to greet for a
// holiday. Both are scoped like the customer list; phones come back masked.

export type CareWindow =
  | { list: "birthday"; range: DateRange; keys: number[] }
  | { list: "holiday"; holiday: Holiday; year: number; date: string | null };

/** What the filters mean on `today`: the birthday range (this week by default) or the holiday. */
export function careWindow(f: CareFilters, today: string): CareWindow {
  if (f.list === "holiday") {
    const next = upcomingHoliday(today);
    const holiday = f.holiday ?? next?.holiday ?? "SPRING_FESTIVAL";
    const thisYear = Number(today.slice(0, 4));
    const dateThisYear = holidayDate(holiday, thisYear);
    const year =
      f.year ?? (dateThisYear && dateThisYear >= today ? thisYear : Math.min(thisYear + 1, HOLIDAY_YEARS.at(-1)!));
    return { list: "holiday", holiday, year, date: holidayDate(holiday, year) };
  }
  const range =
    f.range === "custom" && f.from && f.to
      ? { from: f.from, to: f.to }
      : resolveRange(f.range === "custom" || !f.range ? "week" : f.range, today);
  return { list: "birthday", range, keys: birthdayKeys(range) };
}

const rowSelect = {
  id: true,
  customerNo: true,
  name: true,
  mobile: true,
  birthDate: true,
  vipTier: true,
  isClubMember: true,
  agent: { select: { id: true, name: true } },
  orgUnit: { select: { name: true, nameEn: true } },
} as const satisfies Prisma.CustomerSelect;

type RowData = Prisma.CustomerGetPayload<{ select: typeof rowSelect }>;

/**
 * `mayReveal`: the birthday and the age together are the birth date inside the masked ID number,
 * so viewers who may not reveal it see the day without the age.
 */
function toRow(c: RowData, w: CareWindow, mayReveal: boolean) {
  const birth = c.birthDate ? c.birthDate.toISOString().slice(0, 10) : null;
  const day = w.list === "birthday" ? (birth ? birthdayInRange(birth, w.range) : null) : w.date;
  return {
    id: c.id,
    customerNo: c.customerNo,
    name: c.name,
    mobile: c.mobile ? maskPhone(c.mobile) : null,
    vipTier: c.vipTier,
    isClubMember: c.isClubMember,
    agent: c.agent,
    orgUnit: c.orgUnit,
    /** The birthday celebrated in the range, or the holiday's date. */
    day,
    age: mayReveal && w.list === "birthday" && birth && day ? ageOn(birth, day) : null,
    method: greetingMethod(c.vipTier) as GreetingMethod,
  };
}

export type CareRow = ReturnType<typeof toRow>;

/** The month-day expression the partial index Customer_birthMonthDay_idx is built on. */
export const MONTH_DAY = Prisma.sql`((EXTRACT(MONTH FROM c."birthDate") * 100 + EXTRACT(DAY FROM c."birthDate"))::int)`;

function birthdaySqlWhere(actor: Actor, f: CareFilters, keys: number[]): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    customerScopeSql(actor),
    Prisma.sql`c."birthDate" IS NOT NULL`,
    Prisma.sql`c."anonymizedAt" IS NULL`,
    Prisma.sql`${MONTH_DAY} = ANY(${keys}::int[])`,
  ];
  if (f.club) parts.push(Prisma.sql`c."isClubMember" = ${f.club === "yes"}`);
  if (f.vip.length > 0) parts.push(Prisma.sql`c."vipTier"::text = ANY(${f.vip}::text[])`);
  if (f.agent) parts.push(Prisma.sql`c."agentId" = ${f.agent}::uuid`);
  return Prisma.join(parts, " AND ");
}

function birthdaySqlOrder(f: CareFilters, keys: number[]): Prisma.Sql {
  const { key, dir } = careSortOf(f);
  const d = Prisma.raw(dir === "desc" ? "DESC" : "ASC");
  if (key === "name") return Prisma.sql`c.name ${d}, c.id`;
  if (key === "vip") return Prisma.sql`c."vipTier" ${d}, c."annualPremium" ${d}, c.id`;
  return Prisma.sql`array_position(${keys}::int[], ${MONTH_DAY}) ${d}, c.name, c.id`;
}

/** Ids of one page of birthday customers in list order (all of them when `page` is null) and the count. */
async function birthdayIds(actor: Actor, f: CareFilters, keys: number[], page: { skip: number; take: number } | null) {
  const where = birthdaySqlWhere(actor, f, keys);
  const limit = page ? Prisma.sql`LIMIT ${page.take} OFFSET ${page.skip}` : Prisma.sql`LIMIT ${EXPORT_CAP + 1}`;
  const [ids, count] = await Promise.all([
    db.$queryRaw<
      { id: string }[]
    >`SELECT c.id FROM "Customer" c WHERE ${where} ORDER BY ${birthdaySqlOrder(f, keys)} ${limit}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Customer" c WHERE ${where}`,
  ]);
  return { ids: ids.map((r) => r.id), total: Number(count[0]?.n ?? 0) };
}

function holidayWhere(actor: Actor, f: CareFilters): Prisma.CustomerWhereInput {
  return {
    AND: [
      customerScope(actor),
      // Greetings go to insured customers who can be reached and are not blacklisted.
      { isInsured: true, contactable: true, blacklisted: false, anonymizedAt: null },
      {
        isClubMember: f.club ? f.club === "yes" : undefined,
        vipTier: f.vip.length > 0 ? { in: f.vip } : undefined,
        agentId: f.agent,
      },
    ],
  };
}

function holidayOrder(f: CareFilters): Prisma.CustomerOrderByWithRelationInput[] {
  const { key, dir } = careSortOf(f);
  if (key === "name") return [{ name: dir }, { id: dir }];
  // `date` is the same for everyone on a holiday list: the tier order serves it.
  return [{ vipTier: key === "vip" ? dir : "desc" }, { annualPremium: key === "vip" ? dir : "desc" }, { id: "asc" }];
}

async function rowsByIds(actor: Actor, ids: string[], w: CareWindow): Promise<CareRow[]> {
  const rows = await db.customer.findMany({ where: { id: { in: ids } }, select: rowSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const mayReveal = can(actor.role, "customer.reveal");
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toRow(r, w, mayReveal)] : [];
  });
}

export async function careList(actor: Actor, f: CareFilters, now: Date = new Date()) {
  requirePermission(actor, "customer.read");
  const w = careWindow(f, shanghaiDate(now));
  const pageSize = f.size ?? 25;
  const page = f.page ?? 1;
  if (w.list === "birthday") {
    const { ids, total } = await birthdayIds(actor, f, w.keys, { skip: (page - 1) * pageSize, take: pageSize });
    return { window: w, rows: await rowsByIds(actor, ids, w), total, page, pageSize };
  }
  const where = holidayWhere(actor, f);
  const [total, rows] = await Promise.all([
    db.customer.count({ where }),
    db.customer.findMany({
      where,
      orderBy: holidayOrder(f),
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: rowSelect,
    }),
  ]);
  return { window: w, rows: rows.map((r) => toRow(r, w, can(actor.role, "customer.reveal"))), total, page, pageSize };
}

/** At most this many rows per care-list export. */
export const EXPORT_CAP = 20_000;

/**
 * The whole care list for export: same scope, filters and order as the page, masked as on screen,
 * audited (care.export) before any row leaves. Only roles with customer.export.
 */
export async function prepareCareExport(actor: Actor, f: CareFilters, format: "csv" | "xlsx", now: Date = new Date()) {
  requirePermission(actor, "customer.export");
  const w = careWindow(f, shanghaiDate(now));
  let ids: string[];
  if (w.list === "birthday") ids = (await birthdayIds(actor, f, w.keys, null)).ids;
  else
    ids = (
      await db.customer.findMany({
        where: holidayWhere(actor, f),
        orderBy: holidayOrder(f),
        select: { id: true },
        take: EXPORT_CAP + 1,
      })
    ).map((r) => r.id);
  const truncated = ids.length > EXPORT_CAP;
  ids = ids.slice(0, EXPORT_CAP);
  await writeCareExportAudit(actor, f, w, format, ids.length, truncated);
  const rows: CareRow[] = [];
  for (let i = 0; i < ids.length; i += 2_000) rows.push(...(await rowsByIds(actor, ids.slice(i, i + 2_000), w)));
  return { window: w, rows, truncated };
}

async function writeCareExportAudit(
  actor: Actor,
  f: CareFilters,
  w: CareWindow,
  format: string,
  rows: number,
  truncated: boolean,
) {
  const window =
    w.list === "birthday" ? { list: w.list, ...w.range } : { list: w.list, holiday: w.holiday, year: w.year };
  await writeAudit(db, {
    actorId: actor.id,
    action: "care.export",
    entityType: "Customer",
    data: { format, window, filters: { club: f.club ?? null, vip: f.vip, agent: f.agent ?? null }, rows, truncated },
  });
}

/** Agents offered by the list's filter (not for agents themselves). */
export async function careAgentOptions(actor: Actor) {
  requirePermission(actor, "customer.read");
  if (actor.role === "AGENT") return [];
  return db.user.findMany({
    where: { role: "AGENT", orgUnitId: { in: actor.orgUnitIds } },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, active: true },
  });
}
