/* After the build, turns the `redirects` map in src/site.config.ts into `_redirects` rules (appended to any that
   public/ brought) and an HTML forwarding page at each old path. Fails the build on a map that would break links. */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redirectPage, redirectProblems, redirectRules } from '../lib/redirects.ts';
import { withBase } from '../lib/url.ts';

/** Writes the redirects for `map` into the built site at `root`; pages are the paths the build produced, within
    the site; `site` is where it is published. */
export async function writeRedirects(
  root: string,
  map: Record<string, string>,
  pages: ReadonlySet<string>,
  site: { origin: string; base: string },
): Promise<void> {
  const problems = redirectProblems(map, pages);
  if (problems.length) throw new Error(`src/site.config.ts redirects:\n  ${problems.join('\n  ')}`);
  if (Object.keys(map).length === 0) return;
  await appendFile(join(root, '_redirects'), `# Moved pages (src/site.config.ts)\n${redirectRules(map, site.base)}`);
  for (const [from, to] of Object.entries(map)) {
    const dir = join(root, from);
    if (existsSync(join(dir, 'index.html'))) throw new Error(`redirect ${from}: ${from}index.html already exists`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), redirectPage(withBase(site.base, to), site.origin));
  }
}
