// `npm start` builds the site, then serves it with `npm run serve`: these tests start that server as the command
// does and check it serves the site the way the production hosts do.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';

/** A port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Runs `npm run serve` with PORT set; resolves with the process and everything it printed once it says where it
    serves, or once it exits. */
function serve(port: number): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  const child = spawn('npm', ['run', '--silent', 'serve'], { env: { ...process.env, PORT: String(port) } });
  let printed = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve) => {
    const collect = (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes('serving')) resolve({ child, output: () => printed, exited });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    void exited.then(() => resolve({ child, output: () => printed, exited }));
  });
}

test.describe('the server npm start runs', () => {
  let server: ChildProcess | undefined;
  let base = '';

  test.beforeAll(async () => {
    const port = await freePort();
    ({ child: server } = await serve(port));
    base = `http://localhost:${port}`;
  });
  test.afterAll(() => {
    server?.kill();
  });

  test('sends the security headers of _headers, compressed pages, and redirects a path without its slash', async () => {
    const page = await fetch(`${base}/guide/skills/`, { headers: { 'accept-encoding': 'br' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('content-encoding')).toBe('br');
    const bare = await fetch(`${base}/guide/skills`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/guide/skills/');
  });

  test('answers an unknown path with the not-found page and status 404', async () => {
    const missing = await fetch(`${base}/guide/no-such-article/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('This page does not exist');
  });

  test('says which port is taken and how to choose another', async () => {
    const port = Number(new URL(base).port);
    const second = await serve(port);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`Port ${port} is already in use`);
    expect(second.output()).toContain('PORT=');
  });
});
