// Inputs of the notification actions: mark one of the signed-in user's notifications read, or all.
import { z } from "zod";

export const markReadInput = z.object({ id: z.uuid() });

export const markAllReadInput = z.object({});
