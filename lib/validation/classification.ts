// ADMIN forms of /admin/classification: tags and custom classification fields (§2 个性化客户分类).
// Custom messages are keys of `classificationAdmin.errors`; the built-in checks use the shared wording.
import { z } from "zod";
import { FIELD_KEY_PATTERN, parseOptions } from "@/lib/domain/custom-fields";

/** Tag colours the UI knows how to draw (Tailwind palette names). */
export const TAG_COLORS = [
  "slate",
  "red",
  "amber",
  "emerald",
  "teal",
  "sky",
  "indigo",
  "violet",
  "pink",
  "rose",
] as const;
export type TagColor = (typeof TAG_COLORS)[number];

export const FIELD_TYPES = ["TEXT", "NUMBER", "BOOLEAN", "SELECT", "DATE"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v))
    .optional()
    .transform((v) => v ?? null);
const label = (max: number) => z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max);
const options = z
  .string()
  .optional()
  .transform((v) => parseOptions(v ?? ""))
  .refine((o) => o.length <= 50 && o.every((x) => x.length <= 40), { error: "optionsTooLong" });

export const tagInput = z.object({
  name: label(20),
  nameEn: optionalText(40),
  color: z.enum(TAG_COLORS, { error: "invalidOption" }),
});

export const tagUpdate = tagInput.extend({ id: z.uuid() });

export const tagDelete = z.object({ id: z.uuid() });

export const fieldCreate = z
  .object({
    key: z.string().trim().regex(FIELD_KEY_PATTERN, { error: "keyFormat" }),
    label: label(30),
    labelEn: optionalText(60),
    type: z.enum(FIELD_TYPES, { error: "invalidOption" }),
    options,
  })
  .superRefine((v, ctx) => {
    if (v.type === "SELECT" && v.options.length === 0)
      ctx.addIssue({ code: "custom", path: ["options"], message: "optionsRequired" });
  })
  .transform((v) => ({ ...v, options: v.type === "SELECT" ? v.options : [] }));

export const fieldUpdate = z.object({
  id: z.uuid(),
  label: label(30),
  labelEn: optionalText(60),
  options,
  active: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
});
