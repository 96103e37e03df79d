// Which Chromium the tests drive: $CHROMIUM_PATH, else the system's /usr/bin/chromium (Debian),
// else undefined, meaning Playwright's own downloaded browser.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Absolute path of a system Chromium, or undefined to use Playwright's bundled one. */
export function systemChromium() {
  return candidates.find((p) => p && existsSync(p));
}

/** Flags that keep a headless Chromium from calling home on a closed network. */
export const quietFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
];
