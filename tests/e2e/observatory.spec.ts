import { expect, test } from '@playwright/test';
import { observatory } from '../tools/observatory.mjs';

// The MDN HTTP Observatory's own scanner, run against the built site served as the production hosts serve it
// (HTTPS, HTTP redirecting to it, the headers of _headers): tests/tools/observatory.mjs explains the setup.
test('the served site scores A+ on the MDN HTTP Observatory, passing every test', async () => {
  test.slow();
  const { scan, tests } = await observatory('dist');
  console.log(
    `MDN HTTP Observatory: grade ${scan.grade}, score ${scan.score}, ${scan.testsPassed}/${scan.testsQuantity}`,
  );
  console.table(tests);
  test.info().annotations.push({ type: 'observatory', description: `${scan.grade}, ${scan.score}` });
  expect(scan.grade).toBe('A+');
  expect(scan.testsPassed).toBe(scan.testsQuantity);
  // 130 is the most a site can earn without a script element on first view (SRI, +5) or a place on the browsers'
  // HSTS preload list (+5): default-src 'none' (+10), CORP (+10), a private referrer policy and frame-ancestors (+5
  // each).
  expect(scan.score).toBeGreaterThanOrEqual(130);
});
