import { describe, expect, it } from 'vitest';
import { parseBuiltPage } from '../../src/lib/built-page';
import { headersFile, mergePolicies } from '../../src/lib/csp';

describe('security headers from the pages’ CSP', () => {
  it('merges the sources of every page’s policy, directive by directive', () => {
    const merged = mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'");
  });

  it('reads the policy out of a built page’s meta element', () => {
    const meta = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; object-src &#39;none&#39;">`;
    const page = (head: string) => parseBuiltPage('index.html', `<html><head>${head}</head><body></body></html>`);
    expect(page(meta).csp).toBe("default-src 'self'; object-src 'none'");
    expect(page('<meta charset="utf-8">').csp).toBeUndefined();
  });

  it('sends the policy with frame-ancestors and the other security headers for every path', () => {
    const file = headersFile("default-src 'self'");
    expect(file).toContain("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) {
      expect(file).toContain(header);
    }
    expect(file.split('\n')[1]).toBe('/*');
  });
});
