/* dist/_headers for hosts that read it (Netlify, Cloudflare Pages, and the test server): the same
   Content-Security-Policy the pages carry in <meta>, plus the headers a <meta> cannot set. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile, mergePolicies } from '../lib/csp.ts';
import type { BuiltSite } from './built-site.ts';

/** Writes dist/_headers from the pages' policies; returns how many pages carried one. */
export async function writeHeaders(site: BuiltSite): Promise<number> {
  const policies = site.pages.flatMap((p) => (p.csp ? [p.csp] : []));
  if (policies.length === 0) throw new Error('no page carries a CSP <meta>; is security.csp on in astro.config.mjs?');
  await writeFile(join(site.root, '_headers'), headersFile(mergePolicies(policies), site.base));
  return policies.length;
}
