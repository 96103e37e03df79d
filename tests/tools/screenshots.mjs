// Screenshots of pages at 375px and 1280px, light and dark, for a person to look at.
// Usage: node tests/tools/screenshots.mjs <baseURL> <outDir> /path/ [/path/ ...]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { quietFlags, systemChromium } from './chromium.mjs';

const [base = 'http://localhost:4329', out = 'screenshots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const executablePath = systemChromium();
const browser = await chromium.launch({ args: quietFlags, ...(executablePath ? { executablePath } : {}) });
for (const path of paths.length ? paths : ['/']) {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(base + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
      await page.close();
    }
  }
}
await browser.close();
