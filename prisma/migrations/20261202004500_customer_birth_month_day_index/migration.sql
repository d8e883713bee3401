-- Issue 4 (care lists): birthdays in a date range are found by month and day, whatever the year.
-- An expression index on month*100+day serves `… = ANY(<keys of the range>)` (lib/data/care.ts).
-- Prisma's schema language cannot state an expression index, so it does not appear in the schema
-- (and `migrate diff` leaves it alone).
CREATE INDEX "Customer_birthMonthDay_idx" ON "Customer"
  (((EXTRACT(MONTH FROM "birthDate") * 100 + EXTRACT(DAY FROM "birthDate"))::int))
  WHERE "birthDate" IS NOT NULL AND "mergedIntoId" IS NULL;
