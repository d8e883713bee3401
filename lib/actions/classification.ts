"use server";
// ADMIN maintenance of tags and classification fields on /admin/classification (audited in lib/data).
import { action } from "@/lib/actions/client";
import { createField, createTag, deleteTag, updateField, updateTag } from "@/lib/data/admin/classification";
import { fieldCreate, fieldUpdate, tagDelete, tagInput, tagUpdate } from "@/lib/validation/classification";

const messages = "classificationAdmin";
const revalidate = () => ["/admin/classification"];

export const createTagAction = action({ input: tagInput, messages, run: createTag, revalidate, success: "saved" });

export const updateTagAction = action({ input: tagUpdate, messages, run: updateTag, revalidate, success: "saved" });

export const deleteTagAction = action({
  input: tagDelete,
  messages,
  run: (actor, input) => deleteTag(actor, input.id),
  revalidate,
});

export const createFieldAction = action({
  input: fieldCreate,
  messages,
  run: createField,
  revalidate,
  success: "saved",
});

export const updateFieldAction = action({
  input: fieldUpdate,
  messages,
  run: updateField,
  revalidate,
  success: "saved",
});
