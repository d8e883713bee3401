"use server";
// Marking the signed-in user's notifications read (the bell's count lives in the layout).
import { action } from "@/lib/actions/client";
import { markRead } from "@/lib/data/notifications/notifications";
import { markAllReadInput, markReadInput } from "@/lib/validation/notifications";

const revalidate = () => [{ path: "/", type: "layout" as const }];

export const markReadAction = action({
  input: markReadInput,
  messages: "notifications",
  permission: "session",
  run: (actor, input) => markRead(actor, input.id),
  revalidate,
});

export const markAllReadAction = action({
  input: markAllReadInput,
  messages: "notifications",
  permission: "session",
  run: (actor) => markRead(actor),
  revalidate,
});
