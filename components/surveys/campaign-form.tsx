"use client";
// A manual or periodic campaign: template + customer segment → PENDING surveys in bulk.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { createCampaignAction, type CampaignState } from "@/app/(app)/surveys/campaigns/new/actions";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
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
  const [state, action, pending] = useActionState<CampaignState, FormData>(createCampaignAction, { status: "idle" });
  return (
    <form
      action={action}
      className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="campaign-form"
    >
      {state.status === "done" && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-800">
          {t("campaignForm.done", { created: state.created, matched: state.matched })} ·{" "}
          <Link href="/surveys?status=PENDING" className="underline">
            {t("title")}
          </Link>
        </p>
      )}
      {state.status === "error" && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-700">
          {t(`errors.${state.message}`, { count: state.count ?? 0 })}
        </p>
      )}
      <p className="text-xs text-slate-500">{t("campaignForm.hint")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("campaignForm.template")} htmlFor="cf-template">
          <select id="cf-template" name="templateId" required defaultValue="" className={inputClass}>
            <option value="">{t("form.choose")}</option>
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("campaignForm.trigger")} htmlFor="cf-trigger">
          <select id="cf-trigger" name="trigger" defaultValue="PERIODIC" className={inputClass}>
            <option value="PERIODIC">{t("campaignForm.PERIODIC")}</option>
            <option value="MANUAL">{t("campaignForm.MANUAL")}</option>
          </select>
        </Field>
        <Field label={t("campaignForm.orgUnit")} htmlFor="cf-org">
          <select id="cf-org" name="orgUnitId" defaultValue={defaultOrg} className={inputClass}>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {"\u00a0".repeat(o.depth * 2)}
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("campaignForm.channel")} htmlFor="cf-channel">
          <select id="cf-channel" name="channel" defaultValue="" className={inputClass}>
            <option value="">{t("campaignForm.any")}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {te(`Channel.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("campaignForm.vipTier")} htmlFor="cf-vip">
          <select id="cf-vip" name="vipTier" defaultValue="" className={inputClass}>
            <option value="">{t("campaignForm.any")}</option>
            {VIP_TIERS.map((v) => (
              <option key={v} value={v}>
                {te(`VipTier.${v}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("campaignForm.dueDate")} htmlFor="cf-due">
          <input
            type="date"
            id="cf-due"
            name="dueDate"
            required
            defaultValue={defaultDue}
            min={minDue}
            className={inputClass}
          />
        </Field>
      </div>
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("campaignForm.saving") : t("campaignForm.submit")}
      </button>
    </form>
  );
}
