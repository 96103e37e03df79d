// Shared pieces of the benchmarks: serving a built site, launching the system Chromium, reports.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import { quietFlags, systemChromium } from '../tools/chromium.mjs';

/** Serves `dir` with the test server on `port`; resolves once it answers, with a stop function. */
export async function serve(dir, port) {
  const child = spawn(process.execPath, ['tests/tools/serve.mjs', dir, String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url: `http://localhost:${port}`, stop: () => child.kill() };
}

/** Launch options for Playwright's chromium: the system browser when there is one. */
export function launchOptions() {
  const executablePath = systemChromium();
  return { args: quietFlags, ...(executablePath ? { executablePath } : {}) };
}

/** Bytes of `buf` after brotli at quality 5, roughly what a CDN compresses on the fly. */
export const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;

/** Total size of a directory tree in bytes. */
export function dirBytes(dir) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

/** Writes a JSON report under bench/reports/ and returns its path. */
export function writeReport(name, data) {
  mkdirSync('bench/reports', { recursive: true });
  const path = `bench/reports/${name}.json`;
  writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), ...data }, null, 2)}\n`);
  return path;
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Page types the budgets cover, as paths that exist in `dist`: the first match of each type is used. */
export function pageTypes(dist = 'dist') {
  const has = (p) => existsSync(join(dist, p, 'index.html'));
  const articles = readdirSync(join(dist, 'guide'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ path: `/guide/${d.name}/`, size: statSync(join(dist, 'guide', d.name, 'index.html')).size }))
    .sort((a, b) => b.size - a.size);
  const candidates = {
    home: '/',
    'article (longest)': articles[0]?.path,
    contents: '/guide/',
    search: '/search/',
    'skills check': '/skills/check/',
    stage: '/stages/senior/',
    'stage comparison': '/stages/compare/',
    salaries: '/salaries/',
    glossary: '/glossary/',
    print: '/print/',
    about: '/about/',
    changes: '/changes/',
  };
  return Object.entries(candidates)
    .filter(([, path]) => path && has(path))
    .map(([type, path]) => ({ type, path }));
}

/** Copies the project (sources and content, not dist or caches) to a new temporary folder. Its node_modules links
    to each installed package but not to the caches (Astro's content store, share images), so a copy starts cold and
    never writes into the original's caches. */
export function copyProject(prefix = 'guide-copy-') {
  const root = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const skip = /\/(node_modules|dist|\.astro|\.git|bench|test-results|playwright-report)(\/|$)/;
  cpSync(root, dir, { recursive: true, filter: (src) => !skip.test(src.slice(root.length)) });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!['.astro', '.cache', '.vite'].includes(name)) {
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
    }
  }
  return dir;
}

/** GNU time's path, installing Debian's `time` package the first time a machine lacks it (the benches run as root). */
export function gnuTime() {
  const path = '/usr/bin/time';
  if (!existsSync(path)) {
    const apt = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    if (spawnSync('apt-get', ['install', '-y', '-qq', 'time'], apt).status !== 0) {
      spawnSync('apt-get', ['update', '-qq'], apt);
      spawnSync('apt-get', ['install', '-y', '-qq', 'time'], apt);
    }
    if (!existsSync(path)) throw new Error(`${path} is missing and apt-get could not install Debian's "time" package`);
  }
  return path;
}

/** Deletes what a build leaves behind (dist/, .astro/ and node_modules/.astro), so the next build of `dir` is cold. */
export function coldStart(dir) {
  for (const path of ['dist', '.astro', 'node_modules/.astro'])
    rmSync(join(dir, path), { recursive: true, force: true });
}

/** The environment for a child that runs npm or npx: this process's Node first on PATH (the machine's may be older). */
export const withOwnNode = (env = process.env) => ({
  ...env,
  PATH: `${dirname(process.execPath)}${delimiter}${env.PATH}`,
});

/** Runs `npx astro build` in `dir` under GNU time: wall seconds, processor seconds, peak resident memory of the
    biggest process (MiB) and the log. */
export function timedBuild(dir) {
  const env = withOwnNode({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });
  const start = performance.now();
  const run = spawnSync(gnuTime(), ['-v', 'npx', '--no-install', 'astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 2 ** 28,
    env,
  });
  const seconds = (performance.now() - start) / 1000;
  const log = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  if (run.status !== 0) {
    const tail = log.split('\n').slice(-40).join('\n');
    throw new Error(`build failed (exit ${run.status}, signal ${run.signal}) in ${dir}, kept for inspection:\n${tail}`);
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  if (!rss) throw new Error(`GNU time reported no peak memory for the build in ${dir}`);
  // Processor time on every core (user and system), the build's children included: the work, whatever the wall.
  const cpu = ['User', 'System'].reduce(
    (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr ?? '')?.[1] ?? 0),
    0,
  );
  return {
    seconds: Number(seconds.toFixed(1)),
    cpuSeconds: Number(cpu.toFixed(1)),
    peakMiB: Math.round(Number(rss[1]) / 1024),
    log,
  };
}
