import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { screenshotPath, signInAndWaitForHome, SHANGHAI_TODAY_SQL } from "./helpers";

// Claims and care lists against the seeded e2e database. The claims a test moves are its own (made on
// a seeded 海淀 policy), so every run finds what it needs however often the suite ran before.
async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A new claim in the given state on a seeded policy of a 海淀 customer, with its first step. */
async function makeClaim(status: "REPORTED" | "APPROVED", green: boolean): Promise<{ id: string; claimNo: string }> {
  const claimNo = `LPE2E${Date.now()}`;
  const [claim] = await query<{ id: string; claimNo: string }>(
    `WITH p AS (
       SELECT p.id, p."customerId" FROM "Policy" p
         JOIN "Customer" c ON c.id = p."customerId" JOIN "OrgUnit" o ON o.id = c."orgUnitId"
        WHERE o.code = 'BJ-HD' AND c."mergedIntoId" IS NULL AND p.status = 'IN_FORCE'
        ORDER BY p."policyNo" LIMIT 1
     ), k AS (
       INSERT INTO "Claim" (id, "claimNo", "policyId", "customerId", "incidentDate", "reportedAt", "amountClaimed", status, "greenChannel")
       SELECT gen_random_uuid(), $1, p.id, p."customerId", ${SHANGHAI_TODAY_SQL} - 3, now() - interval '2 days', 8000, $2::"ClaimStatus", $3 FROM p
       RETURNING id, "claimNo"
     ), s AS (
       INSERT INTO "ClaimStep" (id, "claimId", status, at) SELECT gen_random_uuid(), k.id, 'REPORTED', now() - interval '2 days' FROM k
     )
     SELECT id, "claimNo" FROM k`,
    [claimNo, status, green],
  );
  if (!claim) throw new Error("the seed has no in-force policy in 海淀");
  return claim;
}

test("a service user opens a green-channel claim, assigns the handler and advances a step", async ({
  page,
}, testInfo) => {
  const claim = await makeClaim("REPORTED", true);
  await signInAndWaitForHome(page, "service");

  await page.goto("/claims");
  await expect(page).toHaveURL(/\/claims\?state=open$/);
  await expect(page.getByTestId("claim-count")).toBeVisible();
  // Priority order: the green channel comes first.
  await expect(page.getByTestId("claim-link").first()).toBeVisible();
  const firstRow = page.locator("tbody tr").first();
  await expect(firstRow.getByTestId("green-channel")).toBeVisible();
  await page.screenshot({ path: screenshotPath("claims-list", testInfo.project.name), fullPage: true });

  await page.goto(`/claims?state=open&green=yes&q=${claim.claimNo}`);
  await page.getByRole("link", { name: claim.claimNo }).click();
  await expect(page.getByTestId("claim-no")).toHaveText(claim.claimNo);
  await expect(page.getByTestId("green-channel")).toBeVisible();

  const assign = page.getByTestId("assign-form");
  await assign.getByLabel("负责人").selectOption({ label: "张敏" });
  await assign.getByRole("button", { name: "指派" }).click();
  await expect(assign.getByRole("status")).toHaveText("已指派负责人");
  await expect(page.getByTestId("claim-handler")).toHaveText("张敏");
  await expect(assign.getByLabel("负责人").locator("option:checked")).toHaveText("张敏");

  const before = await page.getByTestId("claim-step").count();
  const note = `e2e 推进 ${Date.now()}`;
  const advance = page.getByTestId("advance-form");
  const nextLabel = (await advance.getByLabel("下一步").locator("option:checked").textContent())!.trim();
  await advance.getByLabel("处理说明").fill(note);
  await advance.getByRole("button", { name: "推进" }).click();
  await expect(page.getByTestId("claim-step")).toHaveCount(before + 1);
  await expect(page.getByTestId("claim-timeline")).toContainText(note);
  await expect(page.getByTestId("claim-status")).toHaveText(nextLabel);
  await page.screenshot({ path: screenshotPath("claim-page", testInfo.project.name), fullPage: true });

  const [audit] = await query<{ n: string }>(
    `SELECT count(*) AS n FROM "AuditLog" WHERE action = 'claim.advance' AND "entityId" = $1`,
    [claim.id],
  );
  expect(Number(audit!.n)).toBeGreaterThan(0);
});

test("a bad advance is refused with a localized message and changes nothing", async ({ page }) => {
  const claim = await makeClaim("APPROVED", false);
  await signInAndWaitForHome(page, "service");
  await page.goto(`/claims/${claim.id}`);
  // Paying without the amount.
  await page.getByTestId("advance-form").getByRole("button", { name: "推进" }).click();
  await expect(page.getByTestId("claim-form-error")).toHaveText("赔付时请填写赔付金额");
  const [after] = await query<{ status: string }>(`SELECT status FROM "Claim" WHERE id = $1`, [claim.id]);
  expect(after!.status).toBe("APPROVED");
});

test("an agent follows claims changed this week and the birthdays of this week @phone", async ({ page }, testInfo) => {
  await signInAndWaitForHome(page, "agent");
  await page.goto("/claims?changed=7d");
  await expect(page.getByTestId("claim-count")).toBeVisible();
  const links = page.getByTestId("claim-link");
  await page.screenshot({ path: screenshotPath("claims-changed", testInfo.project.name), fullPage: true });
  if ((await links.count()) > 0) {
    await links.first().click();
    await expect(page.getByTestId("claim-read-only")).toBeVisible();
    await expect(page.getByTestId("claim-timeline")).toBeVisible();
    await page.screenshot({ path: screenshotPath("claim-page-agent", testInfo.project.name), fullPage: true });
  }

  // Another agent's claim by id is simply not found.
  const [other] = await query<{ id: string }>(
    `SELECT k.id FROM "Claim" k JOIN "Customer" c ON c.id = k."customerId" JOIN "User" u ON u.id = c."agentId"
      WHERE u.username = 'agent2' LIMIT 1`,
  );
  if (other) {
    await page.goto(`/claims/${other.id}`);
    await expect(page.getByTestId("claim-not-found")).toBeVisible();
  }

  await page.goto("/care?range=week");
  await expect(page.getByTestId("care-window")).toContainText("过生日的客户");
  await expect(page.getByTestId("care-count")).toBeVisible();
  // Agents may not export.
  await expect(page.getByTestId("care-export-csv")).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("care-list", testInfo.project.name), fullPage: true });

  // Typed dates make a custom range, here over the year end.
  await page.getByLabel("开始日期").fill("2026-12-24");
  await page.getByLabel("结束日期").fill("2027-01-06");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/range=custom&from=2026-12-24&to=2027-01-06/);
  await expect(page.getByTestId("care-window")).toContainText("2026-12-24 至 2027-01-06");
});

test("the service centre exports a holiday greeting list, masked", async ({ page }, testInfo) => {
  await signInAndWaitForHome(page, "service");
  await page.goto("/care?list=holiday&holiday=SPRING_FESTIVAL&year=2027&club=yes");
  await expect(page.getByTestId("care-window")).toContainText("春节（2027-02-06）");
  await expect(page.getByTestId("care-customer").first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("care-holiday", testInfo.project.name), fullPage: true });
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("care-export-csv").click()]);
  const csv = (await readFile((await file.path())!)).toString("utf8");
  const lines = csv.trim().split(/\r\n/);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((l) => !/1[3-9]\d{9}/.test(l))).toBe(true);
  expect(csv).toContain("****");
});
