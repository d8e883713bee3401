"use server";
// Logging a visit from the compact form; on success it returns to where the agent came from.
import { action } from "@/lib/actions/client";
import { logVisit } from "@/lib/data/visits/visits";
import { visitLogSchema } from "@/lib/validation/visit";

export const logVisitAction = action({
  input: visitLogSchema,
  messages: "visits",
  permission: "visit.log",
  // A refusal for the contact guard carries the guard (`extra`): the form shows who contacted the customer.
  run: (actor, input) => logVisit(actor, input),
  revalidate: (_input, data) => ["/", "/visits", `/customers/${data.customerId}`],
  redirect: (input, data) =>
    `${input.from === "today" ? "/" : "/visits"}?logged=${data.visitId}${data.taskId ? "&task=1" : ""}`,
});
