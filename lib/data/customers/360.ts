import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { customerScope } from "@/lib/auth/scope";
import { claimProgress } from "@/lib/domain/claim-progress";
import { classificationReasons, type ReasonPolicy } from "@/lib/domain/classification-reasons";
import { addDays, daysBetween, shanghaiDate } from "@/lib/domain/dates";
import { maskIdNumber, maskPhone } from "@/lib/domain/identity";
import { birthView, maskNativePlace } from "@/lib/domain/masked-identity";
import { riskWarnings } from "@/lib/domain/risk-flags";
import { loadConfig } from "./classify";
import { claimsOf, policiesOf, relatedOf, type PolicyRow } from "./360-sql";
import { customerTimeline } from "./timeline";

// The customer 360° view (SPEC §2): profile, family, corporate data, policies, claims with progress,
// one merged timeline, tags and custom fields, risk flags and every classification with its reason.
// One scoped query decides access (the configuration loads beside it); the other four statements run
// in parallel, keyed by the id it returned: six round trips in two steps.

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));
const mask = (v: string | null, masker: (s: string) => string) => (v ? masker(v) : null);

const customerSelect = {
  id: true,
  customerNo: true,
  kind: true,
  name: true,
  gender: true,
  birthDate: true,
  nativePlace: true,
  maritalStatus: true,
  education: true,
  idNumber: true,
  mobile: true,
  employer: true,
  department: true,
  workAddress: true,
  position: true,
  workPhone: true,
  occupationType: true,
  email: true,
  fax: true,
  homePhone: true,
  homeAddress: true,
  lifeSituation: true,
  employerId: true,
  orgUnitId: true,
  agentId: true,
  prospectSource: true,
  isInsured: true,
  channel: true,
  isOrphan: true,
  contactable: true,
  activity: true,
  touchpoints: true,
  lifecycleStage: true,
  vipTier: true,
  annualPremium: true,
  firstPurchaseAt: true,
  lastPurchaseAt: true,
  satisfactionScore: true,
  loyaltyScore: true,
  satLoyalty: true,
  abilityScore: true,
  willingnessScore: true,
  abilityWill: true,
  churnRiskScore: true,
  churnReasons: true,
  claimsLast12m: true,
  totalPremiumPaid: true,
  totalClaimsPaid: true,
  isClubMember: true,
  blacklisted: true,
  lastContactAt: true,
  classifiedAt: true,
  createdAt: true,
} as const;

function reasonPolicy(p: PolicyRow): ReasonPolicy {
  const stopped = p.status === "LAPSED" || p.status === "SURRENDERED";
  return {
    policyNo: p.policyNo,
    startDate: iso(p.startDate)!,
    endDate: iso(p.endDate)!,
    status: p.status,
    channel: p.channel,
    annualPremiumFen: Math.round(Number(p.annualPremium.toString()) * 100),
    paymentFrequency: p.paymentFrequency,
    isRenewal: p.isRenewal,
    renewalOutcome: p.renewalOutcome,
    statusChangedOn: stopped ? shanghaiDate(p.updatedAt) : null,
  };
}

export type TimelineQuery = { timelinePage?: number; now?: Date };

/**
 * The 360° view of one customer as the actor may see it, or null when the customer does not exist,
 * was merged away, or lies outside the actor's scope (indistinguishable on purpose). Identifiers
 * and phone numbers come back masked; `canReveal` says whether the actor may reveal them.
 */
export async function getCustomer360(actor: Actor, id: string, query: TimelineQuery = {}) {
  requirePermission(actor, "customer.read");
  if (!z.uuid().safeParse(id).success) return null;
  // The configuration is not customer data: it loads alongside the scope check.
  const [c, config] = await Promise.all([
    db.customer.findFirst({ where: { id, ...customerScope(actor) }, select: customerSelect }),
    loadConfig(db),
  ]);
  if (!c) return null;

  const today = shanghaiDate(query.now ?? new Date());
  const [related, policyRows, claimRows, timeline] = await Promise.all([
    relatedOf(actor, c, today, addDays(today, 30)),
    policiesOf(c.id),
    claimsOf(c.id),
    customerTimeline(c.id, query.timelinePage ?? 1),
  ]);

  const policies = policyRows.map((p) => ({
    id: p.id,
    policyNo: p.policyNo,
    productLine: p.productLine,
    productName: p.productName,
    channel: p.channel,
    annualPremium: num(p.annualPremium)!,
    paymentFrequency: p.paymentFrequency,
    startDate: iso(p.startDate)!,
    endDate: iso(p.endDate)!,
    status: p.status,
    daysToExpiry: p.status === "IN_FORCE" ? daysBetween(today, iso(p.endDate)!) : null,
    renewalOutcome: p.renewalOutcome,
    vehiclePlate: p.vehiclePlate,
    agentOfRecord: p.agentOfRecord,
    servicingAgent: p.servicingAgent,
    held: p.held,
  }));

  const claims = claimRows.map((k) => ({
    id: k.id,
    claimNo: k.claimNo,
    policyNo: k.policyNo,
    productLine: k.productLine,
    incidentDate: iso(k.incidentDate)!,
    reportedAt: k.reportedAt.toISOString(),
    amountClaimed: num(k.amountClaimed)!,
    amountPaid: num(k.amountPaid),
    status: k.status,
    greenChannel: k.greenChannel,
    handler: k.handler,
    steps: claimProgress(
      k.status,
      k.steps.map((s) => ({ status: s.status, at: new Date(s.at).toISOString() })),
    ),
  }));

  const annualPremiumYuan = num(c.annualPremium)!;
  const classification = classificationReasons({
    today,
    config,
    customer: {
      ...c,
      annualPremiumYuan,
      firstPurchaseAt: iso(c.firstPurchaseAt),
      lastPurchaseAt: iso(c.lastPurchaseAt),
    },
    agentName: related.agent?.name ?? null,
    policies: policyRows.filter((p) => p.held).map(reasonPolicy),
    coveredBy: policyRows.filter((p) => !p.held).map(reasonPolicy),
    latestClaimOn: claimRows[0] ? shanghaiDate(claimRows[0].reportedAt) : null,
    upcomingAppointmentOn: iso(related.upcomingVisit),
  });

  const totalPremiumPaid = num(c.totalPremiumPaid)!;
  const totalClaimsPaid = num(c.totalClaimsPaid)!;
  // Without the reveal permission the birth date and native place would rebuild the masked ID.
  const canReveal = can(actor.role, "customer.reveal");
  return {
    today,
    canReveal,
    customer: {
      id: c.id,
      customerNo: c.customerNo,
      kind: c.kind,
      name: c.name,
      gender: c.gender,
      ...birthView(iso(c.birthDate), today, canReveal),
      nativePlace: canReveal ? c.nativePlace : mask(c.nativePlace, maskNativePlace),
      maritalStatus: c.maritalStatus,
      education: c.education,
      idNumber: mask(c.idNumber, maskIdNumber),
      mobile: mask(c.mobile, maskPhone),
      workPhone: mask(c.workPhone, maskPhone),
      homePhone: mask(c.homePhone, maskPhone),
      employer: c.employer,
      department: c.department,
      workAddress: c.workAddress,
      position: c.position,
      occupationType: c.occupationType,
      email: c.email,
      fax: mask(c.fax, maskPhone),
      homeAddress: c.homeAddress,
      lifeSituation: c.lifeSituation,
      prospectSource: c.prospectSource,
      vipTier: c.vipTier,
      lifecycleStage: c.lifecycleStage,
      annualPremium: annualPremiumYuan,
      totalPremiumPaid,
      totalClaimsPaid,
      isClubMember: c.isClubMember,
      lastContactAt: c.lastContactAt?.toISOString() ?? null,
      classifiedAt: c.classifiedAt?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
      orgUnit: related.org,
      agent: related.agent,
      employerCustomer: related.employer,
    },
    family: related.family.map((f) => ({
      ...f,
      phone: mask(f.phone, maskPhone),
      birthDate: f.birthDate?.slice(0, 10) ?? null,
    })),
    corporate: related.corporate && {
      ...related.corporate,
      registeredCapital: num(related.corporate.registeredCapital),
      contactPhone: mask(related.corporate.contactPhone, maskPhone),
    },
    employees: { items: related.employees, total: related.employeeCount },
    tags: related.tags,
    fields: related.fields,
    policies: { items: policies, total: policyRows[0]?.total ?? 0 },
    claims: { items: claims, total: claimRows[0]?.total ?? 0 },
    timeline,
    classification,
    risk: {
      blacklisted: c.blacklisted,
      blacklist: related.blacklist,
      churnRiskScore: c.churnRiskScore,
      churnReasons: c.churnReasons,
      claimsLast12m: c.claimsLast12m,
      ...riskWarnings(
        {
          claimsLast12m: c.claimsLast12m,
          totalClaimsPaidYuan: totalClaimsPaid,
          totalPremiumPaidYuan: totalPremiumPaid,
        },
        config.riskWarnings,
      ),
    },
  };
}

export type Customer360 = NonNullable<Awaited<ReturnType<typeof getCustomer360>>>;
