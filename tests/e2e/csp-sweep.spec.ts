import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths, watchPage } from './support';

// One pass over the whole site that uses every interactive control, so a control that breaks the
// Content-Security-Policy (an inline style, an unhashed script, a blocked fetch) fails here by name.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function enhance(page: Page) {
  await page.keyboard.press('Shift'); // the first interaction loads the enhancements at once
  await expect(page.locator('html')).toHaveAttribute('data-enhanced', '');
}

// One test per page, so a slow machine gives each page its own time budget and a failure names its page.
for (const path of sitemapPaths()) {
  test(`${path}, with the theme toggled, search opened and used, and its anchors copied, has no CSP violation`, async ({
    page,
  }) => {
    test.slow(path === '/print/', 'the print edition is the whole guide on one page');
    const problems = await watchPage(page);
    await page.goto(path);
    await enhance(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    // The search page has its own search box (the last test uses it); everywhere else Ctrl+K opens the dialog.
    if (path !== '/search/') {
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: 'Search the guide' });
      await expect(dialog).toBeVisible();
      await page.keyboard.type('salary');
      await expect(page.locator('.search-section-link').first()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
    const anchor = page.locator('a[data-copy-link]').first();
    if (await anchor.count()) await anchor.click();
    const term = page.locator('a.term').first();
    if (await term.count()) await term.hover();
    expect(problems).toEqual([]);
  });
}

test('the interactive pages and arrival highlights work with no CSP violation', async ({ page }) => {
  const problems = await watchPage(page);
  await page.goto('/guide/job-market/?pagefind-highlight=salary#salaries-by-level');
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();

  await page.goto('/search/?q=rag');
  await expect(page.locator('.search-section-link').first()).toBeVisible();

  await page.goto('/skills/check/');
  await enhance(page);
  await page.getByRole('group', { name: 'Your level in Python' }).getByRole('radio', { name: 'Confident' }).check();
  await page.getByRole('button', { name: 'Share my self-check' }).click();
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.keyboard.press('Escape');

  await page.goto('/stages/compare/');
  await enhance(page);
  await page.getByLabel('First stage').selectOption('mid-level');
  await page.getByLabel('Second stage').selectOption('manager');
  await page.getByRole('button', { name: 'Show comparison' }).click();
  await expect(page).toHaveURL(/from=mid-level/);

  await page.goto('/guide/skills/');
  await enhance(page);
  await page.locator('[data-pagefind-body] p').first().selectText();
  await expect(page.getByRole('button', { name: 'Copy link to this text' })).toBeVisible();
  expect(problems).toEqual([]);
});
