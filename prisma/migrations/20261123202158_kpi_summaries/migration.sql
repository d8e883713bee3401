-- Issue 6: KPI summary tables for the management cockpit, as materialized views refreshed by the
-- `npm run kpi:refresh` job (REFRESH … CONCURRENTLY, so the cockpit keeps reading while it runs).
-- Created WITH NO DATA: until the job has run once the cockpit computes everything live.
-- They hold the same counts as the live SQL in lib/data/kpi/facts.ts, pre-aggregated by month (or, for
-- the customer KPIs, by standard month/quarter/year period) × org unit × agent × channel. Prisma does
-- not manage materialized views, so they do not appear in the schema.

-- The reporting window: months from January of (this year − 8) to the current month (Asia/Shanghai).
-- The current month's boundary is the refresh day.
CREATE MATERIALIZED VIEW kpi_refresh_meta AS
SELECT 1 AS id,
       now() AS refreshed_at,
       (now() AT TIME ZONE 'Asia/Shanghai')::date AS as_of,
       make_date(extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int - 8, 1, 1) AS base
WITH NO DATA;
CREATE UNIQUE INDEX kpi_refresh_meta_id ON kpi_refresh_meta (id);

-- One row per customer: bit i of `ins` = insured on the boundary of month i (its last day, or the
-- refresh day for the current month); bit i of `buy` = a new (non-renewal) policy started in month i.
CREATE MATERIALIZED VIEW kpi_customer_bits AS
WITH w AS (
  SELECT as_of, base,
         ((extract(year FROM as_of) - extract(year FROM base)) * 12 + extract(month FROM as_of) - 1)::int AS ic
  FROM kpi_refresh_meta
),
pol AS (
  SELECT p."customerId",
         p."startDate", p."endDate", p."renewedFromId",
         p.status NOT IN ('LAPSED', 'SURRENDERED') AS live,
         ((extract(year FROM p."startDate") - extract(year FROM w.base)) * 12 + extract(month FROM p."startDate") - 1)::int AS si,
         ((extract(year FROM p."endDate") - extract(year FROM w.base)) * 12 + extract(month FROM p."endDate") - 1)::int AS ei,
         w.as_of, w.ic
  FROM "Policy" p CROSS JOIN w
  WHERE p."startDate" <= w.as_of AND p."endDate" >= w.base - 1
),
ranges AS (
  SELECT "customerId", live, "renewedFromId", si, ic,
         greatest(si, 0) AS i0,
         CASE WHEN "endDate" >= as_of THEN ic
              ELSE least(ic, ei - CASE WHEN "endDate" = (date_trunc('month', "endDate") + interval '1 month - 1 day')::date THEN 0 ELSE 1 END)
         END AS i1
  FROM pol
)
SELECT c.id AS "customerId", c."orgUnitId", coalesce(c."agentId"::text, '') AS agent, coalesce(c.channel::text, '') AS channel,
       coalesce(bit_or(CASE WHEN r.live AND r.i0 <= r.i1 THEN
         (repeat('0', r.i0) || repeat('1', r.i1 - r.i0 + 1) || repeat('0', 127 - r.i1))::bit(128) END), 0::bit(128)) AS ins,
       coalesce(bit_or(CASE WHEN r."renewedFromId" IS NULL AND r.si >= 0 AND r.si <= r.ic THEN
         (repeat('0', r.si) || '1' || repeat('0', 127 - r.si))::bit(128) END), 0::bit(128)) AS buy
FROM ranges r
JOIN "Customer" c ON c.id = r."customerId" AND c."mergedIntoId" IS NULL
-- Grouping by every column read (not by the key alone) keeps the view independent of Customer_pkey,
-- which the large-data generator drops while it loads.
GROUP BY c.id, c."orgUnitId", c."agentId", c.channel
WITH NO DATA;
CREATE UNIQUE INDEX kpi_customer_bits_pk ON kpi_customer_bits ("customerId");

-- Customer KPIs per standard period: the last 24 months, 8 quarters and 6 years up to the current one
-- (a running period ends on the refresh day); other periods are computed live. opening = insured on the
-- boundary before the period, closing = on its last boundary, retained = both, repeat = opening
-- customers with a new policy in the period. Only customers insured at one of the two ends can count.
CREATE MATERIALIZED VIEW kpi_customer_period AS
WITH w AS (
  SELECT base, ((extract(year FROM as_of) - extract(year FROM base)) * 12 + extract(month FROM as_of) - 1)::int AS ic
  FROM kpi_refresh_meta
),
per AS (
  SELECT 'month' AS kind, to_char(w.base + make_interval(months => i), 'YYYY-MM') AS key, i AS m1, i AS m2
  FROM w, generate_series(greatest(1, w.ic - 23), w.ic) i
  UNION ALL
  SELECT 'quarter', to_char(w.base + make_interval(months => i), 'YYYY') || '-Q' || (i % 12 / 3 + 1), i, least(i + 2, w.ic)
  FROM w, generate_series(greatest(3, w.ic - w.ic % 3 - 21), w.ic, 3) i
  UNION ALL
  SELECT 'year', to_char(w.base + make_interval(months => i), 'YYYY'), i, least(i + 11, w.ic)
  FROM w, generate_series(greatest(12, w.ic - w.ic % 12 - 60), w.ic, 12) i
),
masks AS (
  SELECT kind, key, m1 - 1 AS o, m2 AS e, (repeat('0', m1) || repeat('1', m2 - m1 + 1) || repeat('0', 127 - m2))::bit(128) AS mask
  FROM per
),
t AS (
  SELECT m.kind, m.key, b."orgUnitId", b.agent, b.channel,
         get_bit(b.ins, m.o) = 1 AS at_open, get_bit(b.ins, m.e) = 1 AS at_close, b.buy & m.mask <> 0::bit(128) AS bought
  FROM kpi_customer_bits b CROSS JOIN masks m
)
SELECT kind, key, "orgUnitId", agent, channel,
       count(*) FILTER (WHERE at_open)::int AS opening,
       count(*) FILTER (WHERE at_close)::int AS closing,
       count(*) FILTER (WHERE at_open AND at_close)::int AS retained,
       count(*) FILTER (WHERE at_open AND bought)::int AS repeat
FROM t
WHERE at_open OR at_close
GROUP BY kind, key, "orgUnitId", agent, channel
WITH NO DATA;
CREATE UNIQUE INDEX kpi_customer_period_pk ON kpi_customer_period (kind, key, "orgUnitId", agent, channel);

-- Policy, visit, survey, complaint and claim counts by calendar month (Asia/Shanghai) × unit × agent × channel.
CREATE MATERIALIZED VIEW kpi_month_renewal AS
SELECT date_trunc('month', p."endDate")::date AS month, p."orgUnitId",
       coalesce(p."servicingAgentId"::text, '') AS agent, p.channel::text AS channel,
       count(*)::int AS due, count(n.id)::int AS renewed
FROM "Policy" p LEFT JOIN "Policy" n ON n."renewedFromId" = p.id
GROUP BY 1, 2, 3, 4
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_renewal_pk ON kpi_month_renewal (month, "orgUnitId", agent, channel);

CREATE MATERIALIZED VIEW kpi_month_premium AS
SELECT date_trunc('month', p."startDate")::date AS month, p."orgUnitId",
       coalesce(p."servicingAgentId"::text, '') AS agent, p.channel::text AS channel, p."productLine"::text AS "productLine",
       sum(p."annualPremium")::float8 AS premium, count(*)::int AS policies
FROM "Policy" p
GROUP BY 1, 2, 3, 4, 5
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_premium_pk ON kpi_month_premium (month, "orgUnitId", agent, channel, "productLine");

CREATE MATERIALIZED VIEW kpi_month_visit AS
SELECT date_trunc('month', v."dueDate")::date AS month, c."orgUnitId",
       coalesce(v."assigneeId"::text, '') AS agent, coalesce(c.channel::text, '') AS channel,
       count(*)::int AS due,
       count(*) FILTER (WHERE v.status = 'DONE')::int AS done,
       count(*) FILTER (WHERE v.status = 'DONE' AND (v."doneAt" AT TIME ZONE 'Asia/Shanghai')::date <= v."dueDate")::int AS "onTime"
FROM "Visit" v JOIN "Customer" c ON c.id = v."customerId"
WHERE v.status <> 'CANCELLED'
GROUP BY 1, 2, 3, 4
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_visit_pk ON kpi_month_visit (month, "orgUnitId", agent, channel);

CREATE MATERIALIZED VIEW kpi_month_survey AS
SELECT date_trunc('month', s."completedAt" AT TIME ZONE 'Asia/Shanghai')::date AS month, c."orgUnitId",
       coalesce(s."agentId"::text, '') AS agent, coalesce(s.channel::text, '') AS channel,
       count(s.csat)::int AS "csatCount", coalesce(sum(s.csat), 0)::float8 AS "csatSum",
       count(s."npsScore")::int AS "npsCount",
       count(*) FILTER (WHERE s."npsScore" >= 9)::int AS promoters,
       count(*) FILTER (WHERE s."npsScore" <= 6)::int AS detractors
FROM "Survey" s JOIN "Customer" c ON c.id = s."customerId"
WHERE s.status = 'COMPLETED' AND s."completedAt" IS NOT NULL
GROUP BY 1, 2, 3, 4
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_survey_pk ON kpi_month_survey (month, "orgUnitId", agent, channel);

-- Compliance is measured as of the refresh: complaints still inside their window are not counted yet.
CREATE MATERIALIZED VIEW kpi_month_complaint AS
SELECT date_trunc('month', k."receivedAt" AT TIME ZONE 'Asia/Shanghai')::date AS month, k."orgUnitId",
       coalesce(c."agentId"::text, '') AS agent, coalesce(c.channel::text, '') AS channel,
       count(*)::int AS received,
       count(*) FILTER (WHERE k."firstResponseAt" IS NOT NULL OR k."responseDueAt" <= m.refreshed_at)::int AS "responseMeasured",
       count(*) FILTER (WHERE k."firstResponseAt" <= k."responseDueAt")::int AS "respondedInTime",
       count(*) FILTER (WHERE k."resolvedAt" IS NOT NULL OR k."resolutionDueAt" <= m.refreshed_at)::int AS "resolutionMeasured",
       count(*) FILTER (WHERE k."resolvedAt" <= k."resolutionDueAt")::int AS "resolvedInTime",
       count(*) FILTER (WHERE k."responseBreached")::int AS "responseBreached",
       count(*) FILTER (WHERE k."resolutionBreached")::int AS "resolutionBreached"
FROM "Complaint" k JOIN "Customer" c ON c.id = k."customerId" CROSS JOIN kpi_refresh_meta m
GROUP BY 1, 2, 3, 4
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_complaint_pk ON kpi_month_complaint (month, "orgUnitId", agent, channel);

CREATE MATERIALIZED VIEW kpi_month_claim AS
SELECT date_trunc('month', cl."closedAt" AT TIME ZONE 'Asia/Shanghai')::date AS month, p."orgUnitId",
       coalesce(p."servicingAgentId"::text, '') AS agent, p.channel::text AS channel,
       count(*)::int AS closed,
       coalesce(sum(extract(epoch FROM (cl."closedAt" - cl."reportedAt")) / 86400), 0)::float8 AS "daysSum"
FROM "Claim" cl JOIN "Policy" p ON p.id = cl."policyId"
WHERE cl."closedAt" IS NOT NULL
GROUP BY 1, 2, 3, 4
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_claim_pk ON kpi_month_claim (month, "orgUnitId", agent, channel);

-- Current activity status and VIP tier of insured customers (the cockpit's snapshot panel).
CREATE MATERIALIZED VIEW kpi_customer_snapshot AS
SELECT c."orgUnitId", coalesce(c."agentId"::text, '') AS agent, coalesce(c.channel::text, '') AS channel,
       coalesce(c.activity::text, '') AS activity, c."vipTier"::text AS "vipTier", count(*)::int AS n
FROM "Customer" c
WHERE c."mergedIntoId" IS NULL AND c."isInsured"
GROUP BY 1, 2, 3, 4, 5
WITH NO DATA;
CREATE UNIQUE INDEX kpi_customer_snapshot_pk ON kpi_customer_snapshot ("orgUnitId", agent, channel, activity, "vipTier");

-- The same monthly counts without the agent dimension: what unit-level cockpits read (a branch-year
-- sums a few thousand rows instead of hundreds of thousands).
CREATE MATERIALIZED VIEW kpi_month_renewal_org AS
SELECT month, "orgUnitId", channel, sum("due")::int AS "due", sum("renewed")::int AS "renewed"
FROM kpi_month_renewal GROUP BY month, "orgUnitId", channel
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_renewal_org_pk ON kpi_month_renewal_org (month, "orgUnitId", channel);
CREATE MATERIALIZED VIEW kpi_month_premium_org AS
SELECT month, "orgUnitId", channel, "productLine", sum("premium")::float8 AS "premium", sum("policies")::int AS "policies"
FROM kpi_month_premium GROUP BY month, "orgUnitId", channel, "productLine"
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_premium_org_pk ON kpi_month_premium_org (month, "orgUnitId", channel, "productLine");
CREATE MATERIALIZED VIEW kpi_month_visit_org AS
SELECT month, "orgUnitId", channel, sum("due")::int AS "due", sum("done")::int AS "done", sum("onTime")::int AS "onTime"
FROM kpi_month_visit GROUP BY month, "orgUnitId", channel
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_visit_org_pk ON kpi_month_visit_org (month, "orgUnitId", channel);
CREATE MATERIALIZED VIEW kpi_month_survey_org AS
SELECT month, "orgUnitId", channel, sum("csatCount")::int AS "csatCount", sum("csatSum")::float8 AS "csatSum", sum("npsCount")::int AS "npsCount", sum("promoters")::int AS "promoters", sum("detractors")::int AS "detractors"
FROM kpi_month_survey GROUP BY month, "orgUnitId", channel
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_survey_org_pk ON kpi_month_survey_org (month, "orgUnitId", channel);
CREATE MATERIALIZED VIEW kpi_month_complaint_org AS
SELECT month, "orgUnitId", channel, sum("received")::int AS "received", sum("responseMeasured")::int AS "responseMeasured", sum("respondedInTime")::int AS "respondedInTime", sum("resolutionMeasured")::int AS "resolutionMeasured", sum("resolvedInTime")::int AS "resolvedInTime", sum("responseBreached")::int AS "responseBreached", sum("resolutionBreached")::int AS "resolutionBreached"
FROM kpi_month_complaint GROUP BY month, "orgUnitId", channel
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_complaint_org_pk ON kpi_month_complaint_org (month, "orgUnitId", channel);
CREATE MATERIALIZED VIEW kpi_month_claim_org AS
SELECT month, "orgUnitId", channel, sum("closed")::int AS "closed", sum("daysSum")::float8 AS "daysSum"
FROM kpi_month_claim GROUP BY month, "orgUnitId", channel
WITH NO DATA;
CREATE UNIQUE INDEX kpi_month_claim_org_pk ON kpi_month_claim_org (month, "orgUnitId", channel);
