import { expect, test } from '@playwright/test';
import { builtManifest, missingFrom, publishedManifest, unlisted } from '../tools/manifest';

const dist = new URL('../../dist', import.meta.url).pathname;

test('no published URL or anchor has gone from the build', async () => {
  const { manifest, redirects } = await builtManifest(dist);
  expect(missingFrom(publishedManifest(), manifest, redirects)).toEqual([]);
});

test('the manifest lists every page and anchor the build publishes (npm run manifest:update adds them)', async () => {
  const { manifest } = await builtManifest(dist);
  expect(unlisted(publishedManifest(), manifest)).toEqual([]);
});
