"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { markRead } from "@/lib/data/notifications/notifications";

const markInput = z.object({ id: z.uuid().optional() });

/** Marks one of the signed-in user's notifications read (another user's id simply matches nothing). */
export async function markReadAction(form: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = markInput.safeParse({ id: form.get("id") ?? undefined });
  if (!parsed.success || !parsed.data.id) return;
  await markRead(actor, parsed.data.id);
  revalidatePath("/", "layout");
}

export async function markAllReadAction(): Promise<void> {
  const actor = await requireActor();
  await markRead(actor);
  revalidatePath("/", "layout");
}
