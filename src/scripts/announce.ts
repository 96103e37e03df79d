/** One polite live region for the whole page, shown briefly as a toast so sighted readers get the message too. */
let region: HTMLElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** Creates the region up front: screen readers only announce changes to a live region that already exists. */
export function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.className = 'share-toast';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.dataset.shareIgnore = '';
  document.body.append(region);
  return region;
}

/** Says `message` to screen readers and shows it for a few seconds. */
export function announce(message: string): void {
  const el = liveRegion();
  clearTimeout(hideTimer);
  // Emptying first makes a repeated message ("Link copied" twice) a change that is announced again.
  el.textContent = '';
  el.removeAttribute('data-visible');
  requestAnimationFrame(() => {
    el.textContent = message;
    el.dataset.visible = '';
    hideTimer = setTimeout(() => {
      el.removeAttribute('data-visible');
      el.textContent = '';
    }, 3000);
  });
}
