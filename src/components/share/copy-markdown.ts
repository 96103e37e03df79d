/* "Copy page as Markdown", beside an article's Share button: fetches the page's Markdown twin from the site (the
   address its <link rel="alternate" type="text/markdown"> names) and copies it. The control only works with
   JavaScript, so this script adds it rather than every page sending it; without JavaScript the twin is still named
   in the page's head, and in /llms.txt. */
import { announce, liveRegion } from '../../scripts/announce';
import { copyText } from '../../scripts/clipboard';

class CopyMarkdown extends HTMLElement {
  #text?: Promise<string> | undefined;

  /** The twin's text, fetched once: on the first hover or focus, so a click can usually copy at once. */
  #load(): Promise<string> {
    const src = document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="text/markdown"]')?.href ?? '';
    this.#text ??= fetch(src).then((response) => {
      if (!response.ok) throw new Error(`${src} answered ${response.status}`);
      return response.text();
    });
    // A failed fetch (offline, say) is tried again on the next click.
    this.#text.catch(() => (this.#text = undefined));
    return this.#text;
  }

  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    liveRegion();
    const warm = () => void this.#load().catch(() => {});
    button.addEventListener('pointerenter', warm, { once: true });
    button.addEventListener('focus', warm, { once: true });
    button.addEventListener('click', async () => {
      const copied = await this.#copy();
      announce(
        copied ? 'Page copied as Markdown' : 'Could not copy the page: "This page as Markdown" at the end opens it',
      );
    });
  }

  async #copy(): Promise<boolean> {
    // Safari keeps clipboard access to the click itself: a ClipboardItem may wait for the text, writeText may not.
    if (typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
      try {
        const blob = this.#load().then((text) => new Blob([text], { type: 'text/plain' }));
        await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
        return true;
      } catch {
        // Refused, or the fetch failed: try the plain way below.
      }
    }
    try {
      return await copyText(await this.#load());
    } catch {
      return false;
    }
  }
}

if (!customElements.get('copy-markdown')) customElements.define('copy-markdown', CopyMarkdown);

const share = document.querySelector('article share-page');
if (share && document.querySelector('link[rel="alternate"][type="text/markdown"]')) {
  const control = document.createElement('copy-markdown');
  const button = document.createElement('button');
  button.type = 'button';
  button.className =
    'inline-flex items-center gap-1.5 rounded-md border border-border px-2.5 py-0.5 text-sm text-fg hover:bg-surface';
  button.textContent = 'Copy page as Markdown';
  control.append(button);
  share.before(control);
}
