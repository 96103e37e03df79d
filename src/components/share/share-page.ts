/** The article's Share button: opens the device's share sheet, and stays hidden where there is none. */
import { announce } from '../../scripts/announce';
import { pageUrl } from './page-url';

const meta = (key: string) =>
  document.querySelector<HTMLMetaElement>(`meta[property="${key}"], meta[name="${key}"]`)?.content;

class SharePage extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button || typeof navigator.share !== 'function') return;
    const data = () => ({ title: meta('og:title') ?? document.title, text: meta('description') ?? '', url: pageUrl() });
    if (navigator.canShare && !navigator.canShare(data())) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.share(data());
      } catch (error) {
        // AbortError is the reader closing the sheet, which needs no answer.
        if ((error as Error).name !== 'AbortError') announce('Could not open the share menu');
      }
    });
  }
}

if (!customElements.get('share-page')) customElements.define('share-page', SharePage);
