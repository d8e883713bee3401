import { getTranslations } from "next-intl/server";
import type { MergeMember } from "@/lib/data/customers/merge";
import { MOVED_RELATIONS } from "@/lib/validation/merge";
import type { ProfileField } from "@/lib/domain/customer-profile";

const ENUM_FIELDS: Partial<Record<ProfileField, string>> = {
  gender: "Gender",
  maritalStatus: "MaritalStatus",
  prospectSource: "ProspectSource",
};

/** What moves (counts per kind of record) and which empty fields of the survivor get filled. */
export async function MergeEffects({
  source,
  fills,
}: {
  source: MergeMember;
  fills: { field: ProfileField; value: string }[];
}) {
  const [t, tf, te] = await Promise.all([
    getTranslations("customerMerge"),
    getTranslations("customerForm.fields"),
    getTranslations("enums"),
  ]);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid="merge-moves">
        <h2 className="mb-2 text-sm font-semibold">{t("moves")}</h2>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-2">
          {MOVED_RELATIONS.map((r) => {
            const n = source.counts[r];
            return (
              <div
                key={r}
                className={`flex justify-between gap-2 border-b border-slate-100 py-1 ${n === 0 ? "text-slate-400" : ""}`}
              >
                <dt>{t(`relations.${r}`)}</dt>
                <dd className="font-medium tabular-nums" data-testid={`moves-${r}`}>
                  {n}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid="merge-fills">
        <h2 className="mb-2 text-sm font-semibold">{t("fills")}</h2>
        {fills.length === 0 ? (
          <p className="text-slate-500">{t("noFills")}</p>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {fills.map((f) => (
              <div key={f.field} className="contents">
                <dt className="text-slate-500">{tf(f.field)}</dt>
                <dd className="min-w-0 break-words">
                  {ENUM_FIELDS[f.field] ? te(`${ENUM_FIELDS[f.field]}.${f.value}`) : f.value}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
