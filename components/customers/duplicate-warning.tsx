"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { DuplicateView } from "@/lib/domain/duplicates";

/** The duplicate warning of the customer form, with the explicit "save anyway" confirmation. */
export function DuplicateWarning({
  title,
  duplicates,
  pending,
}: {
  /** The refusal's message ("可能是重复客户"). */
  title: string;
  duplicates: DuplicateView[];
  pending: boolean;
}) {
  const t = useTranslations("customerForm");
  const fieldsOf = (d: DuplicateView) =>
    t("duplicate.matchedOn", { fields: d.matchedOn.map((f) => t(`fields.${f}`)).join(" / ") });
  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-900"
      data-testid="duplicate-warning"
    >
      <p className="font-medium">{title}</p>
      <p className="mt-1 text-xs">{t("duplicate.intro")}</p>
      <ul className="mt-2 space-y-1">
        {duplicates.map((d, i) => (
          <li key={d.visible ? d.id : `hidden-${i}`} className="flex flex-wrap items-baseline gap-x-2">
            {d.visible ? (
              <Link href={`/customers/${d.id}`} target="_blank" className="font-medium text-brand-700 underline">
                {d.name} · {d.customerNo}
              </Link>
            ) : (
              <span>{t("duplicate.hidden")}</span>
            )}
            <span className="text-xs text-amber-700">{fieldsOf(d)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs">{t("duplicate.confirmHint")}</p>
      <Button type="submit" name="confirmDuplicate" value="1" disabled={pending} variant="secondary" className="mt-2">
        {t("duplicate.confirm")}
      </Button>
    </div>
  );
}
