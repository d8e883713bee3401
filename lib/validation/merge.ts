// The merge confirmation: both ids and the versions the preview showed (optimistic lock).
import { z } from "zod";

export const mergeInput = z.object({
  sourceId: z.uuid(),
  targetId: z.uuid(),
  sourceVersion: z.coerce.number().int().positive(),
  targetVersion: z.coerce.number().int().positive(),
});

export type MergeInput = z.infer<typeof mergeInput>;

/** What moves, in the order the preview lists it. */
export const MOVED_RELATIONS = [
  "policies",
  "insuredIn",
  "claims",
  "complaints",
  "visits",
  "surveys",
  "communications",
  "family",
  "tags",
  "fieldValues",
  "allocations",
  "blacklist",
  "employees",
  "tasks",
] as const;
export type MovedRelation = (typeof MOVED_RELATIONS)[number];
