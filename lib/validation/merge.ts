// The merge confirmation: both ids and the versions the preview showed (optimistic lock).
import { z } from "zod";

export const mergeInput = z.object({
  sourceId: z.uuid(),
  targetId: z.uuid(),
  sourceVersion: z.coerce.number().int().positive(),
  targetVersion: z.coerce.number().int().positive(),
});

export type MergeInput = z.infer<typeof mergeInput>;
