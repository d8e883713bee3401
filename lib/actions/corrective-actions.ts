"use server";
// 纠改措施: a lead creates one (from a complaint or a month's analysis); its owner or lead moves its status.
import { action } from "@/lib/actions/client";
import { createAction, updateActionStatus } from "@/lib/data/complaints/corrective-actions";
import { createActionFormValues, createActionInput, updateActionStatusInput } from "@/lib/validation/corrective-action";

export const createActionAction = action({
  input: createActionInput,
  messages: "correctiveActions",
  permission: "correctiveAction.manage",
  fromForm: createActionFormValues,
  run: (actor, input) => createAction(actor, input),
  revalidate: () => ["/complaints/actions"],
  redirect: () => "/complaints/actions?created=1",
});

export const moveActionAction = action({
  input: updateActionStatusInput,
  messages: "correctiveActions",
  permission: "correctiveAction.manage",
  run: (actor, input) => updateActionStatus(actor, input.id, input.status),
  revalidate: () => ["/complaints/actions"],
});
