/* "Copy link to this text" (text-link-button.ts) loads when a reader first selects words on a page that has an
   article ([data-share-text]); until then this only notes whether a pointer is down, which tells a selection being
   made from one that is done. */
import { liveRegion } from '../../scripts/announce';

if (document.querySelector('[data-share-text]')) {
  liveRegion();
  let pointerDown = false;
  document.addEventListener('pointerdown', (e) => {
    pointerDown = !(e.target instanceof Element && e.target.closest('.text-link'));
  });
  for (const type of ['pointerup', 'pointercancel']) document.addEventListener(type, () => (pointerDown = false));
  const first = () => {
    if (document.getSelection()?.isCollapsed !== false) return;
    document.removeEventListener('selectionchange', first);
    void import('./text-link-button').then((button) => button.start(() => pointerDown));
  };
  document.addEventListener('selectionchange', first);
}
