import { expect, test } from '@playwright/test';
import { sitemapPaths, watchPage } from './support';

const stages = ['junior', 'mid-level', 'senior', 'staff-principal', 'manager'];
/** The comparison on show: every pair is on the page, and all but one are hidden. */
const shownPair = (page: import('@playwright/test').Page) => page.locator('[data-pair]:visible');
const heading = (page: import('@playwright/test').Page) => shownPair(page).getByRole('heading', { level: 2 });

test('every stage has its own page in the sitemap, plus the overview and the comparison', () => {
  const paths = sitemapPaths();
  for (const id of stages) expect(paths).toContain(`/stages/${id}/`);
  expect(paths).toEqual(expect.arrayContaining(['/stages/', '/stages/compare/', '/salaries/', '/skills/check/']));
});

test.describe('a stage page', () => {
  test('shows, dimension by dimension, what is new compared with the stage below', async ({ page }) => {
    await page.goto('/stages/senior/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior ML engineer');
    await expect(page.getByRole('heading', { level: 2, name: 'What changes from mid-level' })).toBeVisible();
    for (const dimension of ['Scope', 'What you own', 'Technical expectations', 'How impact is judged']) {
      await expect(page.getByRole('heading', { level: 3, name: dimension })).toBeVisible();
    }
    const technical = page.locator('[data-dimension="technical"]');
    await expect(technical.getByRole('heading', { name: 'New at senior' })).toBeVisible();
    await expect(technical).toContainText('Design complete systems, covering data, training, serving and monitoring.');
    await expect(technical.getByRole('heading', { name: 'No longer expected at senior' })).toBeVisible();
    await expect(technical.getByText('Still expected at senior, carried over from mid-level (7)')).toBeVisible();
  });

  test('has the readiness checklist, the next steps and the pay that applies', async ({ page }) => {
    await page.goto('/stages/senior/');
    await expect(page.getByRole('heading', { name: 'Ready for the next step? A checklist' })).toBeVisible();
    await expect(page.getByText('Leadership wants your view on where ML should go next.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Staff and principal ML engineer' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'what changes from senior to engineering manager' })).toHaveAttribute(
      'href',
      '/stages/compare/?from=senior&to=manager#senior-vs-manager',
    );
    await expect(page.getByText('$500,000+')).toBeVisible();
    await expect(page.getByText('(US, 2026, total compensation)')).toBeVisible();
  });

  test('the manager page lists the job’s own expectations and none of the individual track’s hands-on work', async ({
    page,
  }) => {
    await page.goto('/stages/manager/');
    await expect(page.getByRole('heading', { level: 2, name: 'What is expected' })).toBeVisible();
    await expect(page.getByText('Regular one-on-ones and conversations about careers.')).toBeVisible();
    for (const handsOn of ['Clean, tested Python.', 'MLOps tools such as MLflow']) {
      await expect(page.getByText(handsOn)).toHaveCount(0);
    }
    const across = page.getByRole('heading', { level: 2, name: 'What changes when you move across' });
    await expect(across).toHaveAttribute('id', 'what-changes');
    await expect(
      page.getByRole('link', { name: 'Staff / principal compared with engineering manager' }),
    ).toHaveAttribute('href', '/stages/compare/?from=staff-principal&to=manager#staff-principal-vs-manager');
  });

  test('a staff page shows no first-year learning and no first architectural decisions', async ({ page }) => {
    await page.goto('/stages/staff-principal/');
    await expect(page.getByRole('heading', { level: 2, name: 'What changes from senior' })).toBeVisible();
    for (const early of ['Note what confused you', 'Make your first architectural calls', 'Learn from the senior']) {
      await expect(page.getByText(early)).toHaveCount(0);
    }
  });

  test('the first rung shows its expectations without a comparison', async ({ page }) => {
    await page.goto('/stages/junior/');
    await expect(page.getByRole('heading', { level: 2, name: 'What is expected' })).toBeVisible();
    await expect(page.getByText('New at')).toHaveCount(0);
    await expect(page.getByText('Clean, tested Python.')).toBeVisible();
  });
});

test.describe('the stage comparison', () => {
  test('opens the two stages the URL names, side by side', async ({ page }) => {
    const problems = await watchPage(page);
    await page.goto('/stages/compare/?from=staff-principal&to=manager');
    await expect(heading(page)).toHaveText('Staff / principal compared with engineering manager');
    await expect(page.getByLabel('First stage')).toHaveValue('staff-principal');
    await expect(page.getByLabel('Second stage')).toHaveValue('manager');
    const people = shownPair(page).locator('[data-dimension="people"]');
    await expect(people).toContainText('Regular one-on-ones and conversations about careers.');
    await expect(people).toContainText(
      'Mentor senior engineers, and grow the people who will be the next staff engineers.',
    );
    await expect(page.locator('[data-pair]:visible')).toHaveCount(1);
    expect(problems).toEqual([]);
  });

  test('a new choice goes into the URL, which reopens it, and the back button returns', async ({ page }) => {
    await page.goto('/stages/compare/');
    await expect(heading(page)).toHaveText('Junior compared with senior');
    await page.getByLabel('First stage').selectOption('mid-level');
    await page.getByLabel('Second stage').selectOption('staff-principal');
    await page.getByRole('button', { name: 'Show comparison' }).click();
    await expect(page).toHaveURL(/\/stages\/compare\/\?from=mid-level&to=staff-principal$/);
    await expect(heading(page)).toHaveText('Mid-level compared with staff / principal');
    await expect(page.getByRole('status')).toHaveText('Showing mid-level compared with staff / principal.');

    await page.reload();
    await expect(heading(page)).toHaveText('Mid-level compared with staff / principal');
    await page.goBack();
    await expect(heading(page)).toHaveText('Junior compared with senior');
  });

  test('asks for two different stages when both are the same', async ({ page }) => {
    await page.goto('/stages/compare/');
    await page.getByLabel('Second stage').selectOption('junior');
    await page.getByRole('button', { name: 'Show comparison' }).click();
    await expect(page.getByRole('status')).toHaveText('Choose two different stages to compare.');
    await expect(heading(page)).toHaveText('Junior compared with senior');
  });

  test('matches the stage page when comparing a stage with the one below it', async ({ page }) => {
    await page.goto('/stages/senior/');
    const onStagePage = await page.locator('[data-dimension]').allInnerTexts();
    await page.goto('/stages/compare/?from=mid-level&to=senior');
    await expect(heading(page)).toHaveText('Mid-level compared with senior');
    expect(await shownPair(page).locator('[data-dimension]').allInnerTexts()).toEqual(onStagePage);
  });

  test('without JavaScript shows junior compared with senior and links to each step', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/stages/compare/?from=mid-level&to=manager');
    await expect(heading(page)).toHaveText('Junior compared with senior');
    await expect(page.getByText('The stage picker needs JavaScript')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show comparison' })).toBeHidden();
    await expect(page.getByRole('link', { name: /^What changes from/ })).toHaveCount(5);
  });

  test('without JavaScript a link from a stage page still opens the comparison it names', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/stages/manager/');
    await page.getByRole('link', { name: 'Senior compared with engineering manager' }).click();
    await expect(heading(page)).toHaveText('Senior compared with engineering manager');
    await expect(shownPair(page)).toHaveCount(1);
  });
});

test.describe('the ladder drawing', () => {
  for (const path of ['/', '/guide/career-path/', '/stages/']) {
    test(`${path} draws the ladder as an image with a text alternative and lists every stage`, async ({ page }) => {
      await page.goto(path);
      const drawing = page.getByRole('img', { name: 'The ML engineer career ladder' });
      await expect(drawing).toBeVisible();
      await expect(drawing).toHaveAccessibleDescription(
        /Junior \(0–2 years\).*a move across from Senior or Staff \/ principal/,
      );
      const list = page.getByRole('list', { name: 'Every stage, with its own page' });
      await expect(list.getByRole('link')).toHaveText([
        'Junior ML engineer',
        'Mid-level ML engineer',
        'Senior ML engineer',
        'Staff and principal ML engineer',
        'Engineering manager for ML teams',
      ]);
    });
  }

  test('the home page sends juniors and mid-levels to the stage above them', async ({ page }) => {
    await page.goto('/');
    const cards = page.getByRole('region', { name: 'Start where you are' });
    await expect(cards.getByRole('link', { name: 'Junior ML engineer' })).toHaveAttribute('href', '/stages/mid-level/');
    await expect(cards.getByRole('link', { name: 'Mid-level ML engineer' })).toHaveAttribute('href', '/stages/senior/');
  });
});

for (const path of ['/', '/stages/', '/stages/staff-principal/', '/stages/compare/?from=junior&to=manager']) {
  test(`${path} fits a 320px screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}
