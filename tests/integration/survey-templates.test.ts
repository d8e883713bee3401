// Survey template editor: create, edit while unused, refuse to change questions once surveys use it,
// deactivate; only survey.manage may write; every write audited. Also the form parser and schema.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createTemplate, getTemplate, setTemplateActive, updateTemplate } from "@/lib/data/surveys/templates";
import { templateFormValues, templateInput, type TemplateInput } from "@/lib/validation/survey-template";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

const ids: Record<string, string> = {};
const input: TemplateInput = {
  name: "理赔回访问卷",
  nameEn: "Claim follow-up",
  trigger: "CLAIM_CLOSED",
  questions: [
    { text: "理赔速度满意吗？", type: "SCALE_5", dimension: "CLAIM", options: [] },
    { text: "推荐意愿", type: "NPS_10", dimension: "OVERALL", options: [] },
    { text: "联系方式偏好", type: "CHOICE", dimension: "SERVICE", options: ["电话", "微信"] },
  ],
};

beforeAll(async () => {
  const city = await makeOrgUnit("CITY");
  Object.assign(ids, {
    city: city.id,
    lead: (await makeUser({ orgUnitId: city.id, role: "SERVICE_LEAD" })).id,
    service: (await makeUser({ orgUnitId: city.id, role: "SERVICE" })).id,
  });
});

const actor = async (key: string) => (await loadActor(ids[key]!))!;

describe("survey templates", () => {
  it("parses the editor form and rejects templates without a scored question or with a one-option choice", () => {
    const form = new FormData();
    form.set("name", "新问卷");
    form.set("q0.text", "总体满意度");
    form.set("q0.type", "SCALE_5");
    form.set("q0.dimension", "OVERALL");
    form.set("q1.text", "渠道");
    form.set("q1.type", "CHOICE");
    form.set("q1.dimension", "SERVICE");
    form.set("q1.options", "电话\n网点，线上");
    form.set("q2.text", "");
    const parsed = templateInput.safeParse(templateFormValues(form));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.questions.map((q) => q.options)).toEqual([[], ["电话", "网点", "线上"]]);
    const textOnly = templateInput.safeParse({
      name: "仅文字",
      questions: [{ text: "意见", type: "TEXT", dimension: "OVERALL" }],
    });
    expect(textOnly.error?.issues.map((i) => i.message)).toContain("scored");
    const oneOption = templateInput.safeParse({
      name: "单选",
      questions: [
        { text: "满意吗", type: "SCALE_5", dimension: "OVERALL" },
        { text: "渠道", type: "CHOICE", dimension: "SERVICE", options: ["电话"] },
      ],
    });
    expect(oneOption.error?.issues.map((i) => i.message)).toContain("options");
  });

  it("creates, edits while unused, refuses edits once used, deactivates; audited; service staff cannot", async () => {
    const lead = await actor("lead");
    await expect(createTemplate(await actor("service"), input)).rejects.toThrow(ForbiddenError);
    const created = await createTemplate(lead, input);
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : "";
    const edited = await updateTemplate(lead, id, { ...input, questions: input.questions.slice(0, 2) });
    expect(edited).toEqual({ ok: true, id });
    expect((await getTemplate(lead, id))?.questions.map((q) => [q.position, q.type])).toEqual([
      [1, "SCALE_5"],
      [2, "NPS_10"],
    ]);
    const customer = await makeCustomer({ orgUnitId: ids.city! });
    await db.survey.create({ data: { templateId: id, customerId: customer.id, trigger: "MANUAL", dueAt: new Date() } });
    expect(await updateTemplate(lead, id, input)).toEqual({ ok: false, reason: "inUse" });
    expect((await getTemplate(lead, id))?.questions).toHaveLength(2);
    expect(await setTemplateActive(lead, id, false)).toEqual({ ok: true, id });
    expect((await db.surveyTemplate.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    const actions = (await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["surveyTemplate.create", "surveyTemplate.update", "surveyTemplate.deactivate"]);
  });
});
