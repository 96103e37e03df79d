import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support';

test('every page carries a strict CSP in a meta element and in the HTTP headers', async ({ request }) => {
  for (const path of sitemapPaths()) {
    const response = await request.get(path);
    const headers = response.headers();
    const header = headers['content-security-policy'] ?? '';
    const html = await response.text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const policy of [header, meta.replaceAll('&#39;', "'")]) {
      expect(policy, path).toContain("object-src 'none'");
      expect(policy, path).toContain("base-uri 'self'");
      expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(policy, path).not.toContain('unsafe-inline');
      expect(policy, path).not.toMatch(/https?:/);
    }
    expect(header, path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('an inline script that is not the hashed theme script is blocked', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && violations.push(msg.text()));
  await page.goto('/about/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true;';
    document.body.append(s);
    return (window as unknown as { injected?: boolean }).injected ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.join('\n')).toMatch(/Content Security Policy/);
});
