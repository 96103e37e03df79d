import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const q of process.argv.slice(2)) {
  const ctx = await b.newContext({ serviceWorkers: 'block' });
  const p = await ctx.newPage();
  const log = [];
  p.on('requestfinished', async (r) => {
    const s = await r.sizes();
    log.push([r.url().replace('http://localhost:4400', ''), s.responseBodySize]);
  });
  await p.goto('http://localhost:4400/guide/career-path/');
  await p.keyboard.press('Shift');
  await p.waitForTimeout(1500);
  log.length = 0;
  await p.keyboard.press('Control+k');
  await p.locator('.search-dialog[open] input').waitFor();
  await p.waitForTimeout(1500);
  console.log(
    q,
    'open',
    log.reduce((s, x) => s + x[1], 0),
  );
  log.length = 0;
  await p.keyboard.type(q, { delay: 100 });
  await p.waitForTimeout(150);
  console.log(
    log.map((x) => x.join(' ')).join('\n'),
    '\nsum',
    log.reduce((s, x) => s + x[1], 0),
  );
  await ctx.close();
}
await b.close();
