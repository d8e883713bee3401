import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/actions/action-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { actionOwnerOptions, actionSourceComplaint } from "@/lib/data/complaints/corrective-actions";
import { addDays, shanghaiDate } from "@/lib/domain/dates";
import { z } from "zod";
import { monthSchema } from "@/lib/validation/analysis";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("correctiveActions"))("new") };
}

const sourceParams = z.object({
  complaintId: z.uuid().optional(),
  month: monthSchema.optional(),
  org: z.uuid().optional(),
});

export default async function NewActionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [t, te, raw] = await Promise.all([
    getTranslations("correctiveActions"),
    getTranslations("enums"),
    searchParams,
  ]);
  if (!can(actor.role, "correctiveAction.manage")) return <EmptyState title={t("errors.forbidden")} />;
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
  const parsed = sourceParams.safeParse(flat);
  if (!parsed.success || (!parsed.data.complaintId && !parsed.data.month))
    return <EmptyState title={t("form.noSource")} />;
  const { complaintId, month, org } = parsed.data;
  const complaint = complaintId ? await actionSourceComplaint(actor, complaintId) : null;
  if (complaintId && !complaint) return <EmptyState title={t("errors.source")} />;
  const owners = await actionOwnerOptions(actor);
  const today = shanghaiDate();
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("new")}
        description={
          complaint
            ? t("form.sourceComplaint", {
                no: complaint.complaintNo,
                category: te(`ComplaintCategory.${complaint.category}`),
              })
            : t("form.sourceMonth", { month: month! })
        }
      />
      {complaint && (
        <div className="max-w-xl rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
          <p className="line-clamp-3">{complaint.description}</p>
          {complaint.rootCause && (
            <p className="mt-1 text-xs text-slate-500">{t("form.rootCause", { cause: complaint.rootCause })}</p>
          )}
        </div>
      )}
      <ActionForm
        source={
          complaint
            ? { complaintId: complaint.id }
            : { month, orgUnitId: org && actor.orgUnitIds.includes(org) ? org : undefined }
        }
        owners={owners}
        defaultDue={addDays(today, 14)}
        minDue={today}
      />
    </div>
  );
}
