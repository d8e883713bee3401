"use server";
// ADMIN maintenance of tags and classification fields on /admin/classification (audited in lib/data).
import { action } from "@/lib/actions/client";
import { createField, createTag, deleteTag, updateField, updateTag } from "@/lib/data/admin/classification";
import { fieldCreate, fieldUpdate, tagDelete, tagInput, tagUpdate } from "@/lib/validation/classification";

const messages = "classificationAdmin";
const permission = "admin.tags";
const revalidate = () => ["/admin/classification"];

export const createTagAction = action({
  input: tagInput,
  messages,
  permission,
  run: createTag,
  revalidate,
  success: "saved",
});

export const updateTagAction = action({
  input: tagUpdate,
  messages,
  permission,
  run: updateTag,
  revalidate,
  success: "saved",
});

export const deleteTagAction = action({
  input: tagDelete,
  messages,
  permission,
  run: (actor, input) => deleteTag(actor, input.id),
  revalidate,
});

export const createFieldAction = action({
  input: fieldCreate,
  messages,
  permission,
  run: createField,
  revalidate,
  success: "saved",
});

export const updateFieldAction = action({
  input: fieldUpdate,
  messages,
  permission,
  run: updateField,
  revalidate,
  success: "saved",
});
