// A static file server that behaves like the hosts the site deploys to (Netlify, Cloudflare Pages):
// text is compressed (brotli or gzip, as the browser accepts),
// directory URLs serve index.html, unknown URLs get 404.html with status 404, and the rules in
// dist/_headers and dist/_redirects apply. `npm start` serves the built site with it, so what a newcomer sees is what
// production serves. Usage: node tests/tools/serve.mjs <dir> [port]; the port defaults to $PORT, then 4321.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** `_headers` blocks: a path pattern line, then indented "Name: value" lines. */
function readHeaderRules(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else
      rules.at(-1)?.headers.push(
        line
          .trim()
          .split(/:\s*(.*)/s)
          .slice(0, 2),
      );
  }
  return rules;
}

/** `_redirects` lines: "from to [status]". */
function readRedirects(root) {
  const file = join(root, '_redirects');
  if (!existsSync(file)) return new Map();
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  return new Map(
    lines.map((l) => l.trim().split(/\s+/)).map(([from, to, status]) => [from, { to, status: Number(status ?? 301) }]),
  );
}

const matches = (pattern, path) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

/**
 * The request handler for the site built into `root`, served under `base` ("/" or "/repo/", as a GitHub Pages
 * project site is): paths outside the base are not found.
 */
export function siteHandler(dir, base = '/') {
  const root = resolve(dir);
  return (req, res) => handle(root, base, req, res);
}

function handle(root, base, req, res) {
  // Read per request, so a rebuild of dist/ is served correctly by a server that kept running.
  const headerRules = readHeaderRules(root);
  const redirects = readRedirects(root);
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Rules in _redirects and _headers name the paths readers request, base included.
  let served = decodeURIComponent(url.pathname);
  const redirect = redirects.get(served);
  if (redirect) {
    res.writeHead(redirect.status, { location: redirect.to });
    return res.end();
  }
  const inside = served.startsWith(base) || `${served}/` === base;
  let file = inside ? normalize(join(root, served.slice(base.length))) : '';
  if (!file.startsWith(root)) file = '';
  if (file && existsSync(file) && statSync(file).isDirectory()) {
    if (!served.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    file = join(file, 'index.html');
  }
  let status = 200;
  if (!file || !existsSync(file)) {
    status = 404;
    file = join(root, '404.html');
    served = `${base}404.html`;
  }
  const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  for (const rule of headerRules) {
    if (matches(rule.pattern, served)) for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  // Compress text as a CDN would, so benchmarks and Lighthouse see realistic transfer sizes.
  const accept = String(req.headers['accept-encoding'] ?? '');
  const compressible = /^(text\/|application\/(json|xml|manifest|javascript))|image\/svg/.test(headers['content-type']);
  const encoding = !compressible
    ? undefined
    : accept.includes('br')
      ? 'br'
      : accept.includes('gzip')
        ? 'gzip'
        : undefined;
  if (encoding) Object.assign(headers, { 'content-encoding': encoding, vary: 'accept-encoding' });
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  const body = createReadStream(file);
  if (encoding === 'br') body.pipe(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })).pipe(res);
  else if (encoding === 'gzip') body.pipe(createGzip()).pipe(res);
  else body.pipe(res);
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
  const base = process.env.BASE_PATH ?? '/';
  createServer(siteHandler(dir, base))
    .on('error', (error) => {
      if (error.code !== 'EADDRINUSE') throw error;
      console.error(
        `Port ${port} is already in use. Stop what is using it, or choose another port: PORT=4400 npm start`,
      );
      process.exit(1);
    })
    .listen(port, () => console.log(`serving ${resolve(dir)} on http://localhost:${port}${base}`));
}
