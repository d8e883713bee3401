import { expect, test } from "@playwright/test";
import pg from "pg";
import { screenshotPath, shanghaiDay, signInAndWaitForHome, SHANGHAI_TODAY_SQL } from "./helpers";

// Agents' daily work (issue 4): Today, logging a visit from a due item, a renewal outcome, and the
// service lead's bulk assignment. Rows are looked up in the seeded e2e database.
async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

test("an agent opens Today and logs a visit from a due item; it leaves the list and shows on the timeline @phone", async ({
  page,
}) => {
  const project = test.info().project.name;
  // A plan item due today, so Today has one to log whatever earlier runs logged.
  await query(`INSERT INTO "Visit" (id, "customerId", reason, "suggestedMethod", "dueDate", "assigneeId")
    SELECT gen_random_uuid(), c.id, 'NEW_CUSTOMER', 'PHONE', ${SHANGHAI_TODAY_SQL}, u.id
      FROM "Customer" c JOIN "User" u ON u.id = c."agentId" WHERE u.username = 'agent' AND c."mergedIntoId" IS NULL
     ORDER BY c."customerNo" LIMIT 1`);
  await signInAndWaitForHome(page, "agent");
  const items = page.getByTestId("today-items");
  await expect(items).toBeVisible();
  await expect(page.getByTestId("stat-visitsOverdue")).toHaveAttribute("href", "/visits?period=overdue");
  await expect(page.getByTestId("stat-claimsChanged")).toHaveAttribute("href", "/claims?changed=7d");
  await expect(page.getByTestId("stat-birthdaysWeek")).toHaveAttribute("href", "/care?range=week");
  await page.screenshot({ path: screenshotPath("today", project), fullPage: true });

  const first = page.getByTestId("visit-item").first();
  const visitId = (await first.getAttribute("data-visit-id"))!;
  const customerId = (
    await query<{ customerId: string }>(`SELECT "customerId" FROM "Visit" WHERE id = $1`, [visitId])
  )[0]!.customerId;
  const t0 = Date.now();
  await first.getByTestId("log-visit").click();
  await expect(page.getByTestId("visit-log-form")).toBeVisible();
  await page.screenshot({ path: screenshotPath("visit-log", project), fullPage: true });

  const note = `e2e 回访 ${project} ${Date.now()}`;
  await page.getByText("4", { exact: true }).first().click(); // overall evaluation
  await page.getByLabel("备注").fill(note);
  if (await page.getByTestId("contact-warning").isVisible()) await page.getByTestId("confirm-contacts").check();
  await page.getByTestId("save-visit").click();
  await expect(page).toHaveURL(/\/\?logged=/);
  await expect(page.getByTestId("visit-logged")).toBeVisible();
  expect(Date.now() - t0).toBeLessThan(30_000);
  await expect(page.locator(`[data-visit-id="${visitId}"]`)).toHaveCount(0);
  const [row] = await query<{ status: string }>(`SELECT status FROM "Visit" WHERE id = $1`, [visitId]);
  expect(row!.status).toBe("DONE");

  await page.goto(`/customers/${customerId}`);
  await expect(page.getByTestId("timeline").locator("li[data-kind=VISIT]", { hasText: note })).toBeVisible();
});

test("an agent records a renewal outcome on the renewal list @phone", async ({ page }) => {
  const project = test.info().project.name;
  // Earlier runs may have worked every seeded renewal: put the agent's soonest one back to "not followed up".
  await query(`UPDATE "Policy" SET "renewalOutcome" = NULL, "renewalOutcomeAt" = NULL, "renewalNextContactAt" = NULL
    WHERE id = (SELECT p.id FROM "Policy" p JOIN "User" u ON u.id = p."servicingAgentId"
                 WHERE u.username = 'agent' AND p.status = 'IN_FORCE' AND p."endDate" BETWEEN ${SHANGHAI_TODAY_SQL} AND ${SHANGHAI_TODAY_SQL} + 90
                   AND NOT EXISTS (SELECT 1 FROM "Policy" n WHERE n."renewedFromId" = p.id)
                   AND NOT EXISTS (SELECT 1 FROM "Policy" q JOIN "User" v ON v.id = q."servicingAgentId" WHERE v.username = 'agent'
                        AND q.status = 'IN_FORCE' AND q."endDate" BETWEEN ${SHANGHAI_TODAY_SQL} AND ${SHANGHAI_TODAY_SQL} + 90 AND q."renewalOutcome" IS NULL)
                 ORDER BY p."endDate" LIMIT 1)`);
  await signInAndWaitForHome(page, "agent");
  await page.goto("/renewals?within=90&outcome=none");
  await expect(page.getByTestId("renewal-list")).toBeVisible();
  await page.screenshot({ path: screenshotPath("renewals", project), fullPage: true });
  const pending = Number(await page.getByTestId("summary-none").locator("div").nth(1).innerText());

  const link = page.getByTestId("renewal-link").first();
  const policyNo = await link.innerText();
  await link.click();
  await expect(page.getByTestId("renewal-policy-no")).toHaveText(policyNo);
  await page.getByTestId("outcome-form").getByText("考虑中", { exact: true }).click();
  await page.getByLabel("备注").fill("客户在比价");
  const history = async () =>
    Number(
      (
        await query<{ n: string }>(
          `SELECT count(*) AS n FROM "RenewalFollowUp" f JOIN "Policy" p ON p.id = f."policyId" WHERE p."policyNo" = $1`,
          [policyNo],
        )
      )[0]!.n,
    );
  const before = await history();
  await page.getByTestId("save-outcome").click();
  // Considering needs a next contact date: a clear error, nothing saved.
  await expect(page.getByText("“考虑中”需要填写下次联系日期")).toBeVisible();
  expect(await history()).toBe(before);
  const next = shanghaiDay(5);
  await page.getByLabel("下次联系日期").fill(next);
  await page.getByTestId("save-outcome").click();
  await expect(page.getByTestId("outcome-status")).toHaveText("已保存跟进结果");
  await expect(page.getByTestId("current-outcome")).toHaveText("考虑中");
  await expect(page.getByTestId("renewal-history")).toContainText("客户在比价");
  expect(await history()).toBe(before + 1);
  await page.screenshot({ path: screenshotPath("renewal-detail", project), fullPage: true });

  await page.goto("/renewals?within=90&outcome=none");
  await expect(page.getByTestId("summary-none").locator("div").nth(1)).toHaveText(String(pending - 1));
  await expect(page.getByTestId("renewal-link").filter({ hasText: policyNo })).toHaveCount(0);
});

test("a service lead bulk-assigns renewals to an agent", async ({ page }) => {
  const [target] = await query<{ name: string }>(`SELECT name FROM "User" WHERE username = 'agent2'`);
  const started = new Date();
  await signInAndWaitForHome(page, "lead");
  await page.goto("/renewals?within=60&sort=premium&dir=asc");
  await expect(page.getByTestId("assign-form")).toBeVisible();
  const boxes = page.getByTestId("select-renewal");
  const ids = [await boxes.nth(0).getAttribute("value"), await boxes.nth(1).getAttribute("value")];
  await page.getByTestId("assign-submit").click();
  await expect(page.getByTestId("assign-status")).toHaveText("请先勾选保单");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByTestId("assign-agent").selectOption({ label: target!.name });
  await page.screenshot({ path: screenshotPath("renewals-assign", "desktop"), fullPage: false });
  await page.getByTestId("assign-submit").click();
  await expect(page.getByTestId("assign-status")).toHaveText("已分配 2 张保单");
  const rows = await query<{ name: string }>(
    `SELECT u.name FROM "Policy" p JOIN "User" u ON u.id = p."servicingAgentId" WHERE p.id = ANY($1::uuid[])`,
    [ids],
  );
  expect(rows.map((r) => r.name)).toEqual([target!.name, target!.name]);
  await page.reload();
  await expect(page.getByTestId("renewal-agent").nth(0)).toHaveText(target!.name);
  const audits = await query<{ n: string }>(
    `SELECT count(*) AS n FROM "AuditLog" WHERE action = 'renewal.assign' AND "entityId" = ANY($1::text[]) AND at >= $2`,
    [ids, started],
  );
  expect(Number(audits[0]!.n)).toBe(2);
});

test("visit list highlights overdue items and filters by period @phone", async ({ page }) => {
  const project = test.info().project.name;
  // An item that fell due three days ago, so the list has an overdue one whatever earlier tests logged.
  await query(`INSERT INTO "Visit" (id, "customerId", reason, "suggestedMethod", "dueDate", "assigneeId")
    SELECT gen_random_uuid(), c.id, 'FOLLOW_UP', 'PHONE', ${SHANGHAI_TODAY_SQL} - 3, u.id
      FROM "Customer" c JOIN "User" u ON u.id = c."agentId" WHERE u.username = 'agent' AND c."mergedIntoId" IS NULL LIMIT 1`);
  await signInAndWaitForHome(page, "agent");
  await page.goto("/visits?period=overdue");
  const items = page.getByTestId("visit-item");
  await expect(items.first()).toBeVisible();
  await expect(items.first().locator("[data-urgency]")).toHaveAttribute("data-urgency", "overdue");
  await page.screenshot({ path: screenshotPath("visits", project), fullPage: true });
  await page.getByRole("link", { name: "全部", exact: true }).click();
  await expect(page).toHaveURL(/\/visits$/);
});

test("the log form warns before a customer is contacted too often, and logs only once confirmed @phone", async ({
  page,
}) => {
  const project = test.info().project.name;
  // A customer of the agent with four contacts in the last 30 days (limit 4) and a visit due today.
  const [c] = await query<{ id: string; visit: string }>(`
    WITH c AS (SELECT c.id, u.id AS agent FROM "Customer" c JOIN "User" u ON u.id = c."agentId"
                WHERE u.username = 'agent' AND c."mergedIntoId" IS NULL
                  AND NOT EXISTS (SELECT 1 FROM "Communication" m WHERE m."customerId" = c.id AND m.at > now() - interval '30 days')
                  AND NOT EXISTS (SELECT 1 FROM "Visit" v WHERE v."customerId" = c.id AND v."doneAt" > now() - interval '30 days')
                ORDER BY c."customerNo" DESC LIMIT 1),
         m AS (INSERT INTO "Communication" (id, "customerId", type, at, "byId", summary)
               SELECT gen_random_uuid(), c.id, 'CALL', now() - make_interval(days => d), c.agent, 'e2e 联系'
                 FROM c, generate_series(1, 4) d)
    INSERT INTO "Visit" (id, "customerId", reason, "suggestedMethod", "dueDate", "assigneeId")
    SELECT gen_random_uuid(), c.id, 'FOLLOW_UP', 'PHONE', ${SHANGHAI_TODAY_SQL}, c.agent FROM c
    RETURNING "customerId" AS id, id AS visit`);
  await signInAndWaitForHome(page, "agent");
  await page.goto(`/visits/${c!.visit}/log`);
  const warning = page.getByTestId("contact-warning");
  await expect(warning).toContainText("已被联系 4 次，上限 4 次");
  await page.screenshot({ path: screenshotPath("visit-log-warning", project), fullPage: true });
  await page.getByText("5", { exact: true }).first().click();
  await page.getByTestId("save-visit").click();
  await expect(page.getByTestId("confirm-required")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/visits/${c!.visit}/log`));
  const [still] = await query<{ status: string }>(`SELECT status FROM "Visit" WHERE id = $1`, [c!.visit]);
  expect(still!.status).toBe("PLANNED");
  await page.getByTestId("confirm-contacts").check();
  await page.getByTestId("save-visit").click();
  await expect(page).toHaveURL(/\/visits\?logged=/);
  const [done] = await query<{ status: string }>(`SELECT status FROM "Visit" WHERE id = $1`, [c!.visit]);
  expect(done!.status).toBe("DONE");
});
