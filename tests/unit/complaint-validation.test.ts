import { afterEach, describe, expect, it, vi } from "vitest";
import { queueParams, readQueueFilters } from "@/lib/validation/complaint-queue";
import { issueKey } from "@/lib/actions/messages";
import { registerComplaintSchema, stepDataSchemas, stepEnvelopeSchema, stepInput } from "@/lib/validation/complaint";

const base = {
  customerId: "6f1c2d9e-8b7a-4c3d-9e2f-1a2b3c4d5e6f",
  channel: "HOTLINE",
  category: "CLAIM_DISPUTE",
  severity: "HIGH",
  description: "理赔金额与合同约定不符",
};

const issues = (v: string) =>
  registerComplaintSchema.safeParse({ ...base, receivedAt: v }).error?.issues.map((i) => i.message);

describe("complaint registration schema", () => {
  afterEach(() => void vi.useRealTimers());

  it("accepts a complete registration and reads blanks as absent", () => {
    const r = registerComplaintSchema.parse({
      ...base,
      policyId: "",
      claimId: "",
      customerRequest: " ",
      receivedAt: "",
    });
    expect(r.policyId).toBeUndefined();
    expect(r.customerRequest).toBeUndefined();
    expect(r.receivedAt).toBeUndefined();
  });

  it("reads the receipt time as Asia/Shanghai and refuses the future and the distant past", () => {
    // 00:30 on 1 Mar 2028 in Shanghai (16:30 UTC on 29 Feb): an hour earlier is the day before, in UTC too.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2028-02-29T16:30:00Z"));
    const local = new Date(Date.now() - 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16);
    expect(local).toBe("2028-02-29T23:30");
    expect(issues("2028-03-01T00:32")).toEqual(["inFuture"]); // a minute of clock skew is allowed
    expect(issues("2028-03-01T00:31")).toBeUndefined();
    expect(
      registerComplaintSchema
        .parse({ ...base, receivedAt: local })
        .receivedAt!.toISOString()
        .slice(0, 16),
    ).toBe(new Date(`${local}:00+08:00`).toISOString().slice(0, 16));
    expect(issues("2099-01-01T00:00")).toEqual(["inFuture"]);
    expect(issues("2000-01-01T00:00")).toEqual(["tooOld"]);
    expect(issues("yesterday")).toEqual(["invalidDate"]);
  });

  it("names each bad field with one message key, and the limit it broke", () => {
    const input = {
      customerId: "x",
      channel: "FAX",
      category: "",
      severity: "LOW",
      description: "短",
    };
    const r = registerComplaintSchema.safeParse(input);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), issueKey(i, input)]));
    expect(byField).toMatchObject({
      customerId: { key: "required" },
      channel: { key: "required" },
      category: { key: "required" },
      description: { key: "tooShort", params: { min: 5 } },
    });
  });
});

describe("step forms", () => {
  it("requires each form's own fields", () => {
    expect(stepDataSchemas.VERIFY.safeParse({ facts: "核实属实情况", finding: "VALID" }).success).toBe(true);
    expect(stepDataSchemas.VERIFY.safeParse({ facts: "核实属实情况", finding: "MAYBE" }).success).toBe(false);
    expect(stepDataSchemas.TRANSFER.safeParse({ department: "" }).success).toBe(false);
    expect(stepDataSchemas.TRANSFER.safeParse({ department: "理赔部", personId: "" }).data).toEqual({
      department: "理赔部",
    });
    expect(stepDataSchemas.HANDLE.safeParse({ resolution: "补付差额并致歉", rootCause: "" }).success).toBe(false);
    expect(stepDataSchemas.FEEDBACK.safeParse({ method: "PHONE", customerAccepted: "yes" }).success).toBe(true);
    expect(stepDataSchemas.REOPEN.safeParse({ reason: "" }).success).toBe(false);
  });

  it("only knows the workflow's steps and statuses", () => {
    const ok = { complaintId: base.customerId, step: "VERIFY", expectedStatus: "RECEIVED" };
    expect(stepEnvelopeSchema.safeParse(ok).success).toBe(true);
    expect(stepEnvelopeSchema.safeParse({ ...ok, step: "ESCALATE" }).success).toBe(false);
    expect(stepEnvelopeSchema.safeParse({ ...ok, step: "RECEIVE" }).success).toBe(false);
    expect(stepEnvelopeSchema.safeParse({ ...ok, expectedStatus: "DONE" }).success).toBe(false);
  });

  it("validates the envelope and the fields of the step it names", () => {
    const envelope = { complaintId: base.customerId, expectedStatus: "RECEIVED", note: "" };
    const verify = stepInput.parse({ ...envelope, step: "VERIFY", facts: "核实属实情况", finding: "VALID", x: "1" });
    expect(verify).toEqual({
      complaintId: base.customerId,
      expectedStatus: "RECEIVED",
      step: "VERIFY",
      facts: "核实属实情况",
      finding: "VALID",
    });
    // Another step's fields do not count: VERIFY still needs its own.
    const wrong = stepInput.safeParse({ ...envelope, step: "VERIFY", summary: "客户接受处理结果" });
    expect(wrong.error?.issues.map((i) => i.path.join("."))).toEqual(["facts", "finding"]);
    expect(stepInput.safeParse({ ...envelope, step: "ESCALATE" }).error?.issues[0]?.path).toEqual(["step"]);
    expect(stepInput.safeParse({ ...envelope, step: "CLOSE", summary: "客户接受处理结果" }).success).toBe(true);
  });

  it("accepts its own output again, so lib/data may validate what an action already did", () => {
    const local = new Date(Date.now() - 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16);
    const once = registerComplaintSchema.parse({ ...base, receivedAt: local, confirmDuplicate: "1" });
    expect(registerComplaintSchema.parse(once)).toEqual(once);
    const step = stepInput.parse({
      complaintId: base.customerId,
      expectedStatus: "REGISTERED",
      step: "TRANSFER",
      department: "理赔部",
    });
    expect(stepInput.parse(step)).toEqual(step);
  });
});

describe("queue filters in the URL", () => {
  it("keeps valid filters, drops and reports invalid ones, and round-trips", () => {
    const { filters, invalid } = readQueueFilters({
      status: "all",
      sla: "atRisk",
      severity: "HUGE",
      owner: "me",
      page: "2",
    });
    expect(invalid).toEqual(["severity"]);
    expect(filters).toMatchObject({ status: "all", sla: "atRisk", owner: "me", page: 2 });
    expect(queueParams(filters).toString()).toBe("status=all&sla=atRisk&owner=me&page=2");
    expect(queueParams(filters, { paging: false }).has("page")).toBe(false);
    expect(readQueueFilters({ owner: "someone" }).invalid).toEqual(["owner"]);
  });
});
