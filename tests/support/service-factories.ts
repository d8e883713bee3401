// Builders for the complaint-analysis, survey and task tests: complaints with every analysed field,
// survey templates with typed questions.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type {
  ComplaintCategory,
  ComplaintChannel,
  ProductLine,
  QuestionType,
  SurveyTrigger,
} from "@/lib/generated/prisma/enums";

const uid = () => randomUUID().slice(0, 8);
const HOUR = 3_600_000;

export async function makeAnalysedComplaint(opts: {
  customerId: string;
  orgUnitId: string;
  registeredById: string;
  receivedAt: string;
  channel?: ComplaintChannel;
  category?: ComplaintCategory;
  productLine?: ProductLine | null;
  rootCause?: string | null;
  respondedAfterH?: number;
  resolvedAfterH?: number;
  closedAfterH?: number;
  reopenCount?: number;
  policyId?: string;
}) {
  const at = new Date(opts.receivedAt);
  const plus = (h?: number) => (h === undefined ? null : new Date(at.getTime() + h * HOUR));
  return db.complaint.create({
    data: {
      complaintNo: `K${uid()}`,
      customerId: opts.customerId,
      orgUnitId: opts.orgUnitId,
      registeredById: opts.registeredById,
      policyId: opts.policyId ?? null,
      channel: opts.channel ?? "HOTLINE",
      category: opts.category ?? "OTHER",
      productLine: opts.productLine ?? null,
      rootCause: opts.rootCause ?? null,
      description: "测试投诉",
      status: opts.closedAfterH !== undefined ? "CLOSED" : "REGISTERED",
      receivedAt: at,
      responseDueAt: plus(48)!,
      resolutionDueAt: plus(72)!,
      firstResponseAt: plus(opts.respondedAfterH),
      resolvedAt: plus(opts.resolvedAfterH),
      closedAt: plus(opts.closedAfterH),
      reopenCount: opts.reopenCount ?? 0,
    },
  });
}

export async function makeTemplate(
  opts: { trigger?: SurveyTrigger | null; questions?: { type: QuestionType; options?: string[] }[] } = {},
) {
  const questions = opts.questions ?? [
    { type: "SCALE_5" },
    { type: "SCALE_5" },
    { type: "NPS_10" },
    { type: "CHOICE", options: ["电话", "网点"] },
    { type: "TEXT" },
  ];
  return db.surveyTemplate.create({
    data: {
      name: `问卷 ${uid()}`,
      trigger: opts.trigger ?? null,
      questions: {
        create: questions.map((q, i) => ({
          position: i + 1,
          text: `问题 ${i + 1}`,
          type: q.type,
          dimension: "OVERALL",
          options: q.options ?? [],
        })),
      },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
}
