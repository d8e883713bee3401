import { getTranslations } from "next-intl/server";
import { COMPLAINT_STATUSES, stepIndex } from "@/lib/domain/complaint-workflow";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";

const STEP_OF_STATUS = [
  "RECEIVE",
  "VERIFY",
  "REGISTER",
  "TRANSFER",
  "COORDINATE",
  "HANDLE",
  "FEEDBACK",
  "CLOSE",
] as const;

/** The 8-step track 接受 → … → 结案 with the steps done so far. */
export async function WorkflowProgress({ status }: { status: ComplaintStatus }) {
  const t = await getTranslations("complaints");
  const current = stepIndex(status);
  return (
    <ol
      aria-label={t("detail.progress")}
      className="grid grid-cols-4 gap-1 sm:grid-cols-8"
      data-testid="complaint-progress"
    >
      {COMPLAINT_STATUSES.map((s, i) => (
        <li
          key={s}
          aria-current={i === current ? "step" : undefined}
          className={`rounded px-1.5 py-1 text-center text-xs ${
            i < current
              ? "bg-brand-50 text-brand-700"
              : i === current
                ? "bg-brand-600 font-medium text-white"
                : "bg-slate-100 text-slate-400"
          }`}
        >
          {i + 1}. {t(`steps.${STEP_OF_STATUS[i]}`)}
        </li>
      ))}
    </ol>
  );
}
