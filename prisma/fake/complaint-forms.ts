// The complaint workflow's forms (投诉登记表, 核实表, 转接表, 处理表) stored in ComplaintEvent.data, the
// distributions complaints are drawn from, and corrective actions (纠改措施) on serious cases.
import type { ComplaintCategory, ComplaintChannel, ComplaintEventType, Severity } from "@/lib/generated/prisma/enums";
import { DAY_MS, dayToDate, shanghaiDay } from "./clock";
import type { CustomerDraft, PolicyDraft } from "./drafts";
import { Rng, weighted } from "./rng";
import type { RowSink } from "./tables";
import { COMPLAINT_TEXTS, CORRECTIVE_ACTIONS } from "./texts";
import type { World } from "./world";

const HOUR = 3_600_000;

export const CHANNELS = weighted<ComplaintChannel>([
  ["HOTLINE", 45],
  ["COUNTER", 15],
  ["ONLINE", 20],
  ["SOCIAL_MEDIA", 10],
  ["REGULATOR", 10],
]);
export const CATEGORIES = weighted<ComplaintCategory>([
  ["SALES_MISLEADING", 18],
  ["SERVICE_ATTITUDE", 20],
  ["POLICY_ADMIN", 15],
  ["PREMIUM_BILLING", 12],
  ["PRODUCT_TERMS", 12],
  ["OTHER", 8],
  ["CLAIM_DISPUTE", 15],
]);
export const SEVERITIES = weighted<Severity>([
  ["LOW", 30],
  ["MEDIUM", 45],
  ["HIGH", 20],
  ["CRITICAL", 5],
]);
const DEPARTMENT: Record<ComplaintCategory, string> = {
  SALES_MISLEADING: "个险业务部",
  CLAIM_DISPUTE: "理赔部",
  SERVICE_ATTITUDE: "客户服务部",
  POLICY_ADMIN: "运营部",
  PREMIUM_BILLING: "财务部",
  PRODUCT_TERMS: "产品部",
  OTHER: "客户服务部",
};

export interface FormContext {
  category: ComplaintCategory;
  severity: Severity;
  policy: PolicyDraft | null;
  texts: (typeof COMPLAINT_TEXTS)[ComplaintCategory];
  rootCause: string;
  resolution: string;
}

/** The form filled in at a workflow step. */
export function stepForm(rng: Rng, type: ComplaintEventType, f: FormContext): Record<string, unknown> | undefined {
  switch (type) {
    case "VERIFY":
      return {
        form: "投诉情况核实表",
        facts: rng.pick(f.texts.description),
        customerContacted: true,
        verified: rng.chance(0.85),
      };
    case "REGISTER":
      return {
        form: "投诉登记表",
        category: f.category,
        severity: f.severity,
        productLine: f.policy?.line ?? null,
        policyNo: f.policy?.row.policyNo ?? null,
      };
    case "TRANSFER":
      return { form: "投诉转接表", toDepartment: DEPARTMENT[f.category], reason: "需业务部门核查处理" };
    case "COORDINATE":
      return { departments: [DEPARTMENT[f.category], "客户服务部"], summary: "已组织相关部门协调处理方案" };
    case "HANDLE":
      return {
        form: "投诉处理表",
        rootCause: f.rootCause,
        resolution: f.resolution,
        compensationYuan: rng.chance(0.2) ? rng.int(2, 50) * 100 : 0,
      };
    case "FEEDBACK":
      return { method: rng.pick(["PHONE", "SMS", "ON_SITE"]), customerAccepted: rng.chance(0.88) };
    case "CLOSE":
      return { satisfied: rng.chance(0.85) };
    default:
      return undefined;
  }
}

export function correctiveAction(
  rng: Rng,
  world: World,
  sink: RowSink,
  c: CustomerDraft,
  complaintId: string,
  category: ComplaintCategory,
  closedMs: number,
): void {
  const dueDay = shanghaiDay(closedMs) + 30;
  const overdue = dueDay < world.clock.todayDay;
  const done = overdue && rng.chance(0.85);
  sink.add("CorrectiveAction", {
    id: rng.uuid(),
    complaintId,
    title: CORRECTIVE_ACTIONS[category],
    description: "针对本次投诉暴露的问题制定整改措施并跟踪落实",
    orgUnitId: c.city.id,
    ownerId: c.city.lead.id,
    createdById: world.managerId,
    dueDate: dayToDate(dueDay),
    status: done ? "DONE" : overdue ? "IN_PROGRESS" : rng.chance(0.5) ? "OPEN" : "IN_PROGRESS",
    completedAt: done ? new Date(closedMs + rng.int(5, 29) * DAY_MS) : null,
    createdAt: new Date(closedMs + HOUR),
  });
}
