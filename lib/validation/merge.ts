// The merge confirmation: both ids and the versions the preview showed (optimistic lock).
import { z } from "zod";

export const mergeInput = z.object({
  sourceId: z.uuid(),
  targetId: z.uuid(),
  sourceVersion: z.coerce.number().int().positive(),
  targetVersion: z.coerce.number().int().positive(),
});

export type MergeRefusal = "same" | "alreadyMerged" | "notFound" | "conflict" | "forbidden" | "invalid";

export type MergeFormState = { status: "idle" } | { status: "refused"; reason: MergeRefusal };
