-- DropIndex
DROP INDEX "Customer_vipTier_idx";

-- CreateIndex
CREATE INDEX "Customer_vipTier_annualPremium_idx" ON "Customer"("vipTier", "annualPremium");

-- CreateIndex
CREATE INDEX "Customer_name_idx" ON "Customer"("name");

-- CreateIndex
CREATE INDEX "Customer_createdAt_idx" ON "Customer"("createdAt");

-- CreateIndex
-- CreateIndex (edited: NULLS LAST, so one index serves "most recent first" with customers who never
-- bought at the end, and its reverse; Prisma's schema language cannot state the NULLS order)
CREATE INDEX "Customer_lastPurchaseAt_idx" ON "Customer"("lastPurchaseAt" DESC NULLS LAST);
