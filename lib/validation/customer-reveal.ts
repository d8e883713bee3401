// Input of the reveal action (SPEC §2 最小必要): one sensitive field of one customer.
import { z } from "zod";
import { SENSITIVE_FIELDS } from "@/lib/domain/customer-profile";

export const revealInput = z.object({
  customerId: z.uuid(),
  field: z.enum(SENSITIVE_FIELDS),
});

export type RevealInput = z.infer<typeof revealInput>;
