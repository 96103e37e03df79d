// The peer the scale bench measures against: a default Starlight site holding the guide's source text, kept
// read-only in shared/baselines/starlight. A bench works on a temporary copy, installed once, as the baseline's
// README says, so both sites are built in the same run, on the same machine, with the same articles.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withOwnNode } from './lib.mjs';

/** The baseline: STARLIGHT_BASELINE, else shared/ beside the repository (as CI lays it), else the workplace's. */
export function baselineDir() {
  const candidates = [
    process.env.STARLIGHT_BASELINE,
    resolve('../shared/baselines/starlight'),
    '/work/shared/baselines/starlight',
  ].filter(Boolean);
  const found = candidates.find((dir) => existsSync(join(dir, 'make-content.mjs')));
  if (!found) throw new Error(`no Starlight baseline in ${candidates.join(', ')}; set STARLIGHT_BASELINE`);
  return found;
}

/** Makes every file under `path` writable by its owner: shared/ is read-only, and its modes come along in a copy. */
function makeWritable(path) {
  chmodSync(path, 0o755);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory()) makeWritable(join(path, entry.name));
    else chmodSync(join(path, entry.name), 0o644);
  }
}

/** Copies the baseline (with the seeds beside it, where make-content.mjs looks) to a temporary folder, installs it
    with this process's Node and writes the seed pages. Returns the site's folder and a way to set its articles. */
export function preparePeer() {
  const baseline = baselineDir();
  const root = mkdtempSync(join(tmpdir(), 'guide-peer-'));
  const dir = join(root, 'baselines/starlight');
  cpSync(baseline, dir, { recursive: true });
  cpSync(resolve(baseline, '../../seeds'), join(root, 'seeds'), { recursive: true });
  makeWritable(root);
  const run = (cmd, args) =>
    execFileSync(cmd, args, {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: withOwnNode(),
    });
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  run(process.execPath, ['make-content.mjs']);
  const articles = join(dir, 'src/content/docs/articles');
  return {
    dir,
    /** Replaces the peer's synthetic articles with `files` (name -> text), outside the sidebar's guide/. */
    setArticles(files) {
      rmSync(articles, { recursive: true, force: true });
      mkdirSync(articles, { recursive: true });
      for (const [name, text] of files) writeFileSync(join(articles, name), text);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
