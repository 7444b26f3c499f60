import type { Page } from 'playwright-core';

/**
 * Takes the assessment open in `page` from its intro to its result, choosing the answer at
 * `position` every time ('first', or 'last' before the closing "not sure", since a run of "not
 * sure" gives no result), and waits for each screen before acting on it.
 */
export async function runToResult(page: Page, position: 'first' | 'last' = 'first'): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  const progress = page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+$/ });
  await progress.waitFor();
  const total = Number((await progress.textContent())?.match(/of (\d+)/)?.[1]);
  for (let index = 1; index <= total; index++) {
    await page.getByRole('heading', { level: 2, name: `Question ${index} of ${total}` }).waitFor();
    const radios = page.locator('form.item-view input[type=radio]');
    await (position === 'first' ? radios.first() : radios.nth((await radios.count()) - 2)).check();
    await page.locator('form.item-view button[type=submit]').click();
  }
  await page.getByRole('button', { name: 'See your result' }).click();
  await page.locator('.result .result-heading').waitFor();
}
