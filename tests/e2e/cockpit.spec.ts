import { expect, test } from "@playwright/test";
import { screenshotPath, signInAndWaitForHome } from "./helpers";

test("a manager reads the cockpit, changes period and org unit, and drills from renewal rate to the policies @phone", async ({
  page,
}) => {
  const project = test.info().project.name;
  await signInAndWaitForHome(page, "manager");
  await page.goto("/cockpit");
  await expect(page.getByRole("heading", { name: "管理驾驶舱" })).toBeVisible();
  await expect(page.getByTestId("freshness")).toContainText(/计算于|刷新于/);

  // Year 2025 at the manager's own unit (北京分公司), which has targets.
  const picker = page.getByTestId("period-picker");
  await picker.getByLabel("期间", { exact: true }).selectOption("year");
  await picker.getByLabel("期间值").fill("2025");
  await picker.getByRole("button", { name: "应用" }).click();
  await expect(page).toHaveURL(/period=year&p=2025/);
  const renewal = page.getByTestId("kpi-renewalRate");
  await expect(renewal.getByTestId("kpi-value")).toHaveText(/\d+\.\d%/);
  await expect(renewal.getByTestId("kpi-target")).toContainText("目标");
  await expect(renewal.getByRole("progressbar")).toBeVisible();
  await expect(renewal.getByTestId("kpi-delta")).toContainText("较上期");
  await expect(page.getByTestId("kpi-insuredCustomers").getByTestId("kpi-target")).toContainText(/完成 \d+%/);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("cockpit-year", project), fullPage: true });

  // Narrow to one city unit.
  const cityId = await picker.locator("#pp-org option", { hasText: "朝阳支公司" }).getAttribute("value");
  await picker.getByLabel("机构").selectOption(cityId!);
  await picker.getByRole("button", { name: "应用" }).click();
  await expect(page).toHaveURL(/org=[0-9a-f-]{36}/);
  await expect(page.getByText(/朝阳支公司 · 2025/)).toBeVisible();

  // Breakdown by org unit → channel, then the list of policies due and not renewed.
  await page.goto("/cockpit?period=year&p=2025");
  await page.getByTestId("kpi-renewalRate").getByRole("link", { name: "明细" }).click();
  await expect(page).toHaveURL(/\/cockpit\/breakdown\?kpi=renewalRate&by=org/);
  await expect(page.getByRole("cell", { name: "朝阳支公司" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("cockpit-breakdown", project), fullPage: true });
  await page.goto("/cockpit?period=year&p=2025");
  await page.getByTestId("kpi-renewalRate").getByRole("link", { name: "清单" }).click();
  await expect(page).toHaveURL(/\/policies\?dueFrom=2025-01-01&dueTo=2025-12-31&renewed=no/);
  const list = page.getByTestId("policy-list");
  await expect(list).toBeVisible();
  await expect(list.getByText("未续保").first()).toBeVisible();
  await expect(list.getByText(/^已续保/)).toHaveCount(0);
  await expect(page.getByText(/^共 \d+ 张$/)).toBeVisible();
  await page.screenshot({ path: screenshotPath("policies-not-renewed", project) });
});

test("the KPI help page documents every definition in both languages", async ({ page }) => {
  await signInAndWaitForHome(page, "manager");
  await page.goto("/cockpit/help");
  await expect(page.getByTestId("def-renewalRate")).toContainText("续保率");
  await expect(page.getByTestId("def-nps")).toContainText("9–10");
  await page.screenshot({ path: screenshotPath("cockpit-help", test.info().project.name), fullPage: true });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "KPI definitions" })).toBeVisible();
  await expect(page.getByTestId("def-renewalRate")).toContainText("Policies due in the period that were renewed");
  await page.screenshot({ path: screenshotPath("cockpit-help-en", test.info().project.name), fullPage: true });
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: "指标口径说明" })).toBeVisible();
});

test("targets and appraisal pages", async ({ page }) => {
  const project = test.info().project.name;
  await signInAndWaitForHome(page, "manager");
  await page.goto("/cockpit/targets?year=2027");
  await page.getByRole("button", { name: "按五年规划填入" }).click();
  await expect(page.getByLabel("二次购买率 (%)")).not.toHaveValue("");
  await page.screenshot({ path: screenshotPath("cockpit-targets", project), fullPage: true });
  await page.goto("/appraisal?period=year&p=2025");
  await expect(page.getByTestId("appraisal-formula")).toContainText("得分");
  await expect(page.getByTestId("appraisal-table").locator("tbody tr").first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("appraisal", project), fullPage: true });
  const download = page.waitForEvent("download");
  await page.getByTestId("appraisal-export").click();
  expect((await download).suggestedFilename()).toBe("appraisal-2025.xlsx");
});

test("an agent sees only their own figures @phone", async ({ page }) => {
  await signInAndWaitForHome(page, "agent");
  await page.goto("/cockpit?period=year&p=2025");
  await expect(page.getByRole("heading", { name: "我的业绩" })).toBeVisible();
  await expect(page.getByTestId("period-picker").getByLabel("机构")).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("cockpit-agent", test.info().project.name), fullPage: true });
});
