// Registers the service worker that keeps the guide readable offline (src/integrations/offline.ts writes it at
// build time). It waits for `load`, so it never competes with the page itself; dev builds have no worker.
import { serviceWorkerUrl } from './trusted-types';

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const register = () => {
    navigator.serviceWorker.register(serviceWorkerUrl(), { scope: import.meta.env.BASE_URL }).catch(() => {
      // Offline reading is an extra: the page works the same without it.
    });
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
