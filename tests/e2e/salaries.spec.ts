import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const data = parse(readFileSync(new URL('../../content/data/salaries.yaml', import.meta.url), 'utf8'));
const money = (n: number) => `$${n.toLocaleString('en-US')}`;
/** "$120,000–$180,000", "$150,000–$350,000+" or "$500,000+", as the data file implies. */
const ranges: string[] = data.levels.map(
  (l: { min: number; max?: number; openEnded: boolean }) =>
    `${money(l.min)}${l.max ? `–${money(l.max)}` : ''}${l.openEnded ? '+' : ''}`,
);

for (const path of ['/salaries/', '/guide/job-market/']) {
  test(`${path} shows the salary chart and a table with the same figures, region, year, basis and source`, async ({
    page,
  }) => {
    await page.goto(path);
    const chart = page.getByRole('img', { name: `ML engineer pay in the US, 2026, in USD per year` });
    await expect(chart).toBeVisible();
    const table = page.getByRole('table', {
      name: /^ML engineer pay in the US, 2026, in USD per year\. Source: ML Engineer/,
    });
    for (const range of ranges) {
      await expect(chart).toHaveAccessibleDescription(new RegExp(range.replace(/[$+]/g, '\\$&')));
      await expect(table).toContainText(range);
    }
    await expect(table).toContainText('Salary as the source states it');
    await expect(table).toContainText('Total compensation');
    await expect(table).not.toContainText('Base salary');
    await expect(page.getByRole('figure').filter({ has: chart })).toContainText(
      'Source: ML Engineer Career Guide 2026',
    );
  });
}

test('/salaries/ quotes the source, says where its figures come from and how the site reads each one', async ({
  page,
}) => {
  await page.goto('/salaries/');
  const origin = page.getByRole('heading', { level: 2, name: 'Where the figures come from' });
  await expect(origin).toBeVisible();
  await expect(page.locator('blockquote')).toContainText(data.source.passage);
  await expect(page.getByText(/published in March 2026, and holds for the US/)).toBeVisible();
  await expect(page.getByText(data.method)).toBeVisible();
  for (const level of data.levels) {
    await expect(page.getByText(`The source says: “${level.quote}”`)).toBeVisible();
    await expect(page.getByText(`How the site reads it: ${level.reading}`)).toBeVisible();
  }
  await expect(page.getByText('(US, 2026, salary as the source states it)').first()).toBeVisible();
  await expect(page.getByText(/misread/)).toHaveCount(0);
});

test('/about/ says where the salary figures come from', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByText(data.method)).toBeVisible();
  await expect(page.getByRole('link', { name: "The source's own words" })).toHaveAttribute(
    'href',
    '/salaries/#where-the-figures-come-from',
  );
});

test('the chart stays legible at 320px: the narrow drawing is shown instead of the wide one', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/salaries/');
  await expect(page.getByRole('img', { name: /ML engineer pay/ })).toHaveCount(1);
  await expect(page.locator('#salary-chart-narrow-title')).toBeAttached();
  const box = await page.getByRole('img', { name: /ML engineer pay/ }).boundingBox();
  expect(box?.width).toBeGreaterThan(240);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
