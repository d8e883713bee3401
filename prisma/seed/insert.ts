// Writes generated rows with Prisma createMany, table by table in foreign-key order, in chunks
// that stay under PostgreSQL's bind-parameter limit.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ArraySink, TableName, TableRows } from "../fake/tables";

type Inserters = { [T in TableName]: (db: PrismaClient, data: TableRows[T][]) => Promise<unknown> };

const INSERT: Inserters = {
  OrgUnit: (db, data) => db.orgUnit.createMany({ data }),
  User: (db, data) => db.user.createMany({ data }),
  Setting: (db, data) => db.setting.createMany({ data }),
  Holiday: (db, data) => db.holiday.createMany({ data }),
  KpiTarget: (db, data) => db.kpiTarget.createMany({ data }),
  Tag: (db, data) => db.tag.createMany({ data }),
  ClassificationField: (db, data) => db.classificationField.createMany({ data }),
  SurveyTemplate: (db, data) => db.surveyTemplate.createMany({ data }),
  SurveyQuestion: (db, data) => db.surveyQuestion.createMany({ data }),
  Customer: (db, data) => db.customer.createMany({ data }),
  FamilyMember: (db, data) => db.familyMember.createMany({ data }),
  CorporateProfile: (db, data) => db.corporateProfile.createMany({ data }),
  CustomerTag: (db, data) => db.customerTag.createMany({ data }),
  CustomerFieldValue: (db, data) => db.customerFieldValue.createMany({ data }),
  Policy: (db, data) => db.policy.createMany({ data }),
  PolicyInsured: (db, data) => db.policyInsured.createMany({ data }),
  RenewalFollowUp: (db, data) => db.renewalFollowUp.createMany({ data }),
  Claim: (db, data) => db.claim.createMany({ data }),
  ClaimStep: (db, data) => db.claimStep.createMany({ data }),
  Complaint: (db, data) => db.complaint.createMany({ data }),
  ComplaintEvent: (db, data) => db.complaintEvent.createMany({ data }),
  CorrectiveAction: (db, data) => db.correctiveAction.createMany({ data }),
  Visit: (db, data) => db.visit.createMany({ data }),
  Survey: (db, data) => db.survey.createMany({ data }),
  SurveyResponse: (db, data) => db.surveyResponse.createMany({ data }),
  Task: (db, data) => db.task.createMany({ data }),
  Communication: (db, data) => db.communication.createMany({ data }),
  BlacklistEntry: (db, data) => db.blacklistEntry.createMany({ data }),
  ResourceAllocation: (db, data) => db.resourceAllocation.createMany({ data }),
  Notification: (db, data) => db.notification.createMany({ data }),
  AuditLog: (db, data) => db.auditLog.createMany({ data }),
};

/** Rows per INSERT: the widest table (Customer, ~60 columns) stays well under 32,767 parameters. */
const CHUNK = 400;

export async function insertTable<T extends TableName>(
  db: PrismaClient,
  table: T,
  rows: TableRows[T][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await INSERT[table](db, rows.slice(i, i + CHUNK));
}

export async function insertAll(db: PrismaClient, sink: ArraySink, order: readonly TableName[]): Promise<void> {
  for (const table of order) await insertTable(db, table, sink.list(table));
}
