"use client";
// Recording a survey's answers (phone, on-site, questionnaire, online): one control per question.
// Scale and NPS answers are radio rows big enough to tap on a phone.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { recordSurveyAction } from "@/lib/actions/surveys";
import { SURVEY_METHODS } from "@/lib/validation/survey";

export type QuestionView = {
  id: string;
  type: "SCALE_5" | "NPS_10" | "CHOICE" | "TEXT";
  text: string;
  options: string[];
  dimension: string;
};

function ScoreRow({
  q,
  min,
  max,
  invalid,
  picked,
}: {
  q: QuestionView;
  min: number;
  max: number;
  invalid: boolean;
  /** The score as last submitted, when the submit was refused. */
  picked: string;
}) {
  return (
    <div
      role="radiogroup"
      aria-labelledby={`q-${q.id}-label`}
      aria-invalid={invalid}
      className="flex flex-wrap gap-1.5"
    >
      {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => (
        <label key={n} className="cursor-pointer">
          <input
            type="radio"
            name={`q:${q.id}`}
            value={n}
            defaultChecked={picked === String(n)}
            className="peer sr-only"
          />
          <span className="flex size-9 items-center justify-center rounded-md border border-slate-300 bg-white text-sm tabular-nums peer-checked:border-brand-600 peer-checked:bg-brand-600 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500">
            {n}
          </span>
        </label>
      ))}
    </div>
  );
}

export function AnswerForm({ surveyId, questions }: { surveyId: string; questions: QuestionView[] }) {
  const t = useTranslations("surveys");
  const te = useTranslations("enums");
  const form = useActionForm(recordSurveyAction);
  const err = (id: string) => form.error(id);
  const saved = form.succeeded?.data;
  if (saved) {
    const n = (v: number | null) => (v === null ? "—" : String(v));
    return (
      <div
        role="status"
        className="space-y-1 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-800"
        data-testid="survey-saved"
      >
        <p className="font-medium">{t("saved", { csat: n(saved.csat), nps: n(saved.npsScore) })}</p>
        {saved.taskId && (
          <p className="text-amber-800" data-testid="survey-low">
            {t("savedLow")} ·{" "}
            <Link href="/tasks?kind=LOW_SCORE_FOLLOW_UP" className="underline">
              {t("toTasks")}
            </Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <form action={form.formAction} noValidate className="space-y-4" data-testid="answer-form">
      <input type="hidden" name="surveyId" value={surveyId} />
      <FormMessage state={form.state} className="rounded-md border border-red-200 bg-red-50 px-3 py-2" />
      <Field label={t("form.method")} htmlFor="sv-method" error={err("method")}>
        <select
          id="sv-method"
          name="method"
          key={form.state?.at}
          defaultValue={form.value("method")}
          className={`${inputClass} sm:w-60`}
          aria-invalid={form.invalid("method")}
        >
          <option value="">{t("form.choose")}</option>
          {SURVEY_METHODS.map((m) => (
            <option key={m} value={m}>
              {te(`SurveyMethod.${m}`)}
            </option>
          ))}
        </select>
      </Field>
      <ol className="space-y-3">
        {questions.map((q, i) => (
          <li key={q.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`question-${i + 1}`}>
            <p id={`q-${q.id}-label`} className="mb-2 font-medium">
              {i + 1}. {q.text}{" "}
              <span className="text-xs font-normal text-slate-500">· {t(`dimension.${q.dimension}`)}</span>
            </p>
            {q.type === "SCALE_5" && (
              <>
                <ScoreRow q={q} min={1} max={5} invalid={Boolean(err(q.id))} picked={form.value(`q:${q.id}`)} />
                <p className="mt-1 text-xs text-slate-500">{t("form.scaleHint")}</p>
              </>
            )}
            {q.type === "NPS_10" && (
              <>
                <ScoreRow q={q} min={0} max={10} invalid={Boolean(err(q.id))} picked={form.value(`q:${q.id}`)} />
                <p className="mt-1 text-xs text-slate-500">{t("form.npsHint")}</p>
              </>
            )}
            {q.type === "CHOICE" && (
              <select
                name={`q:${q.id}`}
                key={form.state?.at}
                defaultValue={form.value(`q:${q.id}`)}
                aria-labelledby={`q-${q.id}-label`}
                className={`${inputClass} sm:w-60`}
              >
                <option value="">{t("form.choose")}</option>
                {q.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            )}
            {q.type === "TEXT" && (
              <textarea
                name={`q:${q.id}`}
                rows={2}
                maxLength={2000}
                aria-labelledby={`q-${q.id}-label`}
                placeholder={t("form.text")}
                defaultValue={form.value(`q:${q.id}`)}
                className={inputClass}
              />
            )}
            {err(q.id) && <p className="mt-1 text-xs text-red-600">{err(q.id)}</p>}
          </li>
        ))}
      </ol>
      <button type="submit" className={buttonClass("primary")} disabled={form.pending}>
        {form.pending ? t("form.saving") : t("form.submit")}
      </button>
    </form>
  );
}
