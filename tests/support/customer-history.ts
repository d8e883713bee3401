// Builders for a customer's related records (policy, claim, complaint, visit, survey, contact,
// family, tags, classification values) in integration tests of writes and merges.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { FieldType } from "@/lib/generated/prisma/enums";

const uid = () => randomUUID().slice(0, 8);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const dateDaysAgo = (n: number) => new Date(`${daysAgo(n).toISOString().slice(0, 10)}T00:00:00Z`);

export async function makePolicy(opts: {
  customerId: string;
  orgUnitId: string;
  agentId?: string | null;
  annualPremium?: number;
  startedDaysAgo?: number;
}) {
  const started = opts.startedDaysAgo ?? 100;
  return db.policy.create({
    data: {
      policyNo: `PT${uid()}`,
      customerId: opts.customerId,
      productLine: "LIFE",
      productName: "金山人寿测试险",
      channel: "INDIVIDUAL",
      orgUnitId: opts.orgUnitId,
      agentOfRecordId: opts.agentId ?? null,
      servicingAgentId: opts.agentId ?? null,
      annualPremium: (opts.annualPremium ?? 12_000).toFixed(2),
      paymentFrequency: "ANNUAL",
      startDate: dateDaysAgo(started),
      endDate: dateDaysAgo(started - 3650),
      status: "IN_FORCE",
    },
  });
}

/** A policy with one of everything hanging off the customer, for merge tests. */
export async function makeHistory(opts: { customerId: string; orgUnitId: string; userId: string; agentId?: string }) {
  const { customerId, orgUnitId, userId } = opts;
  const policy = await makePolicy({ customerId, orgUnitId, agentId: opts.agentId, annualPremium: 60_000 });
  const insured = await db.policyInsured.create({
    data: { policyId: policy.id, customerId, name: "本人", relation: "本人" },
  });
  const claim = await db.claim.create({
    data: {
      claimNo: `CT${uid()}`,
      policyId: policy.id,
      customerId,
      incidentDate: dateDaysAgo(20),
      reportedAt: daysAgo(19),
      amountClaimed: "3000.00",
      amountPaid: "2500.00",
      status: "PAID",
    },
  });
  const complaint = await db.complaint.create({
    data: {
      complaintNo: `TS${uid()}`,
      customerId,
      channel: "HOTLINE",
      category: "SERVICE_ATTITUDE",
      description: "测试投诉",
      orgUnitId,
      registeredById: userId,
      receivedAt: daysAgo(3),
      responseDueAt: daysAgo(1),
      resolutionDueAt: new Date(),
    },
  });
  const visit = await db.visit.create({
    data: {
      customerId,
      reason: "NEW_CUSTOMER",
      suggestedMethod: "PHONE",
      dueDate: dateDaysAgo(5),
      status: "DONE",
      doneAt: daysAgo(5),
      overallEvaluation: 5,
    },
  });
  const template = await db.surveyTemplate.create({ data: { name: `模板${uid()}` } });
  const survey = await db.survey.create({
    data: {
      templateId: template.id,
      customerId,
      trigger: "MANUAL",
      status: "COMPLETED",
      dueAt: daysAgo(2),
      completedAt: daysAgo(2),
      csat: "90.00",
    },
  });
  const communication = await db.communication.create({
    data: { customerId, type: "CALL", at: daysAgo(1), byId: userId, summary: "电话回访" },
  });
  const family = await db.familyMember.create({ data: { customerId, relation: "配偶", name: "家属" } });
  const tag = await db.tag.create({ data: { name: `标签${uid()}` } });
  await db.customerTag.create({ data: { customerId, tagId: tag.id } });
  return { policy, insured, claim, complaint, visit, survey, communication, family, tag };
}

export async function makeField(type: FieldType = "SELECT", options: string[] = ["甲", "乙"]) {
  return db.classificationField.create({ data: { key: `f${uid()}`, label: `字段${uid()}`, type, options } });
}

export async function makeTag() {
  return db.tag.create({ data: { name: `标签${uid()}` } });
}
