// Inputs of the claim page's actions: assign a handler, advance the status, record feedback.
import { z } from "zod";
import { ClaimStatus } from "@/lib/generated/prisma/enums";

const note = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.string().trim().max(500).optional(),
);

export const assignHandlerInput = z.object({
  claimId: z.uuid(),
  handlerId: z.uuid(),
});

/** Yuan with at most two decimals, as typed in the form. */
const amount = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.coerce.number().positive().max(1_000_000_000).multipleOf(0.01).optional(),
);

export const advanceClaimInput = z.object({
  claimId: z.uuid(),
  /** The status the form was showing: a claim changed meanwhile is refused, not advanced twice. */
  from: z.enum(ClaimStatus),
  to: z.enum(ClaimStatus),
  note,
  amountPaid: amount,
});

export const claimFeedbackInput = z.object({
  claimId: z.uuid(),
  score: z.coerce.number().int().min(1).max(5),
  note,
});

export type AssignHandlerInput = z.infer<typeof assignHandlerInput>;
export type AdvanceClaimInput = z.infer<typeof advanceClaimInput>;
export type ClaimFeedbackInput = z.infer<typeof claimFeedbackInput>;
