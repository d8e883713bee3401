"use server";
// The renewal writes: the follow-up outcome, the link to the successor policy, the lead's bulk assignment.
import { action } from "@/lib/actions/client";
import { assignRenewals, linkRenewalSuccessor, recordRenewalOutcome } from "@/lib/data/renewals/write";
import { renewalAssignSchema, renewalOutcomeSchema, renewalSuccessorSchema } from "@/lib/validation/renewal";

// The list, its detail pages and Today's renewal counts all move with a renewal write.
const revalidate = () => [{ path: "/renewals", type: "layout" as const }, "/"];

export const recordOutcomeAction = action({
  input: renewalOutcomeSchema,
  messages: "renewals",
  permission: "renewal.update",
  run: (actor, input) => recordRenewalOutcome(actor, input),
  revalidate,
  success: "saved",
});

export const linkSuccessorAction = action({
  input: renewalSuccessorSchema,
  messages: "renewals",
  permission: "renewal.update",
  run: (actor, input) => linkRenewalSuccessor(actor, input),
  revalidate,
  success: "linked",
});

export const assignRenewalsAction = action({
  input: renewalAssignSchema,
  messages: "renewals",
  permission: "renewal.assign",
  run: (actor, input) => assignRenewals(actor, input),
  revalidate,
  success: (data) => ({ key: "assigned", params: { count: data.count } }),
});
