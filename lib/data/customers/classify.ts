import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { resolveConfig, type AppConfig } from "@/lib/domain/config";
import { isContactable, isHighIncomeOccupation } from "@/lib/domain/customer-profile";
import { addDays, dateOnly, shanghaiDate } from "@/lib/domain/dates";
import { classifyCustomer, type CustomerFacts, type PolicyFacts, type ProspectStage } from "@/lib/domain/segments";

// Recomputes the stored §3 classification of customers from their facts after a write (create,
// edit, merge). The facts of all given customers are loaded in a fixed number of batched queries.

type Tx = Prisma.TransactionClient | PrismaClient;

const PROSPECT_STAGES: readonly string[] = ["POTENTIAL", "TARGET", "PROSPECT"];
const DAY_MS = 86_400_000;

const toFen = (d: Prisma.Decimal | null | undefined) => (d ? Math.round(Number(d.toString()) * 100) : 0);
const fenToYuan = (fen: number) => (fen / 100).toFixed(2);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The configuration in force: stored settings over the SPEC defaults. */
export async function loadConfig(tx: Tx): Promise<AppConfig> {
  const rows = await tx.setting.findMany({ select: { key: true, value: true } });
  return resolveConfig(Object.fromEntries(rows.map((r) => [r.key, r.value])));
}

type PolicyRow = {
  startDate: Date;
  endDate: Date;
  status: PolicyFacts["status"];
  channel: PolicyFacts["channel"];
  annualPremium: Prisma.Decimal;
  paymentFrequency: PolicyFacts["paymentFrequency"];
  renewedFromId: string | null;
  renewalOutcome: PolicyFacts["renewalOutcome"];
  updatedAt: Date;
};

const policySelect = {
  startDate: true,
  endDate: true,
  status: true,
  channel: true,
  annualPremium: true,
  paymentFrequency: true,
  renewedFromId: true,
  renewalOutcome: true,
  updatedAt: true,
} as const;

function policyFacts(p: PolicyRow): PolicyFacts {
  const stopped = p.status === "LAPSED" || p.status === "SURRENDERED";
  return {
    startDate: isoDate(p.startDate),
    endDate: isoDate(p.endDate),
    status: p.status,
    channel: p.channel,
    annualPremiumFen: toFen(p.annualPremium),
    paymentFrequency: p.paymentFrequency,
    isRenewal: p.renewedFromId !== null,
    renewalOutcome: p.renewalOutcome,
    // The policy has no status-change date of its own; its last update is when it lapsed or was surrendered.
    statusChangedOn: stopped ? shanghaiDate(p.updatedAt) : null,
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export async function recomputeClassification(tx: Tx, customerIds: readonly string[], now = new Date()): Promise<void> {
  const ids = [...new Set(customerIds)];
  if (ids.length === 0) return;
  const today = shanghaiDate(now);
  const yearAgo = new Date(now.getTime() - 365 * DAY_MS);
  const inIds = { in: ids };

  const [config, customers, held, covered, claims, surveys, visits, openComplaints, communications] = await Promise.all(
    [
      loadConfig(tx),
      tx.customer.findMany({
        where: { id: inIds },
        select: {
          id: true,
          kind: true,
          lifecycleStage: true,
          prospectSource: true,
          agentId: true,
          occupationType: true,
          mobile: true,
          homePhone: true,
          email: true,
        },
      }),
      tx.policy.findMany({ where: { customerId: inIds }, select: { customerId: true, ...policySelect } }),
      tx.policyInsured.findMany({
        where: { customerId: inIds },
        select: { customerId: true, policy: { select: { customerId: true, ...policySelect } } },
      }),
      // A claim counts for its claimant and for the holder of the policy (a family member's claim).
      tx.claim.findMany({
        where: { OR: [{ customerId: inIds }, { policy: { customerId: inIds } }] },
        select: { customerId: true, reportedAt: true, amountPaid: true, policy: { select: { customerId: true } } },
      }),
      tx.survey.findMany({
        where: { customerId: inIds, status: "COMPLETED" },
        select: { customerId: true, csat: true, completedAt: true },
      }),
      tx.visit.findMany({
        where: {
          customerId: inIds,
          OR: [
            { status: "DONE" },
            { status: "PLANNED", dueDate: { gte: dateOnly(today), lte: dateOnly(addDays(today, 30)) } },
          ],
        },
        select: { customerId: true, status: true, overallEvaluation: true, doneAt: true },
      }),
      tx.complaint.groupBy({
        by: ["customerId"],
        where: { customerId: inIds, status: { not: "CLOSED" } },
        _count: true,
      }),
      tx.communication.findMany({ where: { customerId: inIds }, select: { customerId: true, at: true } }),
    ],
  );

  const heldBy = groupBy(held, (p) => p.customerId);
  const coveredBy = groupBy(
    covered.filter((c) => c.policy.customerId !== c.customerId),
    (c) => c.customerId!,
  );
  const claimsBy = new Map<string, typeof claims>();
  for (const claim of claims)
    for (const owner of new Set([claim.customerId, claim.policy.customerId]))
      claimsBy.set(owner, [...(claimsBy.get(owner) ?? []), claim]);
  const surveysBy = groupBy(surveys, (s) => s.customerId);
  const visitsBy = groupBy(visits, (v) => v.customerId);
  const commsBy = groupBy(communications, (c) => c.customerId);
  const complaintsBy = new Map(openComplaints.map((c) => [c.customerId, c._count]));

  for (const c of customers) {
    const policies = (heldBy.get(c.id) ?? []).map(policyFacts);
    const coveredPolicies = (coveredBy.get(c.id) ?? []).map((x) => policyFacts(x.policy));
    const prospectStage =
      policies.length === 0 && coveredPolicies.length === 0
        ? ((PROSPECT_STAGES.includes(c.lifecycleStage) ? c.lifecycleStage : "POTENTIAL") as ProspectStage)
        : null;
    const customerVisits = visitsBy.get(c.id) ?? [];
    const customerSurveys = surveysBy.get(c.id) ?? [];
    // Contacts: the communication log, completed surveys and visits done.
    const contacts = [
      ...(commsBy.get(c.id) ?? []).map((x) => x.at),
      ...customerSurveys.flatMap((s) => (s.completedAt ? [s.completedAt] : [])),
      ...customerVisits.flatMap((v) => (v.status === "DONE" && v.doneAt ? [v.doneAt] : [])),
    ];
    const lastContact = contacts.length > 0 ? new Date(Math.max(...contacts.map((d) => d.getTime()))) : null;

    const facts: CustomerFacts = {
      kind: c.kind,
      prospectStage,
      prospectSource: c.prospectSource,
      policies,
      coveredBy: coveredPolicies,
      claims: (claimsBy.get(c.id) ?? []).map((k) => ({
        reportedOn: shanghaiDate(k.reportedAt),
        amountPaidFen: toFen(k.amountPaid),
      })),
      surveyCsats: customerSurveys.flatMap((s) => (s.csat ? [Number(s.csat.toString())] : [])),
      visitEvaluations: customerVisits.flatMap((v) =>
        v.status === "DONE" && v.overallEvaluation !== null ? [v.overallEvaluation] : [],
      ),
      openComplaints: complaintsBy.get(c.id) ?? 0,
      hasUpcomingAppointment: customerVisits.some((v) => v.status === "PLANNED"),
      lastContactOn: lastContact ? shanghaiDate(lastContact) : null,
      contactsLast12m: contacts.filter((d) => d > yearAgo).length,
      isOrphan: c.agentId === null && prospectStage === null,
      highIncomeOccupation: isHighIncomeOccupation(c.occupationType),
    };
    const k = classifyCustomer(facts, today, config);
    await tx.customer.update({
      where: { id: c.id },
      data: {
        isInsured: k.isInsured,
        channel: k.channel,
        isOrphan: c.agentId === null && k.isInsured,
        contactable: isContactable(c),
        activity: k.activity,
        touchpoints: k.touchpoints,
        lifecycleStage: k.lifecycleStage,
        vipTier: k.vipTier,
        annualPremium: fenToYuan(k.annualPremiumFen),
        firstPurchaseAt: k.firstPurchaseAt ? dateOnly(k.firstPurchaseAt) : null,
        lastPurchaseAt: k.lastPurchaseAt ? dateOnly(k.lastPurchaseAt) : null,
        satisfactionScore: k.satisfactionScore,
        loyaltyScore: k.loyaltyScore,
        satLoyalty: k.satLoyalty,
        abilityScore: k.abilityScore,
        willingnessScore: k.willingnessScore,
        abilityWill: k.abilityWill,
        churnRiskScore: k.churnRiskScore,
        churnReasons: k.churnReasons,
        claimsLast12m: k.claimsLast12m,
        totalPremiumPaid: fenToYuan(k.totalPremiumPaidFen),
        totalClaimsPaid: fenToYuan(k.totalClaimsPaidFen),
        isClubMember: k.isClubMember,
        lastContactAt: lastContact,
        classifiedAt: now,
      },
    });
  }
}
