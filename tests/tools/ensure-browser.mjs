// Before the browser tests: use the system Chromium when there is one, otherwise make sure
// Playwright's own Chromium is installed (a one-time download on a developer's machine).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './chromium.mjs';

const system = systemChromium();
if (system) {
  console.log(`browser tests use ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`browser tests use Playwright's Chromium at ${chromium.executablePath()}`);
} else if (process.env.CI) {
  console.error('No Chromium found. Install one (apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
} else {
  console.log('No system Chromium found: installing Playwright’s Chromium once…');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
