"use server";
// The complaint writes: registration (投诉登记表) and, on the complaint's page, the workflow step,
// the lead's assignment and escalation, and a note on the history.
import { action } from "@/lib/actions/client";
import { escalateComplaint } from "@/lib/data/complaints/escalation";
import { registerComplaint } from "@/lib/data/complaints/register";
import { assignComplaint, commentOnComplaint, performStep } from "@/lib/data/complaints/workflow";
import {
  assignSchema,
  commentSchema,
  escalateSchema,
  registerComplaintSchema,
  stepInput,
} from "@/lib/validation/complaint";

const revalidate = (input: { complaintId: string }) => [`/complaints/${input.complaintId}`, "/complaints"];

/** A duplicate comes back as a refusal with the open complaints found (`extra`), to confirm. */
export const registerComplaintAction = action({
  input: registerComplaintSchema,
  messages: "complaints",
  permission: "complaint.register",
  run: (actor, input) => registerComplaint(actor, input),
  revalidate: () => ["/complaints"],
  redirect: (_input, data) => `/complaints/${data.id}`,
});

export const stepAction = action({
  input: stepInput,
  messages: "complaints",
  permission: "complaint.handle",
  run: (actor, input) => performStep(actor, input),
  revalidate,
});

export const assignAction = action({
  input: assignSchema,
  messages: "complaints",
  permission: "complaint.assign",
  run: (actor, input) => assignComplaint(actor, input),
  revalidate,
});

export const escalateAction = action({
  input: escalateSchema,
  messages: "complaints",
  permission: "complaint.assign",
  run: (actor, input) => escalateComplaint(actor, input),
  revalidate,
});

export const commentAction = action({
  input: commentSchema,
  messages: "complaints",
  permission: "complaint.handle",
  run: (actor, input) => commentOnComplaint(actor, input),
  revalidate,
});
