import { defineConfig, devices } from '@playwright/test';
import { quietFlags, systemChromium } from './tests/tools/chromium.mjs';

const port = Number(process.env.PORT ?? 4329);
/** The base-path build (npm run build:base): the site as a GitHub Pages project site serves it, under /guide-base/. */
const basePort = port + 100;
const base = '/guide-base/';
const executablePath = systemChromium();

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  ...(process.env.CI ? { workers: 2 } : {}),
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // Twice Playwright's defaults: a CI machine is shared, and under load a page can take a few times longer to load
  // and run. The tests assert what a reader sees, never how fast; the benches measure time.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { args: quietFlags, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /base-path\.spec\.ts$/ },
    {
      name: 'base-path',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${basePort}${base}` },
      testMatch: /base-path\.spec\.ts$/,
    },
  ],
  // Tests run against the production build, served as a static host would serve it.
  webServer: [
    {
      command: `node tests/tools/serve.mjs dist ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node tests/tools/serve.mjs dist-base ${basePort}`,
      env: { BASE_PATH: base },
      url: `http://localhost:${basePort}${base}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
