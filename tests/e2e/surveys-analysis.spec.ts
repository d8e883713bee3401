import ExcelJS from "exceljs";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { screenshotPath, shanghaiDay, signInAndWaitForHome } from "./helpers";

/** The lead's audited prints of the analysis (complaintAnalysis.export, format "print"). */
async function printAudits(): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId"
        WHERE u.username = 'lead' AND a.action = 'complaintAnalysis.export' AND a.data->>'format' = 'print'`,
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

// Long journeys on a shared 2-core machine: more than the default 30 s per test.
test.describe.configure({ timeout: 90_000 });

// The month before this one (Beijing): the demo data has a full month of complaints there.
function lastMonth(): string {
  const [y, m] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" })
    .format(new Date())
    .split("-")
    .map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

test("a lead opens the monthly complaint analysis, downloads the Excel and opens the printable page", async ({
  page,
}) => {
  const project = test.info().project.name;
  const month = lastMonth();
  await signInAndWaitForHome(page, "lead");
  await page.getByRole("link", { name: "投诉分析" }).first().click();
  await expect(page.getByRole("heading", { name: "客户投诉分析表" })).toBeVisible();
  await page.getByLabel("月份").fill(month);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(new RegExp(`month=${month}`));
  await expect(page.getByTestId("stat-complaints")).toContainText(/\d/);
  await expect(page.getByTestId("stat-sla48h")).toContainText(/%|—/);
  await expect(page.getByTestId("analysis-trend").locator("svg.recharts-surface[role=application]")).toBeVisible();
  await expect(page.getByTestId("analysis-category").getByRole("row")).not.toHaveCount(1);
  await page.screenshot({ path: screenshotPath("complaint-analysis", project), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("analysis-export").click()]);
  expect(download.suggestedFilename()).toBe(`complaint-analysis-${month}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0]!;
  expect(String(ws.getCell("A1").value)).toContain("客户投诉分析表");
  expect(String(ws.getCell("A1").value)).toContain(month);
  const headerRow = ws.getRow(4).values as unknown[];
  expect(headerRow).toContain("投诉量");

  const printed = await printAudits();
  await page.getByRole("link", { name: "打印版" }).click();
  await expect(page.getByTestId("analysis-print")).toBeVisible();
  await expect(page.getByTestId("print-button")).toBeVisible();
  // Viewing the print layout is not an export; printing it is (the button, or the browser's own print).
  expect(await printAudits()).toBe(printed);
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByTestId("print-button").click();
  await expect.poll(printAudits).toBe(printed + 1);
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect.poll(printAudits).toBe(printed + 2);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("aside")).toBeHidden();
  await page.screenshot({ path: screenshotPath("complaint-analysis-print", project), fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // A corrective action from the month's analysis, assigned and then visible in the list.
  await page.goto(`/complaints/analysis?month=${month}`);
  await page.getByRole("link", { name: "制定纠改措施" }).click();
  await expect(page.getByText(`来源：${month} 月度投诉分析`)).toBeVisible();
  const title = `理赔时效专项整改 ${Date.now()}`;
  await page.getByLabel("措施名称").fill(title);
  await page.getByLabel("负责人").selectOption({ index: 1 });
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/\/complaints\/actions\?created=1/);
  await expect(page.getByText("已创建纠改措施")).toBeVisible();
  await page.goto(`/complaints/actions?month=${month}&sort=createdAt`);
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("待处理");
  await row.getByRole("button", { name: "开始处理" }).click();
  await expect(row).toContainText("进行中", { timeout: 15_000 });
  await page.screenshot({ path: screenshotPath("corrective-actions", project), fullPage: true });
});

async function answerLow(page: Page) {
  const questions = page.locator('[data-testid^="question-"]');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const q = questions.nth(i);
    const radios = q.locator('input[type="radio"]');
    const n = await radios.count();
    if (n === 5) await q.locator("label").filter({ hasText: /^1$/ }).click();
    else if (n === 11) await q.locator("label").filter({ hasText: /^3$/ }).click();
    else if (await q.locator("select").count()) await q.locator("select").selectOption({ index: 1 });
  }
}

test("service staff record a low-score survey and the follow-up task shows on /tasks @phone", async ({ page }) => {
  const project = test.info().project.name;
  // The lead opens a campaign for a small segment of 海淀 (a fresh due day each run, so it creates surveys).
  await signInAndWaitForHome(page, "lead");
  await page.goto("/surveys/campaigns/new");
  const form = page.getByTestId("campaign-form");
  await form.getByLabel("问卷模板").selectOption({ index: 1 });
  await form.getByLabel("调查类型").selectOption("MANUAL");
  await form
    .getByLabel("机构")
    .selectOption({ label: (await form.locator("#cf-org option", { hasText: "海淀支公司" }).textContent())! });
  await form.getByLabel("渠道").selectOption("INDIVIDUAL");
  await form.getByLabel("VIP 等级").selectOption("GOLD");
  // A future day in Shanghai (the app's calendar), different per run.
  const due = shanghaiDay(1 + (Math.floor(Date.now() / 1000) % 300));
  await form.getByLabel("截止日期").fill(due);
  await form.getByRole("button", { name: "生成问卷" }).click();
  await expect(form.getByRole("status")).toContainText(/已生成 \d+ 份问卷（客户群 \d+ 人）/);
  await page.screenshot({ path: screenshotPath("survey-campaign", project), fullPage: true });
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signInAndWaitForHome(page, "service");
  await page.goto("/surveys?status=PENDING&trigger=MANUAL&sort=dueAt");
  await expect(page.getByRole("heading", { name: "客户满意度" })).toBeVisible();
  await expect(page.getByTestId("survey-formula")).toContainText("NPS");
  await page.screenshot({ path: screenshotPath("surveys", project), fullPage: true });
  await page.getByTestId("survey-list").getByRole("link", { name: "录入" }).first().click();
  await expect(page.getByTestId("answer-form")).toBeVisible();
  await expect(page.getByTestId("survey-mobile")).toHaveText(/^(\d{3}\*{4}\d{4}|—)$/);
  const customer = (await page.locator("dl a").first().textContent())!.trim();

  // Without a method nothing is saved and the error is shown.
  await page.getByRole("button", { name: "提交答卷" }).click();
  await expect(page.locator("form [role=alert]")).toBeVisible();
  await page.getByLabel("调查方式").selectOption("PHONE");
  await answerLow(page);
  await page.screenshot({ path: screenshotPath("survey-record", project), fullPage: true });
  await page.getByRole("button", { name: "提交答卷" }).click();
  // The page re-renders as the completed survey: its scores and the follow-up task.
  await expect(page.getByText("CSAT 0 · NPS 3")).toBeVisible();
  await page.getByRole("link", { name: "已生成低分回访待办" }).click();
  await expect(page.getByRole("heading", { name: "待办任务" })).toBeVisible();
  const task = page.getByTestId("task-list").getByRole("row").filter({ hasText: customer }).first();
  await expect(task).toContainText("满意度低分回访");
  await expect(task).toContainText("问卷满意度 0 分 · NPS 3");
  await page.screenshot({ path: screenshotPath("tasks", project), fullPage: true });
  await task.getByPlaceholder("回访结果、客户意见…").fill("已致电客户，说明理赔进度并致歉");
  await task.getByRole("button", { name: "标记完成" }).click();
  // Done tasks leave the default (open) list.
  await expect(
    page
      .getByTestId("task-list")
      .getByRole("row")
      .filter({ hasText: customer })
      .filter({ hasText: "问卷满意度 0 分 · NPS 3" }),
  ).toHaveCount(0);
  await page.goto("/tasks?kind=LOW_SCORE_FOLLOW_UP&status=DONE&sort=createdAt");
  await expect(page.getByTestId("task-list").getByRole("row").filter({ hasText: customer }).first()).toContainText(
    "已致电客户",
  );
});

test("analysis at 375 px and the agent cannot open it @phone", async ({ page }) => {
  const project = test.info().project.name;
  await signInAndWaitForHome(page, "manager");
  await page.goto(`/complaints/analysis?month=${lastMonth()}`);
  await expect(page.getByTestId("analysis-summary")).toBeVisible();
  await page.screenshot({ path: screenshotPath("complaint-analysis-manager", project), fullPage: true });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Monthly complaint analysis" })).toBeVisible();
  await expect(page.getByTestId("analysis-category")).toContainText("By category");
  await page.screenshot({ path: screenshotPath("complaint-analysis-en", project) });
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: "客户投诉分析表" })).toBeVisible();
  await page.goto("/surveys");
  await expect(page.getByTestId("survey-stats-channel")).toBeVisible();
  await page.screenshot({ path: screenshotPath("surveys-manager", project), fullPage: true });
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signInAndWaitForHome(page, "agent");
  await page.goto("/complaints/analysis");
  await expect(page.getByText("您无权查看投诉分析")).toBeVisible();
  const res = await page.request.post("/complaints/analysis/export", {
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(res.status()).toBe(403);
});
