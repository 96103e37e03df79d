/* Trusted Types are enforced (the CSP's require-trusted-types-for 'script'): a string can reach a sink that loads
   script only through a policy. The site inserts no HTML from strings; it has two script URLs, and each policy
   allows exactly its own:
   - "guide-scripts", this site's own: the offline service worker;
   - "default", which the browser applies to strings handed to a sink by code we do not write: Pagefind's search
     engine passes its web worker's URL to `new Worker` as a string. Anything else is refused.
   The CSP lists both names (astro.config.mjs), so no other policy can be created. */

const base = import.meta.env.BASE_URL;

/** A URL on this site, as a path ("/sw.js"), or null when `url` points anywhere else. */
function pathOnSite(url: string): string | null {
  const parsed = new URL(url, location.href);
  return parsed.origin === location.origin ? parsed.pathname : null;
}

function only(paths: readonly string[]) {
  return (url: string) => {
    if (paths.includes(pathOnSite(url) ?? '')) return url;
    throw new TypeError(`Trusted Types: ${url} is not a script this site loads`);
  };
}

type Policy = { createScriptURL(url: string): string };
const types = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
interface TrustedTypePolicyFactoryLike {
  defaultPolicy: unknown;
  getPolicyNames?(): string[];
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): Policy;
}

if (types && !types.defaultPolicy) {
  types.createPolicy('default', { createScriptURL: only([`${base}pagefind/pagefind-worker.js`]) });
}

const own: Policy | undefined = types?.createPolicy('guide-scripts', { createScriptURL: only([`${base}sw.js`]) });

/** The service worker's URL, as the browser accepts it under Trusted Types. */
export function serviceWorkerUrl(): string {
  const url = `${base}sw.js`;
  return (own?.createScriptURL(url) as string | undefined) ?? url;
}
