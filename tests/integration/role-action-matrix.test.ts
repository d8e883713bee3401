// Every role × every server action, through a real session: the actions are found by reading
// lib/actions (not listed by hand), the expected answer comes from the permission table (each action
// declares the permission it needs). A role without it must be refused with nothing written; a role
// with it must not be refused for permission, and for every action some role must succeed, so a
// fixture that no longer validates fails the test instead of passing it vacuously. An action added
// without a fixture here fails the test.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { can } from "@/lib/auth/permissions";
import type { ActionMeta } from "@/lib/actions/client";
import type { ActionState } from "@/lib/actions/state";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { databaseFingerprint, makeMatrixWorld, type MatrixWorld } from "../support/matrix-world";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "role-action-matrix-secret";
});
vi.mock("next/headers", async () => (await import("../support/action-harness")).nextHeaders);
vi.mock("next/cache", async () => (await import("../support/action-harness")).nextCache);
vi.mock("next-intl/server", async () => (await import("../support/action-harness")).nextIntlServer());
vi.mock("@/lib/queue/send", () => ({ sendJob: async () => undefined }));

const { signInAs } = await import("../support/action-harness");
const { isRedirectError } = await import("next/dist/client/components/redirect-error");

type AnyAction = ((prev: ActionState<unknown, unknown>, input: unknown) => Promise<ActionState<unknown, unknown>>) & {
  meta: ActionMeta;
};

// Every "use server" module of lib/actions, read at run time.
const modules = import.meta.glob<Record<string, unknown>>("../../lib/actions/*.ts");
const ROLES: Role[] = ["AGENT", "SERVICE", "SERVICE_LEAD", "MANAGER", "ADMIN"];
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

type Fixture = (w: MatrixWorld, role: Role) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** A valid input per action, acting on records every role could reach if it were allowed to. */
const FIXTURES: Record<string, Fixture> = {
  "analysis#recordAnalysisPrintAction": (w) => ({ month: "2026-11", org: w.beijing.id }),
  "claims#assignHandlerAction": (w) => ({ claimId: w.here.claim.id, handlerId: w.users.SERVICE }),
  "claims#advanceClaimAction": (w) => ({ claimId: w.here.claim.id, from: "REPORTED", to: "DOCUMENTS" }),
  "claims#recordFeedbackAction": async (w) => {
    await db.claim.update({ where: { id: w.here.claim.id }, data: { status: "PAID", amountPaid: "1000.00" } });
    return { claimId: w.here.claim.id, score: "5" };
  },
  "classification#createTagAction": (_w, role) => ({ name: `新标签${role}`, color: "red" }),
  "classification#updateTagAction": (w, role) => ({ id: w.tag.id, name: `标签${role}`, color: "red" }),
  "classification#deleteTagAction": async () => ({
    id: (await db.tag.create({ data: { name: `待删${Date.now()}${Math.random()}`, color: "red" } })).id,
  }),
  "classification#createFieldAction": (_w, role) => ({ key: `f_${role.toLowerCase()}`, label: "字段", type: "TEXT" }),
  "classification#updateFieldAction": (w) => ({ id: w.field.id, label: "改名字段", active: "on" }),
  "complaints#registerComplaintAction": (w) => ({
    customerId: w.here.customer.id,
    channel: "HOTLINE",
    category: "SERVICE_ATTITUDE",
    severity: "LOW",
    description: "矩阵登记的投诉内容",
    confirmDuplicate: "1",
  }),
  "complaints#stepAction": (w) => ({
    complaintId: w.here.complaint.id,
    step: "VERIFY",
    expectedStatus: "RECEIVED",
    facts: "已与客户核实情况",
    finding: "VALID",
  }),
  "complaints#assignAction": (w) => ({ complaintId: w.here.complaint.id, ownerId: w.users.SERVICE }),
  "complaints#escalateAction": (w) => ({ complaintId: w.here.complaint.id, reason: "客户要求升级处理" }),
  "complaints#commentAction": (w) => ({ complaintId: w.here.complaint.id, note: "矩阵备注" }),
  "corrective-actions#createActionAction": (w) => ({
    complaintId: w.here.complaint.id,
    title: "矩阵新措施",
    ownerId: w.users.SERVICE,
    dueDate: inDays(10),
  }),
  "corrective-actions#moveActionAction": (w) => ({ id: w.here.action.id, status: "IN_PROGRESS" }),
  "customers#createCustomerAction": (w, role) => ({
    kind: "INDIVIDUAL",
    name: `矩阵新客户${role}`,
    orgUnitId: role === "AGENT" ? "" : w.haidian.id,
  }),
  "customers#updateCustomerAction": async (w) => {
    const c = await db.customer.findUniqueOrThrow({ where: { id: w.here.customer.id } });
    return { id: c.id, version: String(c.version), kind: "INDIVIDUAL", name: c.name, lifeSituation: "矩阵更新" };
  },
  "customers#mergeCustomersAction": async (w) => {
    const [s, t] = await Promise.all([
      db.customer.findUniqueOrThrow({ where: { id: w.here.duplicate.id } }),
      db.customer.findUniqueOrThrow({ where: { id: w.here.customer.id } }),
    ]);
    return { sourceId: s.id, targetId: t.id, sourceVersion: String(s.version), targetVersion: String(t.version) };
  },
  "customers#revealFieldAction": (w) => ({ customerId: w.here.customer.id, field: "mobile" }),
  "kpi-targets#saveTargetsAction": (w) => ({
    year: "2026",
    orgUnitId: w.beijing.id,
    values: { INSURED_CUSTOMERS: "1000" },
  }),
  "locale#setLocaleAction": () => ({ locale: "zh-CN" }),
  "notifications#markReadAction": (w, role) => ({ id: w.notifications[role] }),
  "notifications#markAllReadAction": () => ({}),
  "renewals#recordOutcomeAction": (w) => ({ policyId: w.here.policy.id, outcome: "WILL_RENEW", note: "矩阵" }),
  "renewals#linkSuccessorAction": (w) => ({ policyId: w.here.policy.id, successorNo: w.here.successor.policyNo }),
  "renewals#assignRenewalsAction": (w) => ({ policyIds: [w.here.policy.id], agentId: w.users.AGENT }),
  "surveys#recordSurveyAction": (w) => ({
    surveyId: w.here.survey.id,
    method: "PHONE",
    answers: [{ questionId: w.here.question.id, value: "4" }],
  }),
  "surveys#createCampaignAction": (w) => ({
    templateId: w.here.template.id,
    trigger: "MANUAL",
    orgUnitId: w.haidian.id,
    dueDate: inDays(14),
  }),
  "surveys#saveTemplateAction": (_w, role) => ({
    name: `矩阵问卷${role}`,
    questions: [{ text: "总体满意度", type: "SCALE_5", dimension: "OVERALL" }],
  }),
  "surveys#toggleTemplateAction": (w) => ({ id: w.here.template.id, active: "1" }),
  "tasks#completeTaskAction": (w) => ({ id: w.here.task.id, note: "矩阵处理完毕" }),
  "visits#logVisitAction": (w) => ({
    visitId: w.here.visit.id,
    method: "PHONE",
    visitedOn: today(),
    overallEvaluation: "4",
    confirmContacts: "on",
    from: "visits",
  }),
};

type Outcome = { ok: true } | { ok: false; reason: string };

async function call(action: AnyAction, input: unknown): Promise<Outcome> {
  try {
    const state = await action(null, input);
    if (!state) throw new Error("an action answered null");
    return state.ok ? { ok: true } : { ok: false, reason: state.reason };
  } catch (error) {
    if (isRedirectError(error)) return { ok: true }; // success that navigates (create → the new record)
    throw error;
  }
}

describe("role × action matrix", () => {
  let world: MatrixWorld;
  const actions: [string, AnyAction][] = [];

  beforeAll(async () => {
    world = await makeMatrixWorld();
    for (const [path, load] of Object.entries(modules)) {
      const file = path.split("/").pop()!.replace(/\.ts$/, "");
      for (const [name, value] of Object.entries(await load()))
        if (typeof value === "function" && "meta" in value) actions.push([`${file}#${name}`, value as AnyAction]);
    }
  });

  it("covers every server action, and only those", () => {
    const found = actions.map(([key]) => key).sort();
    expect(found.length).toBeGreaterThan(30);
    expect(found).toEqual(Object.keys(FIXTURES).sort());
  });

  it("refuses each role what the permission table does not grant, writing nothing; lets through what it does", async () => {
    const table: { action: string; role: Role; expected: "allowed" | "refused"; got: string }[] = [];
    // Merging last: it changes the records other fixtures act on.
    const ordered = [...actions].sort(([a], [b]) => Number(a.includes("merge")) - Number(b.includes("merge")));
    for (const [key, action] of ordered) {
      const { permission } = action.meta;
      const allowed = (role: Role) => permission === "public" || permission === "session" || can(role, permission);
      // Refusals first (they must change nothing), then the roles that may act.
      const roles = [...ROLES].sort((a, b) => Number(allowed(a)) - Number(allowed(b)));
      let succeeded = 0;
      for (const role of roles) {
        await signInAs(world.users[role]);
        const input = await FIXTURES[key]!(world, role);
        const before = await databaseFingerprint();
        const result = await call(action, input);
        const wrote = (await databaseFingerprint()) !== before;
        const got = result.ok ? "ok" : result.reason;
        table.push({ action: key, role, expected: allowed(role) ? "allowed" : "refused", got });
        if (!allowed(role)) {
          expect({ key, role, got, wrote }).toEqual({ key, role, got: "forbidden", wrote: false });
        } else {
          expect({ key, role, forbidden: got === "forbidden" }).toEqual({ key, role, forbidden: false });
          if (!result.ok) expect({ key, role, got, wrote }).toEqual({ key, role, got, wrote: false });
          else succeeded++;
        }
      }
      expect({ key, succeeded: succeeded > 0 }).toEqual({ key, succeeded: true });
    }
    const refusals = table.filter((r) => r.expected === "refused").length;
    if (process.env.MATRIX_TABLE) console.table(table.filter((r) => r.expected === "allowed"));
    console.info(
      `matrix: ${ROLES.length} roles × ${actions.length} actions = ${table.length} calls, ${refusals} refusals`,
    );
  }, 300_000);
});
