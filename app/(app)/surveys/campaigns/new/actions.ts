"use server";

import { revalidatePath } from "next/cache";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { createCampaign } from "@/lib/data/surveys/campaigns";
import { campaignFormValues, campaignInput } from "@/lib/validation/survey";

export type CampaignState =
  | { status: "idle" }
  | { status: "done"; created: number; matched: number }
  | { status: "error"; message: string; count?: number };

export async function createCampaignAction(_prev: CampaignState, form: FormData): Promise<CampaignState> {
  const actor = await requireActor();
  const parsed = campaignInput.safeParse(campaignFormValues(form));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "invalid" };
  try {
    const r = await createCampaign(actor, parsed.data);
    if (!r.ok) return { status: "error", message: r.error, count: r.matched };
    revalidatePath("/surveys");
    return { status: "done", created: r.created, matched: r.matched };
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    throw e;
  }
}
