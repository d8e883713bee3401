import "server-only";
// The agent's Today page (issue 4.1): the work of the day as counts that open the matching list,
// ordered by urgency, plus the visits to make now. All counts are scoped and counted in SQL.
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope, customerScopeSql, policyScope, visitScope } from "@/lib/auth/scope";
import { MONTH_DAY } from "@/lib/data/care/lists";
import { birthdayKeys, resolveRange } from "@/lib/domain/care-dates";
import { addDays, dateOnly, shanghaiDate } from "@/lib/domain/dates";
import { maskPhone } from "@/lib/domain/identity";
import { visitUrgency } from "@/lib/domain/visit-plan";

export type TodayItemKey =
  | "visitsOverdue"
  | "visitsToday"
  | "expiring30"
  | "claimsChanged"
  | "birthdaysToday"
  | "visitsWeek"
  | "expiring60"
  | "expiring90"
  | "birthdaysWeek";

export type TodayItem = { key: TodayItemKey; count: number; href: string; tone: "danger" | "warn" | "default" };

/** Fixed urgency order: what is late, then what is due today, then what is coming. */
const URGENCY: TodayItemKey[] = [
  "visitsOverdue",
  "visitsToday",
  "expiring30",
  "claimsChanged",
  "birthdaysToday",
  "visitsWeek",
  "expiring60",
  "expiring90",
  "birthdaysWeek",
];

export async function loadToday(actor: Actor, today = shanghaiDate(), now = new Date()) {
  requirePermission(actor, "visit.read");
  requirePermission(actor, "policy.read");
  const d = (n: number) => dateOnly(addDays(today, n));
  const planned = { ...visitScope(actor), status: "PLANNED" as const };
  const expiring = (days: number) => ({
    ...policyScope(actor),
    // As the renewal list counts them (lapsed and surrendered policies are not up for renewal).
    status: { in: ["IN_FORCE" as const, "MATURED" as const] },
    renewalOutcome: null,
    renewedBy: { is: null },
    endDate: { gte: dateOnly(today), lte: d(days) },
  });
  // The same days as the care list the counts link to (this week = Monday to Sunday, 29 Feb → 28 Feb).
  const todayKeys = birthdayKeys(resolveRange("today", today));
  const weekKeys = birthdayKeys(resolveRange("week", today));
  const [overdue, dueToday, dueWeek, e30, e60, e90, claims, birthdays, visits] = await Promise.all([
    db.visit.count({ where: { ...planned, dueDate: { lt: dateOnly(today) } } }),
    db.visit.count({ where: { ...planned, dueDate: dateOnly(today) } }),
    db.visit.count({ where: { ...planned, dueDate: { gte: dateOnly(today), lte: d(7) } } }),
    db.policy.count({ where: expiring(30) }),
    db.policy.count({ where: expiring(60) }),
    db.policy.count({ where: expiring(90) }),
    db.claim.count({
      where: { customer: customerScope(actor), statusChangedAt: { gte: new Date(now.getTime() - 7 * 86_400_000) } },
    }),
    db.$queryRaw<{ today: number; week: number }[]>`
      SELECT count(*) FILTER (WHERE ${MONTH_DAY} = ANY(${todayKeys}::int[]))::int AS today, count(*)::int AS week
        FROM "Customer" c
       WHERE ${customerScopeSql(actor)} AND c."birthDate" IS NOT NULL AND c."anonymizedAt" IS NULL
         AND ${MONTH_DAY} = ANY(${weekKeys}::int[])`,
    db.visit.findMany({
      where: { ...planned, dueDate: { lte: d(7) } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: 10,
      select: {
        id: true,
        reason: true,
        suggestedMethod: true,
        dueDate: true,
        customer: { select: { id: true, name: true, mobile: true, vipTier: true } },
      },
    }),
  ]);
  const counts: Record<TodayItemKey, number> = {
    visitsOverdue: overdue,
    visitsToday: dueToday,
    visitsWeek: dueWeek,
    expiring30: e30,
    expiring60: e60,
    expiring90: e90,
    claimsChanged: claims,
    birthdaysToday: birthdays[0]?.today ?? 0,
    birthdaysWeek: birthdays[0]?.week ?? 0,
  };
  const hrefs: Record<TodayItemKey, string> = {
    visitsOverdue: "/visits?period=overdue",
    visitsToday: "/visits?period=today",
    visitsWeek: "/visits?period=week",
    expiring30: "/renewals?within=30&outcome=none&renewed=no",
    expiring60: "/renewals?within=60&outcome=none&renewed=no",
    expiring90: "/renewals?within=90&outcome=none&renewed=no",
    claimsChanged: "/claims?changed=7d",
    birthdaysToday: "/care?range=today",
    birthdaysWeek: "/care?range=week",
  };
  const tone = (k: TodayItemKey): TodayItem["tone"] =>
    counts[k] === 0
      ? "default"
      : k === "visitsOverdue"
        ? "danger"
        : k === "visitsToday" || k === "expiring30"
          ? "warn"
          : "default";
  const items: TodayItem[] = URGENCY.map((key) => ({ key, count: counts[key], href: hrefs[key], tone: tone(key) }));
  return {
    today,
    items,
    visits: visits.map((v) => {
      const dueDate = v.dueDate.toISOString().slice(0, 10);
      return {
        ...v,
        dueDate,
        urgency: visitUrgency(dueDate, today),
        customer: { ...v.customer, mobile: v.customer.mobile ? maskPhone(v.customer.mobile) : null },
      };
    }),
  };
}

export type TodayData = Awaited<ReturnType<typeof loadToday>>;
