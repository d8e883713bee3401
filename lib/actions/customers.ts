"use server";
// The customer writes: create and edit (duplicate confirmation, optimistic version), the lead's
// merge of two duplicates, and revealing one masked identifier (audited with the caller's IP).
import { action } from "@/lib/actions/client";
import { mergeCustomers } from "@/lib/data/customers/merge";
import { revealCustomerField } from "@/lib/data/customers/reveal";
import { createCustomer, updateCustomer } from "@/lib/data/customers/write";
import { customerCreateInput, customerFormValues, customerUpdateInput } from "@/lib/validation/customer";
import { revealInput } from "@/lib/validation/customer-reveal";
import { mergeInput } from "@/lib/validation/merge";
import { requestClientIp } from "@/lib/auth/client-ip";

export const createCustomerAction = action({
  input: customerCreateInput,
  messages: "customerForm",
  permission: "customer.create",
  fromForm: customerFormValues,
  run: (actor, { orgUnitId, confirmDuplicate, ...customer }) =>
    createCustomer(actor, customer, { orgUnitId, confirmDuplicate }),
  revalidate: () => ["/customers"],
  redirect: (_input, data) => `/customers/${data.id}`,
});

export const updateCustomerAction = action({
  input: customerUpdateInput,
  messages: "customerForm",
  permission: "customer.update",
  fromForm: customerFormValues,
  run: (actor, { id, version, confirmDuplicate, ...customer }) =>
    updateCustomer(actor, id, version, customer, { confirmDuplicate }),
  revalidate: (input) => ["/customers", `/customers/${input.id}`],
  redirect: (input) => `/customers/${input.id}`,
});

export const mergeCustomersAction = action({
  input: mergeInput,
  messages: "customerMerge",
  permission: "customer.merge",
  run: mergeCustomers,
  revalidate: () => ["/customers"],
  redirect: (input) => `/customers/${input.targetId}`,
});

/** Called with a plain object ({ customerId, field }); every reveal is audited (who, when, which field). */
export const revealFieldAction = action({
  input: revealInput,
  messages: "customer360.reveal",
  permission: "customer.reveal",
  run: async (actor, input) =>
    revealCustomerField(actor, input.customerId, input.field, { ip: await requestClientIp() }),
});
