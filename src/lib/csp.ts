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
`;
}
