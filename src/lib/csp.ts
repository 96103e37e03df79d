import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of every page, written once: Head.astro puts it in a <meta>, and the build copies it
 * into _headers with what only a header can carry. Nothing loads unless it is listed: the site's own files, the
 * WebAssembly of search, and the one inline script, by its hash. (Astro's own CSP feature would also list a hash of
 * every script chunk of the site on every page, which the site's own-origin scripts do not need.)
 */
export function pagePolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    // Search fetches its index; the service worker caches pages.
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    // Strings reach script-loading sinks only through these policies (src/scripts/trusted-types.ts).
    "require-trusted-types-for 'script'",
    'trusted-types default guide-scripts',
  ].join('; ');
}

/** Merges CSP policies ("a 'x'; b 'y'") into one whose directives hold every source any of them allows. */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Directives a <meta> policy cannot carry but an HTTP header can. */
const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** The `_headers` file (Netlify, Cloudflare Pages) that sends `policy` and the other security headers. */
export function headersFile(policy: string, base = '/'): string {
  const csp = [policy, ...headerOnlyDirectives].join('; ');
  return `# Generated at build time by src/integrations/headers.ts from the pages' CSP <meta>.
${base}*
  Content-Security-Policy: ${csp}
  Strict-Transport-Security: max-age=63072000; includeSubDomains
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()
  X-Frame-Options: DENY
  Cross-Origin-Opener-Policy: same-origin
  Cross-Origin-Resource-Policy: same-origin
${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable
${base}*.md
  Content-Type: text/markdown; charset=utf-8
`;
}
