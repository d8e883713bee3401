-- Trigram search on names, phones, ID numbers, policy numbers and plates (§2 one search box).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "OrgLevel" AS ENUM ('HEAD', 'PROVINCE', 'CITY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('AGENT', 'SERVICE', 'SERVICE_LEAD', 'MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('INDIVIDUAL', 'BANCASSURANCE', 'GROUP', 'TELEMARKETING');

-- CreateEnum
CREATE TYPE "KpiMetric" AS ENUM ('INSURED_CUSTOMERS', 'INSURED_GROWTH_RATE', 'REPEAT_PURCHASE_RATE', 'RENEWAL_RATE', 'RETENTION_RATE', 'CHURN_RATE', 'VISIT_COMPLETION_RATE', 'VISIT_ON_TIME_RATE', 'CSAT', 'NPS', 'COMPLAINT_SLA_48H', 'COMPLAINT_SLA_72H', 'AVG_CLAIM_DAYS', 'PREMIUM');

-- CreateEnum
CREATE TYPE "CustomerKind" AS ENUM ('INDIVIDUAL', 'CORPORATE', 'GROUP', 'HIGH_NET_WORTH');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "MaritalStatus" AS ENUM ('SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED');

-- CreateEnum
CREATE TYPE "ProspectSource" AS ENUM ('APPOINTMENT', 'SERVICE_EVENT', 'REFERRAL');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('ACTIVE', 'SEMI_DORMANT', 'DORMANT');

-- CreateEnum
CREATE TYPE "Touchpoint" AS ENUM ('MATURITY', 'LAPSED', 'CLAIM', 'APPOINTMENT');

-- CreateEnum
CREATE TYPE "LifecycleStage" AS ENUM ('POTENTIAL', 'TARGET', 'PROSPECT', 'CLOSED', 'LOYAL', 'CHURNED');

-- CreateEnum
CREATE TYPE "VipTier" AS ENUM ('NONE', 'GOLD', 'PLATINUM', 'DIAMOND', 'SUPREME');

-- CreateEnum
CREATE TYPE "SatLoyaltyQuadrant" AS ENUM ('HIGH_SAT_LOW_LOYALTY', 'HIGH_SAT_HIGH_LOYALTY', 'LOW_SAT_LOW_LOYALTY', 'LOW_SAT_HIGH_LOYALTY');

-- CreateEnum
CREATE TYPE "AbilityWillQuadrant" AS ENUM ('DEVELOP', 'MAINTAIN', 'CULTIVATE', 'PAMPER');

-- CreateEnum
CREATE TYPE "FieldType" AS ENUM ('TEXT', 'NUMBER', 'BOOLEAN', 'SELECT', 'DATE');

-- CreateEnum
CREATE TYPE "CommunicationType" AS ENUM ('CALL', 'SMS', 'WECHAT', 'EMAIL', 'MEETING', 'LETTER');

-- CreateEnum
CREATE TYPE "AllocationReason" AS ENUM ('ORPHAN', 'PROSPECT', 'DORMANT', 'LAPSED', 'REBALANCE');

-- CreateEnum
CREATE TYPE "ProductLine" AS ENUM ('AUTO', 'LIFE', 'HEALTH', 'ACCIDENT', 'PARTICIPATING', 'ANNUITY', 'EDUCATION', 'PROPERTY');

-- CreateEnum
CREATE TYPE "PaymentFrequency" AS ENUM ('SINGLE', 'ANNUAL', 'SEMI_ANNUAL', 'QUARTERLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('IN_FORCE', 'MATURED', 'LAPSED', 'SURRENDERED');

-- CreateEnum
CREATE TYPE "RenewalOutcome" AS ENUM ('WILL_RENEW', 'WONT_RENEW', 'CONSIDERING');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('REPORTED', 'DOCUMENTS', 'ASSESSING', 'APPROVED', 'PAID', 'REJECTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ComplaintChannel" AS ENUM ('HOTLINE', 'COUNTER', 'ONLINE', 'SOCIAL_MEDIA', 'REGULATOR');

-- CreateEnum
CREATE TYPE "ComplaintCategory" AS ENUM ('SALES_MISLEADING', 'CLAIM_DISPUTE', 'SERVICE_ATTITUDE', 'POLICY_ADMIN', 'PREMIUM_BILLING', 'PRODUCT_TERMS', 'OTHER');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('RECEIVED', 'VERIFIED', 'REGISTERED', 'TRANSFERRED', 'COORDINATED', 'HANDLED', 'FEEDBACK_GIVEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ComplaintEventType" AS ENUM ('RECEIVE', 'VERIFY', 'REGISTER', 'TRANSFER', 'COORDINATE', 'HANDLE', 'FEEDBACK', 'CLOSE', 'REOPEN', 'ESCALATE', 'ASSIGN', 'COMMENT');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VisitMethod" AS ENUM ('PHONE', 'ON_SITE', 'WECHAT', 'SMS', 'VIDEO');

-- CreateEnum
CREATE TYPE "VisitReason" AS ENUM ('NEW_CUSTOMER', 'PRE_EXPIRY', 'HOLIDAY', 'FOLLOW_UP', 'MANUAL');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SurveyMethod" AS ENUM ('QUESTIONNAIRE', 'PHONE', 'ON_SITE', 'ONLINE');

-- CreateEnum
CREATE TYPE "SurveyTrigger" AS ENUM ('CLAIM_CLOSED', 'COMPLAINT_CLOSED', 'NEW_PURCHASE', 'PERIODIC', 'MANUAL');

-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('PENDING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('SCALE_5', 'NPS_10', 'CHOICE', 'TEXT');

-- CreateEnum
CREATE TYPE "SatisfactionDimension" AS ENUM ('CONCEPT', 'BEHAVIOUR', 'SERVICE', 'PRODUCT', 'CLAIM', 'OVERALL');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('LOW_SCORE_FOLLOW_UP', 'CLAIM_FEEDBACK', 'REALLOCATION', 'GENERAL');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "parentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "channel" "Channel",
    "orgUnitId" UUID NOT NULL,
    "leadId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMPTZ(3),
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "isWorkday" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "metric" "KpiMetric" NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "value" DECIMAL(16,4) NOT NULL,
    "note" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" UUID NOT NULL,
    "customerNo" TEXT NOT NULL,
    "kind" "CustomerKind" NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender",
    "birthDate" DATE,
    "nativePlace" TEXT,
    "maritalStatus" "MaritalStatus",
    "education" TEXT,
    "idNumber" TEXT,
    "mobile" TEXT,
    "employer" TEXT,
    "department" TEXT,
    "workAddress" TEXT,
    "position" TEXT,
    "workPhone" TEXT,
    "occupationType" TEXT,
    "email" TEXT,
    "fax" TEXT,
    "homePhone" TEXT,
    "homeAddress" TEXT,
    "lifeSituation" TEXT,
    "employerId" UUID,
    "orgUnitId" UUID NOT NULL,
    "agentId" UUID,
    "prospectSource" "ProspectSource",
    "isInsured" BOOLEAN NOT NULL DEFAULT false,
    "channel" "Channel",
    "isOrphan" BOOLEAN NOT NULL DEFAULT false,
    "contactable" BOOLEAN NOT NULL DEFAULT true,
    "activity" "ActivityStatus",
    "touchpoints" "Touchpoint"[] DEFAULT ARRAY[]::"Touchpoint"[],
    "lifecycleStage" "LifecycleStage" NOT NULL DEFAULT 'POTENTIAL',
    "vipTier" "VipTier" NOT NULL DEFAULT 'NONE',
    "annualPremium" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "firstPurchaseAt" DATE,
    "lastPurchaseAt" DATE,
    "satisfactionScore" INTEGER,
    "loyaltyScore" INTEGER,
    "satLoyalty" "SatLoyaltyQuadrant",
    "abilityScore" INTEGER,
    "willingnessScore" INTEGER,
    "abilityWill" "AbilityWillQuadrant",
    "clusterId" INTEGER,
    "churnRiskScore" INTEGER,
    "churnReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "claimsLast12m" INTEGER NOT NULL DEFAULT 0,
    "totalPremiumPaid" DECIMAL(16,2) NOT NULL DEFAULT 0,
    "totalClaimsPaid" DECIMAL(16,2) NOT NULL DEFAULT 0,
    "isClubMember" BOOLEAN NOT NULL DEFAULT false,
    "blacklisted" BOOLEAN NOT NULL DEFAULT false,
    "lastContactAt" TIMESTAMPTZ(3),
    "classifiedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "mergedIntoId" UUID,
    "anonymizedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyMember" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "relation" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender",
    "birthDate" DATE,
    "occupation" TEXT,
    "phone" TEXT,

    CONSTRAINT "FamilyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorporateProfile" (
    "customerId" UUID NOT NULL,
    "unifiedCreditCode" TEXT,
    "legalRepresentative" TEXT,
    "industry" TEXT,
    "registeredCapital" DECIMAL(16,2),
    "employeeCount" INTEGER,
    "contactPerson" TEXT,
    "contactPhone" TEXT,

    CONSTRAINT "CorporateProfile_pkey" PRIMARY KEY ("customerId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "color" TEXT NOT NULL DEFAULT 'slate',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerTag" (
    "customerId" UUID NOT NULL,
    "tagId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerTag_pkey" PRIMARY KEY ("customerId","tagId")
);

-- CreateTable
CREATE TABLE "ClassificationField" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelEn" TEXT,
    "type" "FieldType" NOT NULL,
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassificationField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerFieldValue" (
    "customerId" UUID NOT NULL,
    "fieldId" UUID NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "CustomerFieldValue_pkey" PRIMARY KEY ("customerId","fieldId")
);

-- CreateTable
CREATE TABLE "Communication" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "type" "CommunicationType" NOT NULL,
    "inbound" BOOLEAN NOT NULL DEFAULT false,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "byId" UUID,
    "channel" "Channel",
    "summary" TEXT NOT NULL,

    CONSTRAINT "Communication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlacklistEntry" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "approvedById" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "liftedAt" TIMESTAMPTZ(3),
    "liftReason" TEXT,

    CONSTRAINT "BlacklistEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceAllocation" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "fromAgentId" UUID,
    "toAgentId" UUID NOT NULL,
    "toChannel" "Channel" NOT NULL,
    "fromChannel" "Channel",
    "crossChannel" BOOLEAN NOT NULL DEFAULT false,
    "reason" "AllocationReason" NOT NULL,
    "note" TEXT,
    "byId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" UUID NOT NULL,
    "policyNo" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "productLine" "ProductLine" NOT NULL,
    "productName" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "agentOfRecordId" UUID,
    "servicingAgentId" UUID,
    "annualPremium" DECIMAL(14,2) NOT NULL,
    "sumInsured" DECIMAL(16,2),
    "paymentFrequency" "PaymentFrequency" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "PolicyStatus" NOT NULL DEFAULT 'IN_FORCE',
    "vehiclePlate" TEXT,
    "renewalOutcome" "RenewalOutcome",
    "renewalOutcomeAt" TIMESTAMPTZ(3),
    "renewalNextContactAt" DATE,
    "renewedFromId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyInsured" (
    "id" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "customerId" UUID,
    "name" TEXT NOT NULL,
    "relation" TEXT NOT NULL,

    CONSTRAINT "PolicyInsured_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenewalFollowUp" (
    "id" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "outcome" "RenewalOutcome" NOT NULL,
    "note" TEXT,
    "nextContactAt" DATE,
    "byId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenewalFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "claimNo" TEXT NOT NULL,
    "policyId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "incidentDate" DATE NOT NULL,
    "reportedAt" TIMESTAMPTZ(3) NOT NULL,
    "amountClaimed" DECIMAL(14,2) NOT NULL,
    "amountPaid" DECIMAL(14,2),
    "status" "ClaimStatus" NOT NULL DEFAULT 'REPORTED',
    "handlerId" UUID,
    "greenChannel" BOOLEAN NOT NULL DEFAULT false,
    "closedAt" TIMESTAMPTZ(3),
    "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "feedbackScore" INTEGER,
    "feedbackNote" TEXT,
    "description" TEXT,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimStep" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "byId" UUID,
    "note" TEXT,

    CONSTRAINT "ClaimStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" UUID NOT NULL,
    "complaintNo" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "policyId" UUID,
    "claimId" UUID,
    "channel" "ComplaintChannel" NOT NULL,
    "category" "ComplaintCategory" NOT NULL,
    "severity" "Severity" NOT NULL DEFAULT 'MEDIUM',
    "productLine" "ProductLine",
    "description" TEXT NOT NULL,
    "customerRequest" TEXT,
    "rootCause" TEXT,
    "resolution" TEXT,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'RECEIVED',
    "orgUnitId" UUID NOT NULL,
    "ownerId" UUID,
    "registeredById" UUID NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "responseDueAt" TIMESTAMPTZ(3) NOT NULL,
    "resolutionDueAt" TIMESTAMPTZ(3) NOT NULL,
    "firstResponseAt" TIMESTAMPTZ(3),
    "resolvedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "responseBreached" BOOLEAN NOT NULL DEFAULT false,
    "resolutionBreached" BOOLEAN NOT NULL DEFAULT false,
    "escalationLevel" "OrgLevel",
    "escalatedToId" UUID,
    "escalatedAt" TIMESTAMPTZ(3),
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" UUID NOT NULL,
    "complaintId" UUID NOT NULL,
    "type" "ComplaintEventType" NOT NULL,
    "fromStatus" "ComplaintStatus",
    "toStatus" "ComplaintStatus",
    "at" TIMESTAMPTZ(3) NOT NULL,
    "byId" UUID,
    "note" TEXT,
    "data" JSONB,

    CONSTRAINT "ComplaintEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorrectiveAction" (
    "id" UUID NOT NULL,
    "complaintId" UUID,
    "month" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "orgUnitId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorrectiveAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "policyId" UUID,
    "reason" "VisitReason" NOT NULL,
    "suggestedMethod" "VisitMethod" NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "VisitStatus" NOT NULL DEFAULT 'PLANNED',
    "assigneeId" UUID,
    "planKey" TEXT,
    "doneAt" TIMESTAMPTZ(3),
    "doneById" UUID,
    "method" "VisitMethod",
    "productUsage" TEXT,
    "claimSatisfaction" INTEGER,
    "overallEvaluation" INTEGER,
    "notes" TEXT,
    "nextStep" TEXT,
    "nextStepAt" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyTemplate" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "trigger" "SurveyTrigger",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "textEn" TEXT,
    "type" "QuestionType" NOT NULL,
    "dimension" "SatisfactionDimension" NOT NULL,
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "trigger" "SurveyTrigger" NOT NULL,
    "method" "SurveyMethod",
    "status" "SurveyStatus" NOT NULL DEFAULT 'PENDING',
    "triggerKey" TEXT,
    "claimId" UUID,
    "complaintId" UUID,
    "policyId" UUID,
    "channel" "Channel",
    "agentId" UUID,
    "productLine" "ProductLine",
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "completedAt" TIMESTAMPTZ(3),
    "conductedById" UUID,
    "csat" DECIMAL(5,2),
    "npsScore" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "score" INTEGER,
    "choice" TEXT,
    "text" TEXT,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "kind" "TaskKind" NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "customerId" UUID,
    "orgUnitId" UUID NOT NULL,
    "assigneeId" UUID,
    "surveyId" UUID,
    "visitId" UUID,
    "dueAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_code_key" ON "OrgUnit"("code");

-- CreateIndex
CREATE INDEX "OrgUnit_parentId_idx" ON "OrgUnit"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_orgUnitId_role_idx" ON "User"("orgUnitId", "role");

-- CreateIndex
CREATE INDEX "User_leadId_idx" ON "User"("leadId");

-- CreateIndex
CREATE INDEX "LoginAttempt_username_at_idx" ON "LoginAttempt"("username", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "KpiTarget_year_metric_orgUnitId_key" ON "KpiTarget"("year", "metric", "orgUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_customerNo_key" ON "Customer"("customerNo");

-- CreateIndex
CREATE INDEX "Customer_orgUnitId_agentId_idx" ON "Customer"("orgUnitId", "agentId");

-- CreateIndex
CREATE INDEX "Customer_agentId_idx" ON "Customer"("agentId");

-- CreateIndex
CREATE INDEX "Customer_idNumber_idx" ON "Customer"("idNumber");

-- CreateIndex
CREATE INDEX "Customer_mobile_idx" ON "Customer"("mobile");

-- CreateIndex
CREATE INDEX "Customer_kind_idx" ON "Customer"("kind");

-- CreateIndex
CREATE INDEX "Customer_vipTier_idx" ON "Customer"("vipTier");

-- CreateIndex
CREATE INDEX "Customer_activity_vipTier_channel_idx" ON "Customer"("activity", "vipTier", "channel");

-- CreateIndex
CREATE INDEX "Customer_channel_idx" ON "Customer"("channel");

-- CreateIndex
CREATE INDEX "Customer_isOrphan_idx" ON "Customer"("isOrphan");

-- CreateIndex
CREATE INDEX "Customer_lifecycleStage_idx" ON "Customer"("lifecycleStage");

-- CreateIndex
CREATE INDEX "Customer_satLoyalty_idx" ON "Customer"("satLoyalty");

-- CreateIndex
CREATE INDEX "Customer_abilityWill_idx" ON "Customer"("abilityWill");

-- CreateIndex
CREATE INDEX "Customer_employerId_idx" ON "Customer"("employerId");

-- CreateIndex
CREATE INDEX "Customer_mergedIntoId_idx" ON "Customer"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Customer_birthDate_idx" ON "Customer"("birthDate");

-- CreateIndex
CREATE INDEX "Customer_touchpoints_idx" ON "Customer" USING GIN ("touchpoints");

-- CreateIndex
CREATE INDEX "Customer_name_trgm_idx" ON "Customer" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_mobile_trgm_idx" ON "Customer" USING GIN ("mobile" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_idNumber_trgm_idx" ON "Customer" USING GIN ("idNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "FamilyMember_customerId_idx" ON "FamilyMember"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "CorporateProfile_unifiedCreditCode_key" ON "CorporateProfile"("unifiedCreditCode");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE INDEX "CustomerTag_tagId_idx" ON "CustomerTag"("tagId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassificationField_key_key" ON "ClassificationField"("key");

-- CreateIndex
CREATE INDEX "CustomerFieldValue_fieldId_value_idx" ON "CustomerFieldValue"("fieldId", "value");

-- CreateIndex
CREATE INDEX "Communication_customerId_at_idx" ON "Communication"("customerId", "at");

-- CreateIndex
CREATE INDEX "Communication_byId_at_idx" ON "Communication"("byId", "at");

-- CreateIndex
CREATE INDEX "BlacklistEntry_customerId_liftedAt_idx" ON "BlacklistEntry"("customerId", "liftedAt");

-- CreateIndex
CREATE INDEX "ResourceAllocation_customerId_at_idx" ON "ResourceAllocation"("customerId", "at");

-- CreateIndex
CREATE INDEX "ResourceAllocation_toAgentId_at_idx" ON "ResourceAllocation"("toAgentId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_policyNo_key" ON "Policy"("policyNo");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_renewedFromId_key" ON "Policy"("renewedFromId");

-- CreateIndex
CREATE INDEX "Policy_customerId_idx" ON "Policy"("customerId");

-- CreateIndex
CREATE INDEX "Policy_servicingAgentId_endDate_idx" ON "Policy"("servicingAgentId", "endDate");

-- CreateIndex
CREATE INDEX "Policy_endDate_status_idx" ON "Policy"("endDate", "status");

-- CreateIndex
CREATE INDEX "Policy_channel_endDate_idx" ON "Policy"("channel", "endDate");

-- CreateIndex
CREATE INDEX "Policy_orgUnitId_endDate_idx" ON "Policy"("orgUnitId", "endDate");

-- CreateIndex
CREATE INDEX "Policy_startDate_idx" ON "Policy"("startDate");

-- CreateIndex
CREATE INDEX "Policy_vehiclePlate_idx" ON "Policy"("vehiclePlate");

-- CreateIndex
CREATE INDEX "Policy_policyNo_trgm_idx" ON "Policy" USING GIN ("policyNo" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Policy_vehiclePlate_trgm_idx" ON "Policy" USING GIN ("vehiclePlate" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PolicyInsured_policyId_idx" ON "PolicyInsured"("policyId");

-- CreateIndex
CREATE INDEX "PolicyInsured_customerId_idx" ON "PolicyInsured"("customerId");

-- CreateIndex
CREATE INDEX "RenewalFollowUp_policyId_at_idx" ON "RenewalFollowUp"("policyId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_claimNo_key" ON "Claim"("claimNo");

-- CreateIndex
CREATE INDEX "Claim_customerId_idx" ON "Claim"("customerId");

-- CreateIndex
CREATE INDEX "Claim_policyId_idx" ON "Claim"("policyId");

-- CreateIndex
CREATE INDEX "Claim_status_greenChannel_reportedAt_idx" ON "Claim"("status", "greenChannel", "reportedAt");

-- CreateIndex
CREATE INDEX "Claim_handlerId_status_idx" ON "Claim"("handlerId", "status");

-- CreateIndex
CREATE INDEX "Claim_reportedAt_idx" ON "Claim"("reportedAt");

-- CreateIndex
CREATE INDEX "Claim_statusChangedAt_idx" ON "Claim"("statusChangedAt");

-- CreateIndex
CREATE INDEX "ClaimStep_claimId_at_idx" ON "ClaimStep"("claimId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_complaintNo_key" ON "Complaint"("complaintNo");

-- CreateIndex
CREATE INDEX "Complaint_status_resolutionDueAt_idx" ON "Complaint"("status", "resolutionDueAt");

-- CreateIndex
CREATE INDEX "Complaint_orgUnitId_receivedAt_idx" ON "Complaint"("orgUnitId", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_customerId_category_status_idx" ON "Complaint"("customerId", "category", "status");

-- CreateIndex
CREATE INDEX "Complaint_ownerId_status_idx" ON "Complaint"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");

-- CreateIndex
CREATE INDEX "ComplaintEvent_complaintId_at_idx" ON "ComplaintEvent"("complaintId", "at");

-- CreateIndex
CREATE INDEX "CorrectiveAction_ownerId_status_idx" ON "CorrectiveAction"("ownerId", "status");

-- CreateIndex
CREATE INDEX "CorrectiveAction_orgUnitId_status_dueDate_idx" ON "CorrectiveAction"("orgUnitId", "status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_planKey_key" ON "Visit"("planKey");

-- CreateIndex
CREATE INDEX "Visit_assigneeId_status_dueDate_idx" ON "Visit"("assigneeId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Visit_customerId_dueDate_idx" ON "Visit"("customerId", "dueDate");

-- CreateIndex
CREATE INDEX "Visit_status_dueDate_idx" ON "Visit"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Visit_doneAt_idx" ON "Visit"("doneAt");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_templateId_position_key" ON "SurveyQuestion"("templateId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_triggerKey_key" ON "Survey"("triggerKey");

-- CreateIndex
CREATE INDEX "Survey_customerId_idx" ON "Survey"("customerId");

-- CreateIndex
CREATE INDEX "Survey_status_dueAt_idx" ON "Survey"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Survey_completedAt_channel_idx" ON "Survey"("completedAt", "channel");

-- CreateIndex
CREATE INDEX "Survey_agentId_completedAt_idx" ON "Survey"("agentId", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_surveyId_questionId_key" ON "SurveyResponse"("surveyId", "questionId");

-- CreateIndex
CREATE INDEX "Task_orgUnitId_status_dueAt_idx" ON "Task"("orgUnitId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_assigneeId_status_idx" ON "Task"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Task_customerId_idx" ON "Task"("customerId");

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyMember" ADD CONSTRAINT "FamilyMember_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorporateProfile" ADD CONSTRAINT "CorporateProfile_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerTag" ADD CONSTRAINT "CustomerTag_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerTag" ADD CONSTRAINT "CustomerTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerFieldValue" ADD CONSTRAINT "CustomerFieldValue_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerFieldValue" ADD CONSTRAINT "CustomerFieldValue_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "ClassificationField"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlacklistEntry" ADD CONSTRAINT "BlacklistEntry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlacklistEntry" ADD CONSTRAINT "BlacklistEntry_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlacklistEntry" ADD CONSTRAINT "BlacklistEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceAllocation" ADD CONSTRAINT "ResourceAllocation_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceAllocation" ADD CONSTRAINT "ResourceAllocation_fromAgentId_fkey" FOREIGN KEY ("fromAgentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceAllocation" ADD CONSTRAINT "ResourceAllocation_toAgentId_fkey" FOREIGN KEY ("toAgentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceAllocation" ADD CONSTRAINT "ResourceAllocation_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_agentOfRecordId_fkey" FOREIGN KEY ("agentOfRecordId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_servicingAgentId_fkey" FOREIGN KEY ("servicingAgentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_renewedFromId_fkey" FOREIGN KEY ("renewedFromId") REFERENCES "Policy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyInsured" ADD CONSTRAINT "PolicyInsured_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyInsured" ADD CONSTRAINT "PolicyInsured_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenewalFollowUp" ADD CONSTRAINT "RenewalFollowUp_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenewalFollowUp" ADD CONSTRAINT "RenewalFollowUp_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_handlerId_fkey" FOREIGN KEY ("handlerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimStep" ADD CONSTRAINT "ClaimStep_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimStep" ADD CONSTRAINT "ClaimStep_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_escalatedToId_fkey" FOREIGN KEY ("escalatedToId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveAction" ADD CONSTRAINT "CorrectiveAction_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveAction" ADD CONSTRAINT "CorrectiveAction_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveAction" ADD CONSTRAINT "CorrectiveAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveAction" ADD CONSTRAINT "CorrectiveAction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "SurveyTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "SurveyTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_conductedById_fkey" FOREIGN KEY ("conductedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log is append-only (§11): changes and deletions are refused by the database itself.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
