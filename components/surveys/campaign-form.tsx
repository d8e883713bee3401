"use client";
// A manual or periodic campaign: template + customer segment → PENDING surveys in bulk.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createCampaignAction } from "@/lib/actions/surveys";
import { CHANNELS, VIP_TIERS } from "@/lib/validation/survey";

export function CampaignForm({
  templates,
  orgs,
  defaultOrg,
  defaultDue,
  minDue,
}: {
  templates: { id: string; name: string }[];
  orgs: { id: string; name: string; depth: number }[];
  defaultOrg: string;
  defaultDue: string;
  minDue: string;
}) {
  const t = useTranslations("surveys");
  const te = useTranslations("enums");
  const form = useActionForm(createCampaignAction);
  // Selects take their submitted value back after a refusal (remounted, since a select reads its default once).
  const select = (name: string, fallback: string) => ({
    name,
    defaultValue: form.value(name, fallback),
    "aria-invalid": form.invalid(name),
    className: inputClass,
  });
  return (
    <form
      action={form.formAction}
      noValidate
      className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="campaign-form"
    >
      {form.succeeded && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-800">
          {form.succeeded.message} ·{" "}
          <Link href="/surveys?status=PENDING" className="underline">
            {t("title")}
          </Link>
        </p>
      )}
      {form.failed && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-700">
          {form.failed.message}
        </p>
      )}
      <p className="text-xs text-slate-500">{t("campaignForm.hint")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("campaignForm.template")} htmlFor="cf-template" error={form.error("templateId")}>
          <select id="cf-template" required key={form.state?.at} {...select("templateId", "")}>
            <option value="">{t("form.choose")}</option>
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("campaignForm.trigger")} htmlFor="cf-trigger" error={form.error("trigger")}>
          <select id="cf-trigger" key={form.state?.at} {...select("trigger", "PERIODIC")}>
            <option value="PERIODIC">{t("campaignForm.PERIODIC")}</option>
            <option value="MANUAL">{t("campaignForm.MANUAL")}</option>
          </select>
        </Field>
        <Field label={t("campaignForm.orgUnit")} htmlFor="cf-org" error={form.error("orgUnitId")}>
          <select id="cf-org" key={form.state?.at} {...select("orgUnitId", defaultOrg)}>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {"\u00a0".repeat(o.depth * 2)}
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("campaignForm.channel")} htmlFor="cf-channel" error={form.error("channel")}>
          <select id="cf-channel" key={form.state?.at} {...select("channel", "")}>
            <option value="">{t("campaignForm.any")}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {te(`Channel.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("campaignForm.vipTier")} htmlFor="cf-vip" error={form.error("vipTier")}>
          <select id="cf-vip" key={form.state?.at} {...select("vipTier", "")}>
            <option value="">{t("campaignForm.any")}</option>
            {VIP_TIERS.map((v) => (
              <option key={v} value={v}>
                {te(`VipTier.${v}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("campaignForm.dueDate")} htmlFor="cf-due" error={form.error("dueDate")}>
          <input
            type="date"
            id="cf-due"
            name="dueDate"
            required
            defaultValue={form.value("dueDate", defaultDue)}
            min={minDue}
            aria-invalid={form.invalid("dueDate")}
            className={inputClass}
          />
        </Field>
      </div>
      <button type="submit" className={buttonClass("primary")} disabled={form.pending}>
        {form.pending ? t("campaignForm.saving") : t("campaignForm.submit")}
      </button>
    </form>
  );
}
