// Every record type × the scope pairs that must not see each other's records: agent A vs agent B
// of the same unit, the 北京 subtree vs the 河北 subtree (both directions), and the manager, who
// reads the branch's records but changes none. Reads go through lib/data; writes through the real
// server actions and a real session, and a refused write must leave the database as it was.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionMeta } from "@/lib/actions/client";
import type { ActionState } from "@/lib/actions/state";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { databaseFingerprint, makeMatrixWorld, type MatrixWorld, type Side } from "../support/matrix-world";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "scope-matrix-secret";
});
vi.mock("next/headers", async () => (await import("../support/action-harness")).nextHeaders);
vi.mock("next/cache", async () => (await import("../support/action-harness")).nextCache);
vi.mock("next-intl/server", async () => (await import("../support/action-harness")).nextIntlServer());
vi.mock("@/lib/queue/send", () => ({ sendJob: async () => undefined }));

const { signInAs } = await import("../support/action-harness");
const { getCustomer360 } = await import("@/lib/data/customers/360");
const { getRenewal } = await import("@/lib/data/renewals/read");
const { getClaim } = await import("@/lib/data/claims/read");
const { getComplaint } = await import("@/lib/data/complaints/detail");
const { listVisits } = await import("@/lib/data/visits/visits");
const { visitFilterSchema } = await import("@/lib/validation/visit");
const { getSurvey } = await import("@/lib/data/surveys/surveys");
const { listTasks } = await import("@/lib/data/tasks/tasks");
const { listActions } = await import("@/lib/data/complaints/corrective-actions");
const { taskListParams } = await import("@/lib/validation/tasks");
const { actionListParams } = await import("@/lib/validation/corrective-action");
const customers = await import("@/lib/actions/customers");
const renewals = await import("@/lib/actions/renewals");
const claims = await import("@/lib/actions/claims");
const complaints = await import("@/lib/actions/complaints");
const visits = await import("@/lib/actions/visits");
const surveys = await import("@/lib/actions/surveys");
const tasks = await import("@/lib/actions/tasks");
const corrective = await import("@/lib/actions/corrective-actions");

type Write = {
  action: ((prev: ActionState<unknown, unknown>, input: never) => Promise<ActionState<unknown, unknown>>) & {
    meta: ActionMeta;
  };
  input: (side: Side) => Record<string, unknown>;
};
type RecordType = {
  name: string;
  /** What a viewer needs to read it at all (roles without it are not part of the pair). */
  readPermission: Permission;
  read: (actor: Actor, side: Side) => Promise<boolean>;
  write: Write;
};

const RECORD_TYPES: RecordType[] = [
  {
    name: "customer",
    readPermission: "customer.read",
    read: async (a, s) => (await getCustomer360(a, s.customer.id)) !== null,
    write: {
      action: customers.updateCustomerAction as Write["action"],
      input: (s) => ({ id: s.customer.id, version: "1", kind: "INDIVIDUAL", name: "越权改名" }),
    },
  },
  {
    name: "policy",
    readPermission: "policy.read",
    read: async (a, s) => (await getRenewal(a, s.policy.id)) !== null,
    write: {
      action: renewals.linkSuccessorAction as Write["action"],
      input: (s) => ({ policyId: s.policy.id, successorNo: s.successor.policyNo }),
    },
  },
  {
    name: "renewal follow-up",
    readPermission: "policy.read",
    read: async (a, s) => ((await getRenewal(a, s.policy.id))?.renewalFollowUps.length ?? 0) > 0,
    write: {
      action: renewals.recordOutcomeAction as Write["action"],
      input: (s) => ({ policyId: s.policy.id, outcome: "WONT_RENEW", note: "越权" }),
    },
  },
  {
    name: "claim",
    readPermission: "claim.read",
    read: async (a, s) => Boolean(await getClaim(a, s.claim.id)),
    write: {
      action: claims.advanceClaimAction as Write["action"],
      input: (s) => ({ claimId: s.claim.id, from: "REPORTED", to: "DOCUMENTS" }),
    },
  },
  {
    name: "complaint",
    readPermission: "complaint.read",
    read: async (a, s) => Boolean(await getComplaint(a, s.complaint.id)),
    write: {
      action: complaints.commentAction as Write["action"],
      input: (s) => ({ complaintId: s.complaint.id, note: "越权备注" }),
    },
  },
  {
    name: "visit",
    readPermission: "visit.read",
    read: async (a, s) => (await listVisits(a, visitFilterSchema.parse({}))).rows.some((v) => v.id === s.visit.id),
    write: {
      action: visits.logVisitAction as Write["action"],
      input: (s) => ({
        visitId: s.visit.id,
        method: "PHONE",
        visitedOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
        overallEvaluation: "3",
        confirmContacts: "on",
      }),
    },
  },
  {
    name: "survey response",
    readPermission: "survey.read",
    read: async (a, s) => Boolean(await getSurvey(a, s.survey.id)),
    write: {
      action: surveys.recordSurveyAction as Write["action"],
      input: (s) => ({ surveyId: s.survey.id, method: "PHONE", answers: [{ questionId: s.question.id, value: "1" }] }),
    },
  },
  {
    name: "task",
    readPermission: "task.read",
    read: async (a, s) =>
      (await listTasks(a, taskListParams.parse({ status: "OPEN" }))).rows.some((t) => t.id === s.task.id),
    write: { action: tasks.completeTaskAction as Write["action"], input: (s) => ({ id: s.task.id, note: "越权完成" }) },
  },
  {
    name: "corrective action",
    readPermission: "complaint.read",
    read: async (a, s) => (await listActions(a, actionListParams.parse({}))).rows.some((r) => r.id === s.action.id),
    write: {
      action: corrective.moveActionAction as Write["action"],
      input: (s) => ({ id: s.action.id, status: "CANCELLED" }),
    },
  },
];

type Pair = { name: string; viewer: (w: MatrixWorld) => string; owner: (w: MatrixWorld) => Side; sees: boolean };

const PAIRS: Pair[] = [
  { name: "agent B → agent A's record", viewer: (w) => w.here.agentB, owner: (w) => w.here, sees: false },
  { name: "北京 service → 河北 record", viewer: (w) => w.users.SERVICE, owner: (w) => w.there, sees: false },
  { name: "北京 lead → 河北 record", viewer: (w) => w.users.SERVICE_LEAD, owner: (w) => w.there, sees: false },
  { name: "河北 lead → 北京 record", viewer: (w) => w.lead2, owner: (w) => w.here, sees: false },
  { name: "北京 manager → 北京 record (read only)", viewer: (w) => w.users.MANAGER, owner: (w) => w.here, sees: true },
];

describe("scope matrix", () => {
  let world: MatrixWorld;
  beforeAll(async () => {
    world = await makeMatrixWorld();
  });

  it("keeps every record type inside its owner's scope, and the manager read-only", async () => {
    let checks = 0;
    for (const pair of PAIRS) {
      const viewerId = pair.viewer(world);
      const actor = (await loadActor(viewerId))!;
      const side = pair.owner(world);
      for (const type of RECORD_TYPES) {
        if (!can(actor.role, type.readPermission)) continue;
        const seen = await type.read(actor, side);
        expect({ pair: pair.name, type: type.name, seen }).toEqual({
          pair: pair.name,
          type: type.name,
          seen: pair.sees,
        });

        await signInAs(viewerId);
        const before = await databaseFingerprint();
        const state = await type.write.action(null, type.write.input(side) as never);
        const wrote = (await databaseFingerprint()) !== before;
        const got = state?.ok === false ? state.reason : "accepted";
        // Without the write permission: forbidden (the manager sees the record but changes nothing).
        // With it but out of scope: not found, exactly as for a record that does not exist.
        const permission = type.write.action.meta.permission;
        const mayWrite = permission === "session" || permission === "public" || can(actor.role, permission);
        const expected = mayWrite ? "notFound" : "forbidden";
        expect({ pair: pair.name, type: type.name, got, wrote }).toEqual({
          pair: pair.name,
          type: type.name,
          got: expected,
          wrote: false,
        });
        checks++;
      }
    }
    console.info(`scope matrix: ${RECORD_TYPES.length} record types × ${PAIRS.length} pairs, ${checks} checked`);
    expect(checks).toBeGreaterThanOrEqual(30);
  }, 300_000);
});
