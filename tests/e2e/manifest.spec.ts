import { expect, test } from '@playwright/test';
import { missingFrom, unlisted } from '../../src/lib/manifest';
import { builtManifest, publishedManifest } from '../tools/manifest';

const dist = new URL('../../dist', import.meta.url).pathname;

test('no published URL or anchor has gone from the build', () => {
  const { manifest, redirects } = builtManifest(dist);
  expect(missingFrom(publishedManifest(), manifest, redirects)).toEqual([]);
});

test('the manifest lists every page and anchor the build publishes (npm run manifest:update adds them)', () => {
  const { manifest } = builtManifest(dist);
  expect(unlisted(publishedManifest(), manifest)).toEqual([]);
});
