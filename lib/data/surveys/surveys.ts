import "server-only";
// Satisfaction surveys (§8): the list, one survey with its questions, and recording the answers.
// A survey is visible when its customer is (customerScope). Completing one stores csat / npsScore
// with the formulas of lib/domain/survey-scores.ts (the ones the cockpit averages) and, on a low
// score, opens exactly one LOW_SCORE_FOLLOW_UP task — all in one transaction with its audit entry.
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { transact } from "@/lib/data/transaction";
import { refuse, refused, type Outcome } from "@/lib/domain/outcome";
import { maskPhone } from "@/lib/domain/identity";
import { surveyScores, lowScoreReasons, type AnswerInput } from "@/lib/domain/survey-scores";
import type { RecordSurveyInput, SurveyListParams } from "@/lib/validation/survey";

export const SURVEY_PAGE_SIZE = 20;
const DAY_MS = 86_400_000;
/** A low-score follow-up is due within this many days. */
export const FOLLOW_UP_DAYS = 3;

export function surveyScope(actor: Actor): Prisma.SurveyWhereInput {
  return { customer: customerScope(actor) };
}

export async function listSurveys(actor: Actor, params: SurveyListParams, locale?: string) {
  requirePermission(actor, "survey.read");
  const where: Prisma.SurveyWhereInput = {
    AND: [
      surveyScope(actor),
      params.status ? { status: params.status } : {},
      params.trigger ? { trigger: params.trigger } : {},
      params.channel ? { channel: params.channel } : {},
    ],
  };
  const sort = params.sort ?? "dueAt";
  // Pending work: soonest due first; otherwise the latest first.
  const dir = params.dir ?? (sort === "dueAt" && params.status === "PENDING" ? "asc" : "desc");
  const page = params.page ?? 1;
  const [total, rows] = await Promise.all([
    db.survey.count({ where }),
    db.survey.findMany({
      where,
      orderBy: [
        sort === "completedAt" ? { completedAt: { sort: dir, nulls: "last" } } : { [sort]: dir },
        { id: "asc" },
      ],
      skip: (page - 1) * SURVEY_PAGE_SIZE,
      take: SURVEY_PAGE_SIZE,
      select: {
        id: true,
        trigger: true,
        status: true,
        method: true,
        channel: true,
        productLine: true,
        dueAt: true,
        completedAt: true,
        csat: true,
        npsScore: true,
        customer: { select: { id: true, name: true, customerNo: true } },
        template: { select: { name: true, nameEn: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    pageSize: SURVEY_PAGE_SIZE,
    sort,
    dir,
    rows: rows.map((s) => ({
      ...s,
      csat: s.csat === null ? null : Number(s.csat.toString()),
      template: locale === "en" && s.template.nameEn ? s.template.nameEn : s.template.name,
    })),
  };
}

export async function getSurvey(actor: Actor, id: string, locale?: string) {
  requirePermission(actor, "survey.read");
  const s = await db.survey.findFirst({
    where: { AND: [{ id }, surveyScope(actor)] },
    include: {
      customer: { select: { id: true, name: true, customerNo: true, mobile: true } },
      template: { include: { questions: { orderBy: { position: "asc" } } } },
      responses: true,
      conductedBy: { select: { name: true } },
      tasks: { select: { id: true, status: true } },
      policy: { select: { policyNo: true } },
      complaint: { select: { complaintNo: true } },
      claim: { select: { claimNo: true } },
    },
  });
  if (!s) return null;
  const answers = new Map(s.responses.map((r) => [r.questionId, r]));
  return {
    id: s.id,
    status: s.status,
    trigger: s.trigger,
    method: s.method,
    channel: s.channel,
    productLine: s.productLine,
    dueAt: s.dueAt,
    completedAt: s.completedAt,
    conductedBy: s.conductedBy?.name ?? null,
    csat: s.csat === null ? null : Number(s.csat.toString()),
    npsScore: s.npsScore,
    source: s.policy?.policyNo ?? s.complaint?.complaintNo ?? s.claim?.claimNo ?? null,
    // Phone masked: recording answers does not need the full number (reveal lives on the customer page).
    customer: {
      id: s.customer.id,
      name: s.customer.name,
      customerNo: s.customer.customerNo,
      mobile: s.customer.mobile ? maskPhone(s.customer.mobile) : null,
    },
    template: locale === "en" && s.template.nameEn ? s.template.nameEn : s.template.name,
    tasks: s.tasks,
    questions: s.template.questions.map((q) => {
      const a = answers.get(q.id);
      return {
        id: q.id,
        type: q.type,
        dimension: q.dimension,
        options: q.options,
        text: locale === "en" && q.textEn ? q.textEn : q.text,
        answer: a ? { score: a.score, choice: a.choice, text: a.text } : null,
      };
    }),
  };
}

/** Refusal reasons (keys of `surveys.errors`): notFound, notPending, and answers — `fields` holds one
 * message key per question id that was not answered properly. */
export type RecordResult = Outcome<{ csat: number | null; npsScore: number | null; taskId: string | null }>;

type Question = { id: string; type: "SCALE_5" | "NPS_10" | "CHOICE" | "TEXT"; options: string[] };

/** Checks every answer against its question; scale and NPS questions must be answered. */
export function parseAnswers(
  questions: Question[],
  raw: RecordSurveyInput["answers"],
): { answers: (AnswerInput & { questionId: string })[]; errors: Record<string, string> } {
  const given = new Map(raw.map((a) => [a.questionId, a.value]));
  const errors: Record<string, string> = {};
  const answers: (AnswerInput & { questionId: string })[] = [];
  for (const id of given.keys()) if (!questions.some((q) => q.id === id)) errors[id] = "unknownQuestion";
  for (const q of questions) {
    const v = (given.get(q.id) ?? "").trim();
    if (q.type === "SCALE_5" || q.type === "NPS_10") {
      const max = q.type === "SCALE_5" ? 5 : 10;
      const min = q.type === "SCALE_5" ? 1 : 0;
      const n = /^\d{1,2}$/.test(v) ? Number(v) : NaN;
      if (!(n >= min && n <= max)) errors[q.id] = q.type === "SCALE_5" ? "scale" : "nps";
      else answers.push({ questionId: q.id, type: q.type, score: n });
    } else if (q.type === "CHOICE") {
      if (v && !q.options.includes(v)) errors[q.id] = "choice";
      else if (v) answers.push({ questionId: q.id, type: "CHOICE", choice: v });
    } else if (v) answers.push({ questionId: q.id, type: "TEXT", text: v.slice(0, 2000) });
  }
  return { answers, errors };
}

export async function recordSurvey(
  actor: Actor,
  input: RecordSurveyInput,
  now: Date = new Date(),
): Promise<RecordResult> {
  requirePermission(actor, "survey.record");
  const survey = await db.survey.findFirst({
    where: { AND: [{ id: input.surveyId }, surveyScope(actor)] },
    include: {
      template: { include: { questions: true } },
      customer: { select: { id: true, name: true, orgUnitId: true } },
    },
  });
  if (!survey) return refuse("notFound");
  if (survey.status !== "PENDING") return refuse("notPending");
  const { answers, errors } = parseAnswers(survey.template.questions, input.answers);
  if (Object.keys(errors).length > 0) return refuse("answers", { fields: errors });
  const scores = surveyScores(answers);
  return transact(async (tx) => {
    // Completing is guarded on PENDING: a second submission (double click, two staff) changes nothing.
    const done = await tx.survey.updateMany({
      where: { id: survey.id, status: "PENDING" },
      data: {
        status: "COMPLETED",
        method: input.method,
        completedAt: now,
        conductedById: actor.id,
        csat: scores.csat,
        npsScore: scores.npsScore,
      },
    });
    if (done.count !== 1) throw refused("notPending");
    await tx.surveyResponse.createMany({
      data: answers.map((a) => ({
        surveyId: survey.id,
        questionId: a.questionId,
        score: a.type === "SCALE_5" || a.type === "NPS_10" ? a.score : null,
        choice: a.type === "CHOICE" ? a.choice : null,
        text: a.type === "TEXT" ? a.text : null,
      })),
    });
    let taskId: string | null = null;
    if (scores.low) {
      const task = await tx.task.create({
        data: {
          kind: "LOW_SCORE_FOLLOW_UP",
          title: `满意度低分回访：${survey.customer.name}`,
          // Stored in the branch's language, like every task text of the service centre.
          detail: `问卷满意度 ${scores.csat ?? "—"} 分 · NPS ${scores.npsScore ?? "—"}（${lowScoreReasons(answers)
            .map((r) => (r === "scale" ? "单题≤2分" : "NPS≤6"))
            .join("、")}），请在3个工作日内回访`,
          customerId: survey.customer.id,
          orgUnitId: survey.customer.orgUnitId,
          surveyId: survey.id,
          dueAt: new Date(now.getTime() + FOLLOW_UP_DAYS * DAY_MS),
        },
      });
      taskId = task.id;
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "survey.record",
      entityType: "Survey",
      entityId: survey.id,
      data: { method: input.method, csat: scores.csat, npsScore: scores.npsScore, answers: answers.length, taskId },
    });
    return { csat: scores.csat, npsScore: scores.npsScore, taskId };
  });
}
