"use client";
// The survey template editor: name, trigger and an ordered list of typed questions.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveTemplateAction } from "@/lib/actions/surveys";
import { DIMENSIONS, QUESTION_TYPES, TEMPLATE_TRIGGERS } from "@/lib/validation/survey-template";

type Q = { key: number; text: string; textEn: string; type: string; dimension: string; options: string };

export type TemplateDraft = { id?: string; name: string; nameEn: string; trigger: string; questions: Omit<Q, "key">[] };

const EMPTY: Omit<Q, "key"> = { text: "", textEn: "", type: "SCALE_5", dimension: "OVERALL", options: "" };

export function TemplateEditor({ draft, locked }: { draft: TemplateDraft; locked: boolean }) {
  const t = useTranslations("surveys");
  const te = useTranslations("enums");
  const form = useActionForm(saveTemplateAction);
  // The questions are numbered as submitted (blank rows dropped), so their problems are listed together.
  const problems = [...new Set(Object.values(form.failed?.fieldErrors ?? {}))];
  const [qs, setQs] = useState<Q[]>(() =>
    (draft.questions.length ? draft.questions : [EMPTY]).map((q, i) => ({ ...q, key: i })),
  );
  const [nextKey, setNextKey] = useState(qs.length);
  const update = (key: number, patch: Partial<Q>) =>
    setQs((list) => list.map((q) => (q.key === key ? { ...q, ...patch } : q)));
  const move = (i: number) =>
    setQs((list) => (i === 0 ? list : [...list.slice(0, i - 1), list[i]!, list[i - 1]!, ...list.slice(i + 1)]));
  return (
    <form action={form.formAction} noValidate className="space-y-4" data-testid="template-editor">
      {draft.id && <input type="hidden" name="id" value={draft.id} />}
      {problems.length > 0 ? (
        <ul role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-700">
          {problems.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : (
        <FormMessage state={form.state} className="rounded-md border border-red-200 bg-red-50 px-3 py-2" />
      )}
      {locked && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">{t("editor.inUse")}</p>
      )}
      <div className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3">
        <Field label={t("editor.name")} htmlFor="te-name">
          <input
            id="te-name"
            name="name"
            defaultValue={form.value("name", draft.name)}
            required
            maxLength={100}
            aria-invalid={form.invalid("name")}
            className={inputClass}
          />
        </Field>
        <Field label={t("editor.nameEn")} htmlFor="te-nameEn">
          <input
            id="te-nameEn"
            name="nameEn"
            defaultValue={form.value("nameEn", draft.nameEn)}
            maxLength={100}
            aria-invalid={form.invalid("nameEn")}
            className={inputClass}
          />
        </Field>
        <Field label={t("editor.trigger")} htmlFor="te-trigger">
          <select
            id="te-trigger"
            name="trigger"
            key={form.state?.at}
            defaultValue={form.value("trigger", draft.trigger)}
            className={inputClass}
          >
            <option value="">{t("editor.none")}</option>
            {TEMPLATE_TRIGGERS.map((v) => (
              <option key={v} value={v}>
                {te(`SurveyTrigger.${v}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ol className="space-y-3">
        {qs.map((q, i) => (
          <li
            key={q.key}
            className="space-y-2 rounded-lg border border-slate-200 bg-white p-3"
            data-testid={`editor-question-${i + 1}`}
          >
            <div className="flex items-center justify-between gap-2">
              <span className="text-sm font-medium">{t("editor.question", { n: i + 1 })}</span>
              <span className="flex gap-1">
                <Button size="sm" variant="ghost" disabled={i === 0} onClick={() => move(i)}>
                  {t("editor.up")}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={qs.length === 1}
                  onClick={() => setQs((l) => l.filter((x) => x.key !== q.key))}
                >
                  {t("editor.remove")}
                </Button>
              </span>
            </div>
            <div className="grid gap-2 sm:grid-cols-2">
              <Field label={t("editor.text")} htmlFor={`q${i}-text`}>
                <input
                  id={`q${i}-text`}
                  name={`q${i}.text`}
                  value={q.text}
                  onChange={(e) => update(q.key, { text: e.target.value })}
                  maxLength={300}
                  className={inputClass}
                />
              </Field>
              <Field label={t("editor.textEn")} htmlFor={`q${i}-textEn`}>
                <input
                  id={`q${i}-textEn`}
                  name={`q${i}.textEn`}
                  value={q.textEn}
                  onChange={(e) => update(q.key, { textEn: e.target.value })}
                  maxLength={300}
                  className={inputClass}
                />
              </Field>
              <Field label={t("editor.type")} htmlFor={`q${i}-type`}>
                <select
                  id={`q${i}-type`}
                  name={`q${i}.type`}
                  value={q.type}
                  onChange={(e) => update(q.key, { type: e.target.value })}
                  className={inputClass}
                >
                  {QUESTION_TYPES.map((v) => (
                    <option key={v} value={v}>
                      {t(`questionType.${v}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t("editor.dimension")} htmlFor={`q${i}-dim`}>
                <select
                  id={`q${i}-dim`}
                  name={`q${i}.dimension`}
                  value={q.dimension}
                  onChange={(e) => update(q.key, { dimension: e.target.value })}
                  className={inputClass}
                >
                  {DIMENSIONS.map((v) => (
                    <option key={v} value={v}>
                      {t(`dimension.${v}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            {q.type === "CHOICE" && (
              <Field label={t("editor.options")} htmlFor={`q${i}-options`}>
                <textarea
                  id={`q${i}-options`}
                  name={`q${i}.options`}
                  rows={3}
                  value={q.options}
                  onChange={(e) => update(q.key, { options: e.target.value })}
                  className={inputClass}
                />
              </Field>
            )}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => {
            setQs((l) => [...l, { ...EMPTY, key: nextKey }]);
            setNextKey((k) => k + 1);
          }}
          disabled={qs.length >= 30}
        >
          {t("editor.add")}
        </Button>
        <button type="submit" className={buttonClass("primary")} disabled={form.pending || locked}>
          {form.pending ? t("editor.saving") : t("editor.save")}
        </button>
      </div>
    </form>
  );
}
