// Reference data: tags, custom classification fields, survey templates (one per trigger),
// configuration settings (SPEC defaults), public holidays and the five-year KPI targets (§9/§10).
import { defaultConfig, type ConfigKey } from "@/lib/domain/config";
import type { KpiMetric, QuestionType, SatisfactionDimension, SurveyTrigger } from "@/lib/generated/prisma/enums";
import { Rng } from "./rng";
import type { TableRows } from "./tables";

export const TAGS = [
  { key: "HIGH_END", name: "高端客户", nameEn: "High-end", color: "amber" },
  { key: "CAR_CLUB", name: "车主俱乐部", nameEn: "Car owners' club", color: "emerald" },
  { key: "REFERRAL", name: "转介绍", nameEn: "Referral", color: "sky" },
  { key: "CLAIM_SENSITIVE", name: "理赔敏感", nameEn: "Claim-sensitive", color: "rose" },
  { key: "BANCA", name: "银保客户", nameEn: "Bancassurance", color: "violet" },
  { key: "BIRTHDAY_CARE", name: "生日关怀", nameEn: "Birthday care", color: "pink" },
] as const;
export type TagKey = (typeof TAGS)[number]["key"];

export const HOBBIES = ["高尔夫", "旅游", "摄影", "读书", "健身", "书法", "垂钓", "美食", "自驾游"] as const;

export const FIELDS = [
  { key: "hobby", label: "兴趣爱好", labelEn: "Hobby", type: "SELECT", options: [...HOBBIES] },
  { key: "hasCar", label: "是否有车", labelEn: "Owns a car", type: "BOOLEAN", options: [] },
] as const;

type Q = [QuestionType, SatisfactionDimension, string, string, string[]?];
const RECOMMEND: Q = [
  "NPS_10",
  "OVERALL",
  "您有多大可能向亲友推荐金山保险？",
  "How likely are you to recommend Jinshan to friends and family?",
];

export const TEMPLATES: readonly { trigger: SurveyTrigger; name: string; nameEn: string; questions: Q[] }[] = [
  {
    trigger: "CLAIM_CLOSED",
    name: "理赔服务满意度调查",
    nameEn: "Claim service survey",
    questions: [
      ["SCALE_5", "CLAIM", "您对本次理赔的处理速度是否满意？", "How satisfied are you with the speed of this claim?"],
      [
        "SCALE_5",
        "SERVICE",
        "您对理赔人员的服务态度是否满意？",
        "How satisfied are you with the claim staff's attitude?",
      ],
      ["SCALE_5", "CLAIM", "您对理赔结果是否满意？", "How satisfied are you with the claim outcome?"],
      RECOMMEND,
      ["TEXT", "OVERALL", "您对我们的理赔服务还有什么建议？", "Any suggestions for our claim service?"],
    ],
  },
  {
    trigger: "COMPLAINT_CLOSED",
    name: "投诉处理满意度回访",
    nameEn: "Complaint handling follow-up",
    questions: [
      [
        "SCALE_5",
        "SERVICE",
        "您对投诉处理的及时性是否满意？",
        "How satisfied are you with how quickly your complaint was handled?",
      ],
      [
        "SCALE_5",
        "BEHAVIOUR",
        "您对处理人员的沟通方式是否满意？",
        "How satisfied are you with how our staff communicated?",
      ],
      ["SCALE_5", "OVERALL", "您对投诉处理结果是否满意？", "How satisfied are you with the outcome?"],
      [
        "CHOICE",
        "OVERALL",
        "您的问题是否已得到解决？",
        "Has your issue been resolved?",
        ["已解决", "部分解决", "未解决"],
      ],
      RECOMMEND,
    ],
  },
  {
    trigger: "NEW_PURCHASE",
    name: "新单回访问卷",
    nameEn: "New policy follow-up",
    questions: [
      [
        "SCALE_5",
        "BEHAVIOUR",
        "销售人员是否清楚说明了保险责任和免责条款？",
        "Did the salesperson explain the cover and exclusions clearly?",
      ],
      ["SCALE_5", "PRODUCT", "您对所购产品是否满意？", "How satisfied are you with the product you bought?"],
      [
        "CHOICE",
        "CONCEPT",
        "您购买保险的主要目的是？",
        "What is the main purpose of your purchase?",
        ["家庭保障", "子女教育", "养老规划", "资产配置", "车辆保障"],
      ],
      ["SCALE_5", "SERVICE", "您对投保流程的便捷程度是否满意？", "How satisfied are you with the application process?"],
      RECOMMEND,
    ],
  },
  {
    trigger: "PERIODIC",
    name: "年度客户满意度调查",
    nameEn: "Annual satisfaction survey",
    questions: [
      [
        "SCALE_5",
        "CONCEPT",
        "您是否认同金山保险“以客户为中心”的服务理念？",
        "Do you agree that Jinshan puts customers first?",
      ],
      ["SCALE_5", "BEHAVIOUR", "您对业务员的专业水平是否满意？", "How satisfied are you with your agent's expertise?"],
      ["SCALE_5", "SERVICE", "您对客服热线的服务是否满意？", "How satisfied are you with the service hotline?"],
      ["SCALE_5", "PRODUCT", "您对现有保单的保障是否满意？", "How satisfied are you with the cover of your policies?"],
      RECOMMEND,
      ["TEXT", "OVERALL", "其他意见和建议", "Other comments and suggestions"],
    ],
  },
  {
    trigger: "MANUAL",
    name: "客户关怀专项调查",
    nameEn: "Customer care survey",
    questions: [
      [
        "SCALE_5",
        "SERVICE",
        "您对近期的客户关怀活动是否满意？",
        "How satisfied are you with our recent care activities?",
      ],
      [
        "CHOICE",
        "SERVICE",
        "您更希望参加哪类活动？",
        "Which activities would you like to join?",
        ["健康讲座", "车主沙龙", "亲子活动", "理财讲座"],
      ],
      RECOMMEND,
    ],
  },
];

export function tagRows(rng: Rng): TableRows["Tag"][] {
  return TAGS.map((t) => ({ id: rng.uuid(), name: t.name, nameEn: t.nameEn, color: t.color }));
}

export function fieldRows(rng: Rng): TableRows["ClassificationField"][] {
  return FIELDS.map((f) => ({
    id: rng.uuid(),
    key: f.key,
    label: f.label,
    labelEn: f.labelEn,
    type: f.type,
    options: [...f.options],
  }));
}

export function templateRows(rng: Rng): {
  templates: TableRows["SurveyTemplate"][];
  questions: TableRows["SurveyQuestion"][];
} {
  const templates: TableRows["SurveyTemplate"][] = [];
  const questions: TableRows["SurveyQuestion"][] = [];
  for (const t of TEMPLATES) {
    const templateId = rng.uuid();
    templates.push({ id: templateId, name: t.name, nameEn: t.nameEn, trigger: t.trigger });
    t.questions.forEach(([type, dimension, text, textEn, options], i) =>
      questions.push({
        id: rng.uuid(),
        templateId,
        position: i + 1,
        text,
        textEn,
        type,
        dimension,
        options: options ?? [],
      }),
    );
  }
  return { templates, questions };
}

export function settingRows(now: Date): TableRows["Setting"][] {
  return (Object.keys(defaultConfig) as ConfigKey[]).map((key) => ({ key, value: defaultConfig[key], updatedAt: now }));
}

// The 2026 public-holiday schedule (国务院办公厅通知) and the first day of 2027.
const HOLIDAYS: [string, string, string][] = [
  ["元旦", "2026-01-01", "2026-01-03"],
  ["春节", "2026-02-15", "2026-02-23"],
  ["清明节", "2026-04-04", "2026-04-06"],
  ["劳动节", "2026-05-01", "2026-05-05"],
  ["端午节", "2026-06-19", "2026-06-21"],
  ["中秋节", "2026-09-25", "2026-09-27"],
  ["国庆节", "2026-10-01", "2026-10-07"],
  ["元旦", "2027-01-01", "2027-01-01"],
];
const MAKE_UP_WORKDAYS = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"];

export function holidayRows(): TableRows["Holiday"][] {
  const rows: TableRows["Holiday"][] = [];
  for (const [name, from, to] of HOLIDAYS) {
    for (
      let d = new Date(`${from}T00:00:00Z`);
      d <= new Date(`${to}T00:00:00Z`);
      d = new Date(d.getTime() + 86_400_000)
    )
      rows.push({ date: d, name });
  }
  for (const day of MAKE_UP_WORKDAYS)
    rows.push({ date: new Date(`${day}T00:00:00Z`), name: "调休上班", isWorkday: true });
  return rows;
}

/**
 * Targets of the five-year plan for 2022–2027: insured customers +5 %/yr from `insured2022`,
 * repeat-purchase rate 6 % → 7 %, and steadily improving service targets.
 */
export function kpiRows(
  rng: Rng,
  orgUnitId: string,
  insured2022: number,
  premium2022: number,
  now: Date,
): TableRows["KpiTarget"][] {
  const rows: TableRows["KpiTarget"][] = [];
  for (let year = 2022; year <= 2027; year++) {
    const n = year - 2022;
    const step = (from: number, to: number) => (from + ((to - from) * n) / 5).toFixed(4);
    const targets: [KpiMetric, string][] = [
      ["INSURED_CUSTOMERS", Math.round(insured2022 * 1.05 ** n).toFixed(4)],
      ["INSURED_GROWTH_RATE", "0.0500"],
      ["REPEAT_PURCHASE_RATE", step(0.06, 0.07)],
      ["RENEWAL_RATE", step(0.75, 0.82)],
      ["RETENTION_RATE", step(0.85, 0.9)],
      ["CHURN_RATE", step(0.15, 0.1)],
      ["VISIT_COMPLETION_RATE", step(0.9, 0.95)],
      ["VISIT_ON_TIME_RATE", step(0.8, 0.9)],
      ["CSAT", step(82, 88)],
      ["NPS", step(25, 40)],
      ["COMPLAINT_SLA_48H", step(0.92, 0.98)],
      ["COMPLAINT_SLA_72H", step(0.88, 0.95)],
      ["AVG_CLAIM_DAYS", step(12, 8)],
      ["PREMIUM", Math.round(premium2022 * 1.08 ** n).toFixed(4)],
    ];
    for (const [metric, value] of targets)
      rows.push({
        id: rng.uuid(),
        year,
        metric,
        orgUnitId,
        value,
        note: year === 2022 ? "金山工程五年规划基线" : null,
        updatedAt: now,
      });
  }
  return rows;
}
