// Scores the built site with the MDN HTTP Observatory's own scanner (@mdn/mdn-http-observatory), as it would score
// the production host: the site is served by the test server over HTTPS, with a certificate made for the run and
// trusted only by the scanner's process, and plain HTTP on the same port redirects to HTTPS, as Netlify,
// Cloudflare Pages and GitHub Pages do. Usage: node tests/tools/observatory.mjs [dist] (prints grade, score, tests).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { createServer as createTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteHandler } from './serve.mjs';

/** Serves `dist` over HTTPS and HTTP on one port: the first byte of a connection tells a TLS handshake apart. */
async function serveBoth(dist, tls) {
  const site = siteHandler(dist);
  const https = createHttps(tls, site);
  const http = createHttp((req, res) => {
    res.writeHead(301, { location: `https://${req.headers.host}${req.url}` });
    res.end();
  });
  const server = createTcp((socket) => {
    socket.once('readable', () => {
      const first = socket.read(1);
      if (!first) return socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
    });
  });
  await new Promise((resolve) => server.listen(0, resolve));
  return { port: server.address().port, close: () => server.close() };
}

/** The Observatory's scan of the site built in `dist`: { scan: { grade, score, … }, tests }. */
export async function observatory(dist = 'dist') {
  const { dir, key, cert } = certificate();
  const server = await serveBoth(dist, { key: readFileSync(key), cert: readFileSync(cert) });
  try {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--scan', `localhost:${server.port}`], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: cert },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    if (code !== 0) throw new Error(`the Observatory scan failed:\n${err}`);
    return JSON.parse(out);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A key and a self-signed certificate for localhost, in a new folder (openssl, from the machine). */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'observatory-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { dir, key, cert };
}

/** In the scanner's own process, where the certificate is trusted: scan `host` and print the result. */
async function scanAndPrint(host) {
  const pkg = dirname(fileURLToPath(import.meta.resolve('@mdn/mdn-http-observatory')));
  // The package's install step downloads the HSTS preload list, which this offline machine cannot; the scanner
  // only reads it to give credit to preloaded domains, which localhost is not.
  const preload = join(pkg, '..', 'conf', 'hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}');
  const { scan } = await import('@mdn/mdn-http-observatory');
  const result = await scan(host);
  const tests = Object.fromEntries(
    Object.values(result.tests).map((t) => [
      t.name ?? t.constructor?.name,
      { result: t.result, score: t.scoreModifier },
    ]),
  );
  process.stdout.write(JSON.stringify({ scan: result.scan, tests }));
}

if (import.meta.main) {
  if (process.argv[2] === '--scan') {
    await scanAndPrint(process.argv[3]);
  } else {
    const { scan, tests } = await observatory(process.argv[2] ?? 'dist');
    console.log(
      `MDN HTTP Observatory: grade ${scan.grade}, score ${scan.score}, ${scan.testsPassed}/${scan.testsQuantity} tests passed`,
    );
    console.table(tests);
  }
}
