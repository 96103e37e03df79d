import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, metaPolicy } from '../lib/csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Writes dist/_headers with the same Content-Security-Policy the pages carry in <meta>, plus the
 *  headers a <meta> cannot set (frame-ancestors, nosniff, referrer and permissions policies). */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(out)) {
          const policy = metaPolicy(await readFile(file, 'utf8'));
          if (policy) policies.push(policy);
        }
        if (policies.length === 0)
          throw new Error('security-headers: no page carries a CSP <meta>; is security.csp on?');
        await writeFile(join(out, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`_headers written from ${policies.length} pages' CSP`);
      },
    },
  };
}
