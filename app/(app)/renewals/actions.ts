"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import {
  assignRenewals,
  linkRenewalSuccessor,
  recordRenewalOutcome,
  type RenewalWriteResult,
} from "@/lib/data/renewals/write";

export type RenewalFormState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string>;
  /** What was submitted, so the form shows it again after React resets it (on refusal). */
  values?: Record<string, string>;
};

const echo = (formData: FormData, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? "")]));

async function toState(
  run: () => Promise<RenewalWriteResult & { count?: number }>,
  okKey: string,
): Promise<RenewalFormState> {
  const t = await getTranslations("renewals");
  let result;
  try {
    result = await run();
  } catch (e) {
    if (e instanceof ForbiddenError) return { ok: false, message: t("errors.forbidden") };
    throw e;
  }
  if (result.ok) {
    revalidatePath("/renewals", "layout");
    revalidatePath("/");
    return { ok: true, message: t(okKey, { count: result.count ?? 1 }) };
  }
  if (result.reason === "invalid") {
    const errors = Object.fromEntries(
      Object.entries(result.errors).map(([f, keys]) => [f, t(`errors.${keys?.[0] ?? "invalid"}`)]),
    );
    return { ok: false, message: t("errors.fix"), errors };
  }
  return { ok: false, message: t(`errors.${result.reason}`) };
}

export async function recordOutcomeAction(_: RenewalFormState, formData: FormData): Promise<RenewalFormState> {
  const actor = await requireActor();
  const input = {
    policyId: formData.get("policyId"),
    outcome: formData.get("outcome") ?? undefined,
    note: formData.get("note") ?? undefined,
    nextContactAt: formData.get("nextContactAt") ?? undefined,
  };
  const state = await toState(() => recordRenewalOutcome(actor, input), "saved");
  return state.ok ? state : { ...state, values: echo(formData, ["outcome", "note", "nextContactAt"]) };
}

export async function linkSuccessorAction(_: RenewalFormState, formData: FormData): Promise<RenewalFormState> {
  const actor = await requireActor();
  const input = { policyId: formData.get("policyId"), successorNo: formData.get("successorNo") ?? undefined };
  const state = await toState(() => linkRenewalSuccessor(actor, input), "linked");
  return state.ok ? state : { ...state, values: echo(formData, ["successorNo"]) };
}

export async function assignAction(_: RenewalFormState, formData: FormData): Promise<RenewalFormState> {
  const actor = await requireActor();
  const input = { policyIds: formData.getAll("policyIds").map(String), agentId: formData.get("agentId") ?? undefined };
  return toState(() => assignRenewals(actor, input), "assigned");
}
