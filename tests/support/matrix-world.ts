// The world of the role × action and scope matrices: one branch (北京 → 海淀, 朝阳) with a user of
// every role, another subtree (河北 → 石家庄) with its own staff, and one record of every type for
// each side, so that every action has something in scope to act on and something out of scope.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeOrgUnit, makeUser } from "./factories";
import { makeTemplate } from "./service-factories";

const uid = () => randomUUID().slice(0, 8);
const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

export type Side = Awaited<ReturnType<typeof makeSide>>;

async function makeCustomerOf(orgUnitId: string, agentId: string | null, mobile: string) {
  const no = uid();
  return db.customer.create({
    data: {
      customerNo: `M${no}`,
      kind: "INDIVIDUAL",
      name: `矩阵客户${no}`,
      idNumber: "11010519491231002X",
      mobile,
      orgUnitId,
      agentId,
      isOrphan: !agentId,
      isInsured: true,
    },
  });
}

/** One city unit with its staff and a record of every type, owned by `agent`. */
async function makeSide(city: { id: string }, staff: { agent: string; agentB: string; service: string }) {
  const customer = await makeCustomerOf(city.id, staff.agent, "13912345678");
  const duplicate = await makeCustomerOf(city.id, staff.agent, "13912345678");
  const policy = await db.policy.create({
    data: {
      policyNo: `PM${uid()}`,
      customerId: customer.id,
      productLine: "AUTO",
      productName: "矩阵车险",
      channel: "INDIVIDUAL",
      orgUnitId: city.id,
      agentOfRecordId: staff.agent,
      servicingAgentId: staff.agent,
      annualPremium: "5000.00",
      paymentFrequency: "ANNUAL",
      startDate: new Date(`${isoDay(-340)}T00:00:00Z`),
      endDate: new Date(`${isoDay(25)}T00:00:00Z`),
      status: "IN_FORCE",
    },
  });
  const successor = await db.policy.create({
    data: {
      policyNo: `PMS${uid()}`,
      customerId: customer.id,
      productLine: "AUTO",
      productName: "矩阵车险",
      channel: "INDIVIDUAL",
      orgUnitId: city.id,
      agentOfRecordId: staff.agent,
      annualPremium: "5200.00",
      paymentFrequency: "ANNUAL",
      startDate: new Date(`${isoDay(26)}T00:00:00Z`),
      endDate: new Date(`${isoDay(390)}T00:00:00Z`),
      status: "IN_FORCE",
    },
  });
  await db.renewalFollowUp.create({
    data: { policyId: policy.id, outcome: "CONSIDERING", byId: staff.agent, nextContactAt: new Date(isoDay(3)) },
  });
  const claim = await db.claim.create({
    data: {
      claimNo: `LM${uid()}`,
      policyId: policy.id,
      customerId: customer.id,
      incidentDate: new Date(isoDay(-10)),
      reportedAt: new Date(Date.now() - 9 * DAY),
      amountClaimed: "8000.00",
      status: "REPORTED",
      statusChangedAt: new Date(Date.now() - 9 * DAY),
    },
  });
  const received = new Date(Date.now() - 3_600_000);
  const complaint = await db.complaint.create({
    data: {
      complaintNo: `KM${uid()}`,
      customerId: customer.id,
      orgUnitId: city.id,
      registeredById: staff.service,
      ownerId: staff.service,
      channel: "HOTLINE",
      category: "SERVICE_ATTITUDE",
      severity: "MEDIUM",
      description: "矩阵测试投诉",
      status: "RECEIVED",
      receivedAt: received,
      responseDueAt: new Date(received.getTime() + 48 * 3_600_000),
      resolutionDueAt: new Date(received.getTime() + 72 * 3_600_000),
    },
  });
  const visit = await db.visit.create({
    data: {
      customerId: customer.id,
      policyId: policy.id,
      reason: "NEW_CUSTOMER",
      suggestedMethod: "PHONE",
      dueDate: new Date(isoDay(5)),
      assigneeId: staff.agent,
    },
  });
  const template = await makeTemplate({ questions: [{ type: "SCALE_5" }] });
  const survey = await db.survey.create({
    data: {
      templateId: template.id,
      customerId: customer.id,
      trigger: "MANUAL",
      dueAt: new Date(Date.now() + 7 * DAY),
      channel: "INDIVIDUAL",
      agentId: staff.agent,
    },
  });
  const task = await db.task.create({
    data: {
      kind: "GENERAL",
      title: "矩阵待办",
      orgUnitId: city.id,
      customerId: customer.id,
      assigneeId: staff.service,
    },
  });
  const action = await db.correctiveAction.create({
    data: {
      complaintId: complaint.id,
      title: "矩阵纠改措施",
      orgUnitId: city.id,
      ownerId: staff.service,
      createdById: staff.service,
      dueDate: new Date(isoDay(10)),
    },
  });
  return {
    city,
    ...staff,
    customer,
    duplicate,
    policy,
    successor,
    claim,
    complaint,
    visit,
    template,
    question: template.questions[0]!,
    survey,
    task,
    action,
  };
}

export async function makeMatrixWorld() {
  const head = await makeOrgUnit("HEAD");
  const beijing = await makeOrgUnit("PROVINCE", head.id);
  const haidian = await makeOrgUnit("CITY", beijing.id);
  const hebei = await makeOrgUnit("PROVINCE", head.id);
  const shijiazhuang = await makeOrgUnit("CITY", hebei.id);

  const user = async (orgUnitId: string, role: Role) =>
    (await makeUser({ orgUnitId, role, channel: role === "AGENT" ? "INDIVIDUAL" : undefined })).id;
  const users: Record<Role, string> = {
    AGENT: await user(haidian.id, "AGENT"),
    SERVICE: await user(haidian.id, "SERVICE"),
    SERVICE_LEAD: await user(beijing.id, "SERVICE_LEAD"),
    MANAGER: await user(beijing.id, "MANAGER"),
    ADMIN: await user(head.id, "ADMIN"),
  };
  const agentB = await user(haidian.id, "AGENT");
  const here = await makeSide(haidian, { agent: users.AGENT, agentB, service: users.SERVICE });

  const hebeiStaff = {
    agent: await user(shijiazhuang.id, "AGENT"),
    agentB: await user(shijiazhuang.id, "AGENT"),
    service: await user(shijiazhuang.id, "SERVICE"),
  };
  const lead2 = await user(hebei.id, "SERVICE_LEAD");
  const there = await makeSide(shijiazhuang, hebeiStaff);

  const tag = await db.tag.create({ data: { name: `矩阵${uid()}`, color: "red" } });
  const field = await db.classificationField.create({
    data: { key: `m_${uid().replace(/-/g, "")}`, label: "矩阵字段", type: "TEXT" },
  });
  const notifications = Object.fromEntries(
    await Promise.all(
      Object.entries(users).map(async ([role, userId]) => [
        role,
        (await db.notification.create({ data: { userId, kind: "test", title: "矩阵通知" } })).id,
      ]),
    ),
  ) as Record<Role, string>;

  return { head, beijing, haidian, hebei, shijiazhuang, users, here, there, lead2, tag, field, notifications };
}

export type MatrixWorld = Awaited<ReturnType<typeof makeMatrixWorld>>;

/**
 * A fingerprint of every table (row count and latest change): equal before and after a call means the
 * call wrote nothing. Request accounting (sign-in attempts, rate-limit counters) is not a record and
 * is left out.
 */
export async function databaseFingerprint(): Promise<string> {
  const tables = await db.$queryRaw<{ table_name: string; has_updated: boolean }[]>`
    SELECT t.table_name,
           EXISTS (SELECT 1 FROM information_schema.columns c
                   WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'updatedAt')
             AS has_updated
    FROM information_schema.tables t
    WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND t.table_name NOT IN ('_prisma_migrations', 'LoginAttempt', 'RequestCounter')
    ORDER BY t.table_name`;
  const parts = tables.map(
    (t) =>
      `SELECT '${t.table_name}' || ':' || count(*)${t.has_updated ? ` || ':' || coalesce(max("updatedAt")::text, '')` : ""} AS f FROM "${t.table_name}"`,
  );
  const rows = await db.$queryRawUnsafe<{ f: string }[]>(parts.join(" UNION ALL "));
  return rows
    .map((r) => r.f)
    .sort()
    .join("|");
}
