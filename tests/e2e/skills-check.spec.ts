import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support';

const path = '/skills/check/';
const key = 'skills-check:v1';
const level = (page: Page, skill: string) => page.getByRole('group', { name: `Your level in ${skill}` });
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key);
const notice = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });

test.describe('the skills self-check', () => {
  test('marking a skill updates the summary and survives a reload', async ({ page }) => {
    const problems = await watchPage(page);
    await page.goto(path);
    const summary = page.getByRole('region', { name: 'Your summary' });
    await expect(summary).toContainText('You have marked 0 of 16 skills.');
    await level(page, 'Python').getByRole('radio', { name: 'Confident' }).check();
    await level(page, 'RAG systems').getByRole('radio', { name: 'Not yet' }).check();
    await expect(summary).toContainText('You have marked 2 of 16 skills.');
    await expect(summary).toContainText('1 confident, 0 learning, 0 not yet, 5 not marked, of 6.');
    // The gap points to the section that covers it.
    await expect(summary.getByRole('link', { name: 'RAG systems' })).toHaveAttribute(
      'href',
      '/guide/skills/#rag-systems',
    );

    await page.reload();
    await expect(level(page, 'Python').getByRole('radio', { name: 'Confident' })).toBeChecked();
    await expect(level(page, 'RAG systems').getByRole('radio', { name: 'Not yet' })).toBeChecked();
    await expect(level(page, 'SQL and data manipulation').getByRole('radio', { checked: true })).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('works with the keyboard alone: arrow keys move through a skill’s choices', async ({ page }) => {
    await page.goto(path);
    await level(page, 'Python').getByRole('radio', { name: 'Not yet' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(level(page, 'Python').getByRole('radio', { name: 'Learning' })).toBeChecked();
    await expect.poll(() => stored(page)).toContain('"python":"learning"');
    // Tab leaves the group for the next focusable thing, the next skill's guide link.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'PyTorch or TensorFlow in the skills guide' })).toBeFocused();
  });

  test('a shared link shows the same marks read-only, and adopting it makes them yours', async ({ page, browser }) => {
    await page.goto(path);
    await level(page, 'Python').getByRole('radio', { name: 'Confident' }).check();
    await level(page, 'Communication').getByRole('radio', { name: 'Learning' }).check();
    await page.getByRole('button', { name: 'Share my self-check' }).click();
    const link = await page.getByLabel('Link to your self-check').inputValue();
    expect(new URL(link).hash).toBe('#v1:c=python;l=communication');

    const friend = await browser.newPage();
    const problems = await watchPage(friend);
    await friend.goto(link);
    await expect(friend.getByRole('heading', { name: 'You are looking at a shared self-check' })).toBeVisible();
    await expect(level(friend, 'Python').getByRole('radio', { name: 'Confident' })).toBeChecked();
    await expect(level(friend, 'Communication').getByRole('radio', { name: 'Learning' })).toBeChecked();
    await expect(level(friend, 'Python').getByRole('radio', { name: 'Learning' })).toBeDisabled();
    await expect(friend.getByRole('button', { name: 'Share my self-check' })).toBeHidden();
    expect(await stored(friend)).toBeNull();

    await friend.getByRole('button', { name: 'Make this my self-check' }).click();
    await expect(notice(friend)).toHaveText('The shared self-check is now yours, saved in this browser.');
    expect(new URL(friend.url()).hash).toBe('');
    await expect(level(friend, 'Python').getByRole('radio', { name: 'Learning' })).toBeEnabled();
    await friend.reload();
    await expect(level(friend, 'Communication').getByRole('radio', { name: 'Learning' })).toBeChecked();
    expect(problems).toEqual([]);
  });

  test('adopting a shared self-check over your own marks asks first', async ({ page }) => {
    await page.goto(path);
    await level(page, 'Linux and the command line').getByRole('radio', { name: 'Not yet' }).check();
    await page.goto(`${path}#v1:c=linux`);
    await page.getByRole('button', { name: 'Make this my self-check' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace your own marks?' });
    await expect(dialog).toContainText('You have 1 skill marked in this browser.');
    await dialog.getByRole('button', { name: 'Keep my marks' }).click();
    await expect(dialog).toBeHidden();
    expect(await stored(page)).toContain('"linux":"not-yet"');
    await page.getByRole('button', { name: 'Make this my self-check' }).click();
    await dialog.getByRole('button', { name: 'Replace my marks' }).click();
    await expect(level(page, 'Linux and the command line').getByRole('radio', { name: 'Confident' })).toBeChecked();
    expect(await stored(page)).toContain('"linux":"confident"');
  });

  test('a damaged shared link says so and shows your own self-check', async ({ page }) => {
    const problems = await watchPage(page);
    await page.goto(`${path}#v1:c=python=oops`);
    await expect(notice(page)).toContainText('This shared link could not be read');
    await expect(page.getByRole('button', { name: 'Share my self-check' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('corrupt storage starts fresh and says so, never a blank page', async ({ page }) => {
    const problems = await watchPage(page);
    await page.addInitScript((k) => localStorage.setItem(k, '{"format": broken'), key);
    await page.goto(path);
    await expect(notice(page)).toHaveText(
      'Your saved self-check could not be read, so it starts fresh. Marking a skill saves a new one.',
    );
    await expect(page.getByRole('heading', { name: 'Python' })).toBeVisible();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await level(page, 'Git and engineering practices').getByRole('radio', { name: 'Confident' }).check();
    expect(JSON.parse((await stored(page)) ?? '')).toMatchObject({ version: 1, marks: { git: 'confident' } });
    expect(problems).toEqual([]);
  });

  test('skills the list no longer has are ignored, and new skills start unmarked', async ({ page }) => {
    await page.addInitScript((k) => {
      const marks = { python: 'confident', 'retired-skill': 'learning', rag: 'expert' };
      localStorage.setItem(k, JSON.stringify({ format: 'ml-engineer-career-guide/skills-check', version: 1, marks }));
    }, key);
    await page.goto(path);
    await expect(level(page, 'Python').getByRole('radio', { name: 'Confident' })).toBeChecked();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await expect(notice(page)).toHaveCount(0);
  });

  test('export saves a JSON file that import restores, and a foreign file is refused', async ({ page }, testInfo) => {
    await page.goto(path);
    await level(page, 'MLOps tools').getByRole('radio', { name: 'Learning' }).check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to a file' }).click();
    const file = testInfo.outputPath('export.json');
    await (await download).saveAs(file);
    expect((await download).suggestedFilename()).toMatch(/^skills-self-check-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ marks: { mlops: 'learning' } });

    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Clear all marks' }).click();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);

    const input = page.locator('input[type="file"]');
    await input.setInputFiles(file);
    await expect(notice(page)).toHaveText('Imported 1 mark from export.json.');
    await expect(level(page, 'MLOps tools').getByRole('radio', { name: 'Learning' })).toBeChecked();

    await input.setInputFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name":"x"}'),
    });
    await expect(notice(page)).toHaveText(
      'package.json could not be imported because it is not a skills self-check. Your marks are unchanged.',
    );
    await expect(level(page, 'MLOps tools').getByRole('radio', { name: 'Learning' })).toBeChecked();
  });

  test('reset asks for confirmation, and keeping your marks cancels it', async ({ page }) => {
    await page.goto(path);
    await level(page, 'Collaboration').getByRole('radio', { name: 'Confident' }).check();
    await page.getByRole('button', { name: 'Reset' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear all your marks?' });
    await expect(dialog.getByRole('button', { name: 'Keep my marks' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(level(page, 'Collaboration').getByRole('radio', { name: 'Confident' })).toBeChecked();
    await page.getByRole('button', { name: 'Reset' }).click();
    await dialog.getByRole('button', { name: 'Clear all marks' }).click();
    await expect(notice(page)).toHaveText('All marks cleared.');
    expect(await stored(page)).toBeNull();
  });

  test('without JavaScript it lists every skill with why, how and a link, and says the tracker needs JavaScript', async ({
    browser,
  }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(path);
    await expect(page.getByText('The self-check needs JavaScript')).toBeVisible();
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(16);
    await expect(page.getByText('Why it matters:')).toHaveCount(16);
    await expect(page.getByText('How to show it:')).toHaveCount(16);
    await expect(page.getByRole('link', { name: /in the skills guide$/ })).toHaveCount(19);
    await expect(page.getByRole('radio')).toHaveCount(0);
  });

  test('fits a 320px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await level(page, 'Distributed training and inference optimization')
      .getByRole('radio', { name: 'Learning' })
      .check();
    await page.getByRole('button', { name: 'Share my self-check' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the shared view and the reset dialog have no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      await page.goto(`${path}#v1:c=python;l=rag;n=rust-cpp`);
      await expect(page.getByRole('button', { name: 'Make this my self-check' })).toBeVisible();
      expect((await axe()).violations.map((v) => v.id)).toEqual([]);
      await page.getByRole('button', { name: 'Show my own self-check' }).click();
      await page.getByRole('button', { name: 'Reset' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect((await axe()).violations.map((v) => v.id)).toEqual([]);
    });
  }
});
