-- Issue 12 (items 1, 2): search rate limits counted in PostgreSQL, so they hold across app instances.
-- One row per key ("search:<user id>", …) and fixed window; lib/data/request-counter.ts increments
-- with INSERT … ON CONFLICT … RETURNING and prunes windows older than a day.
-- CreateTable
CREATE TABLE "RequestCounter" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RequestCounter_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "RequestCounter_windowStart_idx" ON "RequestCounter"("windowStart");
