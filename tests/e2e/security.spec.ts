import { expect, test } from '@playwright/test';
import { parseBuiltPage } from '../../src/lib/built-page';
import { sitemapPaths } from './support';

test('every page carries a strict CSP in a meta element and in the HTTP headers, with the top security headers', async ({
  request,
}) => {
  for (const path of sitemapPaths()) {
    const response = await request.get(path);
    const headers = response.headers();
    const header = headers['content-security-policy'] ?? '';
    const meta = parseBuiltPage('index.html', await response.text()).csp ?? '';
    for (const policy of [header, meta]) {
      expect(policy, path).toMatch(/^default-src 'none';/);
      expect(policy, path).toContain("base-uri 'none'");
      expect(policy, path).toContain("require-trusted-types-for 'script'");
      expect(policy, path).toContain('trusted-types default guide-scripts');
      expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(policy, path).not.toContain('unsafe-inline');
      expect(policy, path).not.toMatch(/https?:|data:|\*/);
    }
    expect(header, path).toContain("frame-ancestors 'none'");
    expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
    expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('an inline script that is not the hashed theme script does not run', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && violations.push(msg.text()));
  // The page as served, with a script slipped into its markup.
  await page.route('**/about/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</main>', '<script>window.injected = true;</script></main>');
    await route.fulfill({ response, body });
  });
  await page.goto('/about/');
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected ?? false)).toBe(false);
  await expect.poll(() => violations.join('\n')).toMatch(/Content Security Policy/);
});

test('Trusted Types refuse HTML and scripts built from strings, and any policy but the site’s own', async ({
  page,
}) => {
  await page.goto('/about/');
  const refused = await page.evaluate(() => {
    const attempts: Record<string, () => void> = {
      innerHTML: () => (document.body.innerHTML = '<img src=x>'),
      scriptText: () => (document.createElement('script').textContent = 'window.injected = true'),
      otherPolicy: () =>
        (
          window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }
        ).trustedTypes.createPolicy('mine', {}),
    };
    return Object.entries(attempts).map(([name, attempt]) => {
      try {
        attempt();
        return `${name}: allowed`;
      } catch (error) {
        return `${name}: ${(error as Error).name}`;
      }
    });
  });
  expect(refused).toEqual(['innerHTML: TypeError', 'scriptText: TypeError', 'otherPolicy: TypeError']);
});
