// Builders for the KPI tests: policies, visits, surveys, complaints and claims with explicit dates.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Channel, PolicyStatus, ProductLine, VisitStatus } from "@/lib/generated/prisma/enums";

const uid = () => randomUUID().slice(0, 8);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function makePolicy(opts: {
  customerId: string;
  orgUnitId: string;
  agentId?: string | null;
  start: string;
  end: string;
  premium?: number;
  status?: PolicyStatus;
  renewedFromId?: string;
  channel?: Channel;
  productLine?: ProductLine;
}) {
  return db.policy.create({
    data: {
      policyNo: `P${uid()}`,
      customerId: opts.customerId,
      orgUnitId: opts.orgUnitId,
      servicingAgentId: opts.agentId ?? null,
      agentOfRecordId: opts.agentId ?? null,
      productLine: opts.productLine ?? "AUTO",
      productName: "测试产品",
      channel: opts.channel ?? "INDIVIDUAL",
      annualPremium: opts.premium ?? 1000,
      paymentFrequency: "ANNUAL",
      startDate: day(opts.start),
      endDate: day(opts.end),
      status: opts.status ?? "IN_FORCE",
      renewedFromId: opts.renewedFromId ?? null,
    },
  });
}

export async function makeVisit(opts: {
  customerId: string;
  assigneeId: string;
  due: string;
  status?: VisitStatus;
  doneAt?: string;
}) {
  return db.visit.create({
    data: {
      customerId: opts.customerId,
      assigneeId: opts.assigneeId,
      reason: "FOLLOW_UP",
      suggestedMethod: "PHONE",
      dueDate: day(opts.due),
      status: opts.status ?? "PLANNED",
      doneAt: opts.doneAt ? new Date(opts.doneAt) : null,
      doneById: opts.doneAt ? opts.assigneeId : null,
    },
  });
}

let templateId: string | undefined;
async function template() {
  templateId ??= (await db.surveyTemplate.create({ data: { name: `模板 ${uid()}` } })).id;
  return templateId;
}

export async function makeSurvey(opts: {
  customerId: string;
  agentId?: string | null;
  completedAt?: string;
  csat?: number | null;
  nps?: number | null;
  channel?: Channel;
}) {
  return db.survey.create({
    data: {
      templateId: await template(),
      customerId: opts.customerId,
      agentId: opts.agentId ?? null,
      channel: opts.channel ?? "INDIVIDUAL",
      trigger: "PERIODIC",
      status: opts.completedAt ? "COMPLETED" : "PENDING",
      dueAt: new Date("2025-01-01T00:00:00Z"),
      completedAt: opts.completedAt ? new Date(opts.completedAt) : null,
      csat: opts.csat ?? null,
      npsScore: opts.nps ?? null,
    },
  });
}

const HOUR = 3_600_000;

/** A complaint received at `receivedAt` with 48 h / 72 h deadlines; response/resolution after N hours. */
export async function makeComplaint(opts: {
  customerId: string;
  orgUnitId: string;
  registeredById: string;
  receivedAt: string;
  respondedAfterH?: number;
  resolvedAfterH?: number;
  responseBreached?: boolean;
  resolutionBreached?: boolean;
}) {
  const at = new Date(opts.receivedAt);
  const plus = (h?: number) => (h === undefined ? null : new Date(at.getTime() + h * HOUR));
  return db.complaint.create({
    data: {
      complaintNo: `K${uid()}`,
      customerId: opts.customerId,
      orgUnitId: opts.orgUnitId,
      registeredById: opts.registeredById,
      channel: "HOTLINE",
      category: "SERVICE_ATTITUDE",
      description: "测试投诉",
      receivedAt: at,
      responseDueAt: plus(48)!,
      resolutionDueAt: plus(72)!,
      firstResponseAt: plus(opts.respondedAfterH),
      resolvedAt: plus(opts.resolvedAfterH),
      responseBreached: opts.responseBreached ?? false,
      resolutionBreached: opts.resolutionBreached ?? false,
    },
  });
}

export async function makeClaim(opts: { policyId: string; customerId: string; reportedAt: string; closedAt?: string }) {
  return db.claim.create({
    data: {
      claimNo: `CL${uid()}`,
      policyId: opts.policyId,
      customerId: opts.customerId,
      incidentDate: new Date(opts.reportedAt.slice(0, 10)),
      reportedAt: new Date(opts.reportedAt),
      amountClaimed: 1000,
      status: opts.closedAt ? "CLOSED" : "ASSESSING",
      closedAt: opts.closedAt ? new Date(opts.closedAt) : null,
    },
  });
}
