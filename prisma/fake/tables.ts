// The rows the fakers produce, typed by Prisma's createMany inputs so the seed (createMany) and the
// large generator (COPY) write exactly the same shapes. Rows always carry their own id and
// updatedAt: COPY bypasses Prisma, which would otherwise fill them in.
import type { Prisma } from "@/lib/generated/prisma/client";

export interface TableRows {
  OrgUnit: Prisma.OrgUnitCreateManyInput;
  User: Prisma.UserCreateManyInput;
  Setting: Prisma.SettingCreateManyInput;
  Holiday: Prisma.HolidayCreateManyInput;
  KpiTarget: Prisma.KpiTargetCreateManyInput;
  Tag: Prisma.TagCreateManyInput;
  ClassificationField: Prisma.ClassificationFieldCreateManyInput;
  SurveyTemplate: Prisma.SurveyTemplateCreateManyInput;
  SurveyQuestion: Prisma.SurveyQuestionCreateManyInput;
  Customer: Prisma.CustomerCreateManyInput;
  FamilyMember: Prisma.FamilyMemberCreateManyInput;
  CorporateProfile: Prisma.CorporateProfileCreateManyInput;
  CustomerTag: Prisma.CustomerTagCreateManyInput;
  CustomerFieldValue: Prisma.CustomerFieldValueCreateManyInput;
  Policy: Prisma.PolicyCreateManyInput;
  PolicyInsured: Prisma.PolicyInsuredCreateManyInput;
  RenewalFollowUp: Prisma.RenewalFollowUpCreateManyInput;
  Claim: Prisma.ClaimCreateManyInput;
  ClaimStep: Prisma.ClaimStepCreateManyInput;
  Complaint: Prisma.ComplaintCreateManyInput;
  ComplaintEvent: Prisma.ComplaintEventCreateManyInput;
  CorrectiveAction: Prisma.CorrectiveActionCreateManyInput;
  Visit: Prisma.VisitCreateManyInput;
  Survey: Prisma.SurveyCreateManyInput;
  SurveyResponse: Prisma.SurveyResponseCreateManyInput;
  Task: Prisma.TaskCreateManyInput;
  Communication: Prisma.CommunicationCreateManyInput;
  BlacklistEntry: Prisma.BlacklistEntryCreateManyInput;
  ResourceAllocation: Prisma.ResourceAllocationCreateManyInput;
  Notification: Prisma.NotificationCreateManyInput;
  AuditLog: Prisma.AuditLogCreateManyInput;
}

export type TableName = keyof TableRows;

/** Where generated rows go: arrays for the seed, COPY buffers for the large generator. */
export interface RowSink {
  add<T extends TableName>(table: T, row: TableRows[T]): void;
}

/** Tables filled per customer (bulk), in an order that satisfies every foreign key. */
export const CUSTOMER_TABLES = [
  "Customer",
  "FamilyMember",
  "CorporateProfile",
  "CustomerTag",
  "CustomerFieldValue",
  "Policy",
  "PolicyInsured",
  "RenewalFollowUp",
  "Claim",
  "ClaimStep",
  "Complaint",
  "ComplaintEvent",
  "CorrectiveAction",
  "Visit",
  "Survey",
  "SurveyResponse",
  "Task",
  "Communication",
  "BlacklistEntry",
  "ResourceAllocation",
] as const satisfies readonly TableName[];

export type CustomerTable = (typeof CUSTOMER_TABLES)[number];

/** Reference tables (org, users, configuration), in foreign-key order. */
export const REFERENCE_TABLES = [
  "OrgUnit",
  "User",
  "Setting",
  "Holiday",
  "KpiTarget",
  "Tag",
  "ClassificationField",
  "SurveyTemplate",
  "SurveyQuestion",
] as const satisfies readonly TableName[];

/** Collects rows per table in memory (the seed's sink). */
export class ArraySink implements RowSink {
  readonly rows: { [T in TableName]?: TableRows[T][] } = {};

  add<T extends TableName>(table: T, row: TableRows[T]): void {
    const list = (this.rows[table] ??= []) as TableRows[T][];
    list.push(row);
  }

  list<T extends TableName>(table: T): TableRows[T][] {
    return (this.rows[table] ?? []) as TableRows[T][];
  }
}
