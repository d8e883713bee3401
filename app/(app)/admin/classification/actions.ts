"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import {
  createField,
  createTag,
  deleteTag,
  updateField,
  updateTag,
  type AdminResult,
} from "@/lib/data/admin/classification";
import { fieldCreate, fieldUpdate, tagInput, tagUpdate, type AdminFormState } from "@/lib/validation/classification";

/** Parse → write (permission and audit inside) → the form's state; every action is a public endpoint. */
async function run<S extends z.ZodType>(
  schema: S,
  form: FormData,
  write: (actor: Actor, input: z.output<S>) => Promise<AdminResult>,
): Promise<AdminFormState> {
  const actor = await requireActor();
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "invalid", errors: z.flattenError(parsed.error).fieldErrors };
  let result: AdminResult;
  try {
    result = await write(actor, parsed.data);
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    throw e;
  }
  if (!result.ok)
    return "notFound" in result
      ? { status: "error", message: "notFound" }
      : { status: "invalid", errors: result.errors };
  revalidatePath("/admin/classification");
  return { status: "saved", at: Date.now() };
}

export async function createTagAction(_: AdminFormState, form: FormData) {
  return run(tagInput, form, createTag);
}

export async function updateTagAction(_: AdminFormState, form: FormData) {
  return run(tagUpdate, form, updateTag);
}

export async function deleteTagAction(_: AdminFormState, form: FormData) {
  return run(z.object({ id: z.uuid() }), form, (actor, input) => deleteTag(actor, input.id));
}

export async function createFieldAction(_: AdminFormState, form: FormData) {
  return run(fieldCreate, form, createField);
}

export async function updateFieldAction(_: AdminFormState, form: FormData) {
  return run(fieldUpdate, form, updateField);
}
