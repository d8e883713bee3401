// The survey template editor: a name in both languages, the trigger it answers, and ordered questions.
import { z } from "zod";

export const QUESTION_TYPES = ["SCALE_5", "NPS_10", "CHOICE", "TEXT"] as const;
export const DIMENSIONS = ["CONCEPT", "BEHAVIOUR", "SERVICE", "PRODUCT", "CLAIM", "OVERALL"] as const;
export const TEMPLATE_TRIGGERS = ["CLAIM_CLOSED", "COMPLAINT_CLOSED", "NEW_PURCHASE", "PERIODIC", "MANUAL"] as const;

export const questionInput = z
  .object({
    text: z.string().trim().min(2, "questionText").max(300, "questionText"),
    textEn: z.string().trim().max(300, "questionText").optional(),
    type: z.enum(QUESTION_TYPES, "questionType"),
    dimension: z.enum(DIMENSIONS, "dimension"),
    options: z.array(z.string().trim().min(1).max(60)).max(12, "options").default([]),
  })
  .refine((q) => q.type !== "CHOICE" || q.options.length >= 2, { message: "options", path: ["options"] });

const templateFields = z.object({
  name: z.string().trim().min(2, "name").max(100, "name"),
  nameEn: z.string().trim().max(100, "name").optional(),
  trigger: z.enum(TEMPLATE_TRIGGERS, "trigger").optional(),
  questions: z.array(questionInput).min(1, "questions").max(30, "questions"),
});
const scored = {
  check: (t: { questions: { type: string }[] }) => t.questions.some((q) => q.type === "SCALE_5" || q.type === "NPS_10"),
  params: { message: "scored", path: ["questions"] },
};

export const templateInput = templateFields.refine(scored.check, scored.params);

/** The editor's submit: a new template, or the edit of the template `id`. */
export const saveTemplateInput = templateFields.extend({ id: z.uuid().optional() }).refine(scored.check, scored.params);

/** The list's activate / deactivate button. */
export const templateToggleInput = z.object({
  id: z.uuid(),
  active: z.enum(["0", "1"]).transform((v) => v === "1"),
});

export type TemplateInput = z.infer<typeof templateInput>;

/**
 * Reads the editor form: the template's `id` when editing, and rows `q<i>.text`, `q<i>.textEn`, `q<i>.type`,
 * `q<i>.dimension`, `q<i>.options` (one per line).
 */
export function templateFormValues(form: FormData): Record<string, unknown> {
  const rows = new Set<number>();
  for (const k of form.keys()) {
    const m = /^q(\d+)\./.exec(k);
    if (m) rows.add(Number(m[1]));
  }
  const questions = [...rows]
    .sort((a, b) => a - b)
    .map((i) => ({
      text: String(form.get(`q${i}.text`) ?? ""),
      textEn: String(form.get(`q${i}.textEn`) ?? "") || undefined,
      type: form.get(`q${i}.type`),
      dimension: form.get(`q${i}.dimension`),
      options: String(form.get(`q${i}.options`) ?? "")
        .split(/\r?\n|[,，]/)
        .map((s) => s.trim())
        .filter(Boolean),
    }))
    .filter((q) => q.text.trim() !== "");
  return {
    id: form.get("id") || undefined,
    name: form.get("name"),
    nameEn: form.get("nameEn") || undefined,
    trigger: form.get("trigger") || undefined,
    questions,
  };
}
