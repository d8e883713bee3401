import "server-only";
// Survey templates and their questions (survey.manage edits, survey.read lists). A template that
// already has surveys keeps its questions (answers point at them); the lead deactivates it and
// creates a new one instead. Every write is audited.
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { transact } from "@/lib/data/transaction";
import { refused, type Outcome } from "@/lib/domain/outcome";
import type { TemplateInput } from "@/lib/validation/survey-template";

export async function listTemplates(actor: Actor, opts: { activeOnly?: boolean } = {}) {
  requirePermission(actor, "survey.read");
  const rows = await db.surveyTemplate.findMany({
    where: opts.activeOnly ? { active: true } : {},
    orderBy: [{ active: "desc" }, { createdAt: "desc" }],
    include: { _count: { select: { questions: true, surveys: true } } },
  });
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    nameEn: t.nameEn,
    trigger: t.trigger,
    active: t.active,
    createdAt: t.createdAt,
    questions: t._count.questions,
    surveys: t._count.surveys,
  }));
}

export async function getTemplate(actor: Actor, id: string) {
  requirePermission(actor, "survey.read");
  return db.surveyTemplate.findUnique({
    where: { id },
    include: { questions: { orderBy: { position: "asc" } }, _count: { select: { surveys: true } } },
  });
}

/** Refusal reasons (keys of `surveys.errors`): notFound, inUse (the template already has surveys). */
export type TemplateResult = Outcome<{ id: string }>;

function questionRows(input: TemplateInput) {
  return input.questions.map((q, i) => ({
    position: i + 1,
    text: q.text,
    textEn: q.textEn || null,
    type: q.type,
    dimension: q.dimension,
    options: q.type === "CHOICE" ? q.options : [],
  }));
}

export async function createTemplate(actor: Actor, input: TemplateInput): Promise<TemplateResult> {
  requirePermission(actor, "survey.manage");
  return transact(async (tx) => {
    const t = await tx.surveyTemplate.create({
      data: {
        name: input.name,
        nameEn: input.nameEn || null,
        trigger: input.trigger ?? null,
        questions: { create: questionRows(input) },
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "surveyTemplate.create",
      entityType: "SurveyTemplate",
      entityId: t.id,
      data: { name: input.name, questions: input.questions.length },
    });
    return { id: t.id };
  });
}

export async function updateTemplate(actor: Actor, id: string, input: TemplateInput): Promise<TemplateResult> {
  requirePermission(actor, "survey.manage");
  return transact(async (tx) => {
    const t = await tx.surveyTemplate.findUnique({ where: { id }, include: { _count: { select: { surveys: true } } } });
    if (!t) throw refused("notFound");
    if (t._count.surveys > 0) throw refused("inUse");
    await tx.surveyQuestion.deleteMany({ where: { templateId: id } });
    await tx.surveyTemplate.update({
      where: { id },
      data: {
        name: input.name,
        nameEn: input.nameEn || null,
        trigger: input.trigger ?? null,
        questions: { create: questionRows(input) },
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "surveyTemplate.update",
      entityType: "SurveyTemplate",
      entityId: id,
      data: { name: input.name, questions: input.questions.length },
    });
    return { id };
  });
}

export async function setTemplateActive(actor: Actor, id: string, active: boolean): Promise<TemplateResult> {
  requirePermission(actor, "survey.manage");
  return transact(async (tx) => {
    const changed = await tx.surveyTemplate.updateMany({ where: { id }, data: { active } });
    if (changed.count !== 1) throw refused("notFound");
    await writeAudit(tx, {
      actorId: actor.id,
      action: active ? "surveyTemplate.activate" : "surveyTemplate.deactivate",
      entityType: "SurveyTemplate",
      entityId: id,
    });
    return { id };
  });
}
