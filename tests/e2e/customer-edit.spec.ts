import { expect, test, type Page } from "@playwright/test";
import { idNumberCheckChar } from "../../lib/domain/identity";
import { screenshotPath, signInAndWaitForHome } from "./helpers";

// Create / edit with validation, optimistic locking, duplicate warning and the lead's merge.

/** A checksum-valid 身份证号 (female, random birth date 1970–1999) and a mobile, new on every run. */
function freshIdentity() {
  const rnd = (n: number) => Math.floor(Math.random() * n);
  const birth = `${1970 + rnd(30)}${String(1 + rnd(12)).padStart(2, "0")}${String(1 + rnd(28)).padStart(2, "0")}`;
  const first17 = `110108${birth}${String(rnd(100)).padStart(2, "0")}${2 * rnd(5)}`;
  return {
    idNumber: first17 + idNumberCheckChar(first17),
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    mobile: `137${String(rnd(1e8)).padStart(8, "0")}`,
  };
}

const form = (page: Page) => page.getByTestId("customer-form");

/** The whole page, with the viewport stretched to it so sticky bars are drawn where they belong. */
async function shot(page: Page, name: string) {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: screenshotPath(name, test.info().project.name) });
  await page.setViewportSize(viewport);
}

async function createCustomer(page: Page, name: string, id = freshIdentity()): Promise<string> {
  await page.goto("/customers/new");
  await form(page).getByLabel("姓名 / 名称 *").fill(name);
  await page.locator("#idNumber").fill(id.idNumber);
  await page.locator("#mobile").fill(id.mobile);
  await page.getByRole("button", { name: "创建客户" }).click();
  await expect(page.getByTestId("customer-name")).toHaveText(name);
  return page.url().split("/customers/")[1]!.split(/[?#]/)[0]!;
}

test("an agent gets an error next to an invalid ID number, fixes it and saves @phone", async ({ page }) => {
  const id = freshIdentity();
  const name = `测试客户${Date.now() % 100000}`;
  await signInAndWaitForHome(page, "agent");
  await page.goto("/customers/new");
  await form(page).getByLabel("姓名 / 名称 *").fill(name);
  // Wrong check character: the last digit changed.
  const wrong = id.idNumber.slice(0, 17) + (id.idNumber[17] === "1" ? "2" : "1");
  await page.locator("#idNumber").fill(wrong);
  await page.locator("#mobile").fill(id.mobile);
  await page.locator("#email").fill("not-an-email");
  await page.getByRole("button", { name: "创建客户" }).click();
  await expect(page.locator("#idNumber-error")).toHaveText("身份证号校验位不正确，请核对");
  await expect(page.locator("#email-error")).toHaveText("电子邮件格式不正确");
  await expect(page.locator("#idNumber")).toBeFocused();
  // The user's input is kept.
  await expect(page.locator("#mobile")).toHaveValue(id.mobile);
  await expect(page).toHaveURL(/\/customers\/new$/);
  await shot(page, "customer-form-errors");

  await page.locator("#idNumber").fill(id.idNumber);
  await page.locator("#email").fill("");
  await page.locator("#email").focus(); // blur the ID field: birth date and gender are taken from it
  await expect(page.locator("#birthDate")).toHaveValue(id.birthDate);
  await expect(page.locator("#gender")).toHaveValue("FEMALE");
  await page.getByRole("button", { name: "创建客户" }).click();
  await expect(page.getByTestId("customer-name")).toHaveText(name);
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
});

test("a birth date that contradicts the ID number is refused by the server too", async ({ page }) => {
  const id = freshIdentity();
  await signInAndWaitForHome(page, "agent");
  const customerId = await createCustomer(page, `核对生日${Date.now() % 100000}`, id);
  await page.goto(`/customers/${customerId}/edit`);
  // The ID is masked on the edit form and kept; the server checks the birth date against it.
  await expect(page.getByTestId("idNumber-masked")).toHaveText(/^110\*{11}\d{3}[\dX]$/);
  await page.locator("#birthDate").fill("2001-01-01");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.locator("#birthDate-error")).toHaveText("出生日期与身份证号不一致");
});

test("the second of two editors of the same version gets the conflict message", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const [a, b] = [await first.newPage(), await second.newPage()];
  await signInAndWaitForHome(a, "agent");
  await signInAndWaitForHome(b, "agent");
  const customerId = await createCustomer(a, `并发编辑${Date.now() % 100000}`);
  await a.goto(`/customers/${customerId}/edit`);
  await b.goto(`/customers/${customerId}/edit`);

  await a.locator("#nativePlace").fill("北京");
  await a.getByRole("button", { name: "保存", exact: true }).click();
  await expect(a).toHaveURL(new RegExp(`/customers/${customerId}$`));

  await b.locator("#nativePlace").fill("上海");
  await b.getByRole("button", { name: "保存", exact: true }).click();
  const conflict = b.getByTestId("conflict-message");
  await expect(conflict).toContainText("该客户已被他人修改，请刷新后重新编辑");
  await shot(b, "customer-form-conflict");
  // Nothing of the second edit was saved: reloading shows the first editor's value.
  await conflict.getByRole("link", { name: "刷新" }).click();
  await expect(b.locator("#nativePlace")).toHaveValue("北京");
  await first.close();
  await second.close();
});

test("creating a customer whose ID number exists warns, links the record and needs confirmation @phone", async ({
  page,
}) => {
  const id = freshIdentity();
  const name = `重复客户${Date.now() % 100000}`;
  await signInAndWaitForHome(page, "agent");
  const existingId = await createCustomer(page, name, id);

  await page.goto("/customers/new");
  await form(page).getByLabel("姓名 / 名称 *").fill(name);
  await page.locator("#idNumber").fill(id.idNumber);
  await page.getByRole("button", { name: "创建客户" }).click();
  const warning = page.getByTestId("duplicate-warning");
  await expect(warning).toContainText("可能是重复客户");
  await expect(warning.getByRole("link", { name: new RegExp(name) })).toHaveAttribute(
    "href",
    `/customers/${existingId}`,
  );
  await expect(page).toHaveURL(/\/customers\/new$/);
  await shot(page, "customer-form-duplicate");

  await warning.getByRole("button", { name: "仍然保存" }).click();
  await expect(page.getByTestId("customer-name")).toHaveText(name);
  expect(page.url()).not.toContain(existingId);
});

test("a service lead previews and merges two duplicate customers @phone", async ({ page }) => {
  await signInAndWaitForHome(page, "lead");
  await page.goto("/customers/merge");
  const pairs = page.getByTestId("duplicate-pairs");
  await expect(pairs).toBeVisible();
  await shot(page, "customer-merge-pairs");
  await pairs.getByRole("link", { name: "预览合并" }).first().click();

  await expect(page.getByTestId("merge-source")).toBeVisible();
  await expect(page.getByTestId("merge-target")).toBeVisible();
  await expect(page.getByTestId("merge-moves")).toContainText("保单");
  const targetName = (await page.getByTestId("merge-target").getByRole("link").first().textContent())!.trim();
  const preview = page.url();
  await shot(page, "customer-merge-preview");

  await page.getByRole("button", { name: "确认合并" }).click();
  await expect(page.getByTestId("customer-name")).toHaveText(targetName);
  // The merged record is gone from the lead's view; the pair cannot be merged again.
  await page.goto(preview);
  await expect(page.getByRole("alert").filter({ hasText: "已被合并" })).toBeVisible();
});

test("an agent cannot open the merge screen", async ({ page }) => {
  await signInAndWaitForHome(page, "agent");
  await page.goto("/customers/merge");
  await expect(page.getByText("您没有执行此操作的权限")).toBeVisible();
  await expect(page.getByTestId("duplicate-pairs")).toHaveCount(0);
});

test("an admin defines a tag that an agent then sets on a customer @phone", async ({ browser }) => {
  const tagName = `E2E${Date.now() % 100000}`;
  const admin = await (await browser.newContext({ viewport: test.info().project.use.viewport })).newPage();
  await signInAndWaitForHome(admin, "admin");
  await admin.goto("/admin/classification");
  const create = admin.getByTestId("tag-create");
  await create.getByLabel("名称", { exact: true }).fill(tagName);
  await create.getByLabel("颜色").selectOption("teal");
  await create.getByRole("button", { name: "新建标签" }).click();
  await expect(admin.getByTestId(`tag-${tagName}`)).toBeVisible();
  await shot(admin, "admin-classification");

  const agent = await (await browser.newContext({ viewport: test.info().project.use.viewport })).newPage();
  await signInAndWaitForHome(agent, "agent");
  const customerId = await createCustomer(agent, `标签客户${Date.now() % 100000}`);
  await agent.goto(`/customers/${customerId}/edit`);
  await agent.getByRole("checkbox", { name: tagName }).check();
  await agent.getByLabel("兴趣爱好").selectOption("摄影");
  await agent.getByRole("button", { name: "保存", exact: true }).click();
  await expect(agent).toHaveURL(new RegExp(`/customers/${customerId}$`));
  await agent.goto(`/customers/${customerId}/edit`);
  await expect(agent.getByRole("checkbox", { name: tagName })).toBeChecked();
  await expect(agent.getByLabel("兴趣爱好")).toHaveValue("摄影");

  // Clean up: deleting the tag removes it from the customer (audited).
  await admin.reload();
  await admin.getByTestId(`tag-${tagName}`).locator("summary").click();
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByTestId(`tag-${tagName}`).getByRole("button", { name: "删除标签" }).click();
  await expect(admin.getByTestId(`tag-${tagName}`)).toHaveCount(0);
  await admin.context().close();
  await agent.context().close();
});
