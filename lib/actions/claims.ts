"use server";
// The claim page's writes: 专人负责 handler, the next step, the customer's feedback.
import { action } from "@/lib/actions/client";
import { advanceClaim, assignClaimHandler, recordClaimFeedback } from "@/lib/data/claims/write";
import { advanceClaimInput, assignHandlerInput, claimFeedbackInput } from "@/lib/validation/claim-actions";

const revalidate = (input: { claimId: string }) => [`/claims/${input.claimId}`, "/claims"];

export const assignHandlerAction = action({
  input: assignHandlerInput,
  messages: "claims",
  permission: "claim.update",
  run: assignClaimHandler,
  revalidate,
});

export const advanceClaimAction = action({
  input: advanceClaimInput,
  messages: "claims",
  permission: "claim.update",
  run: (actor, input) => advanceClaim(actor, input),
  revalidate,
});

export const recordFeedbackAction = action({
  input: claimFeedbackInput,
  messages: "claims",
  permission: "claim.update",
  run: (actor, input) => recordClaimFeedback(actor, input),
  revalidate,
});
