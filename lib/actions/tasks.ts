"use server";
// "Mark done" on the service centre's follow-up tasks.
import { action } from "@/lib/actions/client";
import { completeTask } from "@/lib/data/tasks/tasks";
import { completeTaskInput } from "@/lib/validation/tasks";

export const completeTaskAction = action({
  input: completeTaskInput,
  messages: "tasks",
  permission: "task.update",
  run: (actor, input) => completeTask(actor, input.id, input.note),
  revalidate: () => ["/tasks"],
});
