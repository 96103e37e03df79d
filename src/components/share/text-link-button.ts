/* "Copy link to this text": when the reader selects words inside an article ([data-share-text]), a small button
   appears just below the selection. It never takes focus by itself, never changes the selection, and is left out
   of copied text, so selecting and copying work as always. It sits in the DOM right after the selected words, and
   the first Tab after selecting (from outside any control) moves to it; Escape hides it. The link names the
   section and the passage:
   /guide/skills/#rag-systems:~:text=… scrolls to and highlights the words, and falls back to the section. */
import { announce } from '../../scripts/announce';
import { copyText } from '../../scripts/clipboard';

type Builder = typeof import('./text-link-url');
let builder: Builder | undefined;
let loading: Promise<Builder> | undefined;
/** The link builder (the page's text model and the directive search) loads when a reader first selects words. */
const loadBuilder = () => (loading ??= import('./text-link-url').then((m) => (builder = m)));

export const containers = '[data-share-text]';
const blocks = 'p, li, blockquote, td, th, dd, dt, figcaption, h2, h3, h4, pre';

let button: HTMLButtonElement | undefined;
let saved: Range | undefined;
/** Whether a pointer is pressed (text-link.ts tracks it from the page's start): a selection still being made. */
let pointerDown: () => boolean = () => false;
let returnFocus: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function control(): HTMLButtonElement {
  if (button) return button;
  button = document.createElement('button');
  button.type = 'button';
  button.className = 'text-link';
  button.textContent = 'Copy link to this text';
  button.dataset.shareIgnore = '';
  // Keep the reader's selection and focus: a press on the button must not start a new selection.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', () => void copyTextLink());
  return button;
}

function hide() {
  const hadFocus = button && document.activeElement === button;
  button?.remove();
  saved = undefined;
  if (hadFocus) returnFocus?.focus({ preventScroll: true });
  returnFocus = null;
}

const interactive =
  'a[href], button, input, select, textarea, summary, [contenteditable], [tabindex]:not([tabindex="-1"])';

/** The selection's range when it lies inside one article body and holds some words, else null. */
function articleSelection(): Range | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const element = (n: Node) => (n instanceof Element ? n : n.parentElement);
  const start = element(range.startContainer)?.closest(containers);
  const end = element(range.endContainer)?.closest(containers);
  if (!start || start !== end) return null;
  return /[\p{L}\p{N}]/u.test(selection.toString()) ? range : null;
}

/** The innermost text block holding the end of the selection: the button goes at its end. */
function anchorBlock(range: Range): Element | null {
  let node: Node | null = range.endContainer;
  // A selection made by triple-click ends at offset 0 of the next block; the words end in the one before.
  if (range.endOffset === 0 && node !== range.startContainer) {
    const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    let last: Node | null = null;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (range.intersectsNode(t) && t !== node) last = t;
    node = last ?? node;
  }
  const el = node instanceof Element ? node : node?.parentElement;
  return el?.closest(blocks) ?? el?.closest(containers) ?? null;
}

function place(range: Range) {
  const block = anchorBlock(range);
  if (!block) return hide();
  const el = control();
  if (el.parentElement !== block) block.append(el);
  // Measure where left:0/top:0 puts the button, whatever its containing block, then move it under the words.
  el.style.left = '0px';
  el.style.top = '0px';
  const origin = el.getBoundingClientRect();
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const margin = 8;
  // Under the end of the selection, inside the text column; on touch screens below the selection handles.
  const x = Math.min(Math.max(last.left, last.right - origin.width), window.innerWidth - origin.width - margin);
  const gap = matchMedia('(pointer: coarse)').matches ? 28 : 6;
  el.style.left = `${Math.round(Math.max(x, margin) - origin.left)}px`;
  el.style.top = `${Math.round(last.bottom + gap - origin.top)}px`;
  saved = range.cloneRange();
  void loadBuilder();
}

function update() {
  if (pointerDown()) return;
  const range = articleSelection();
  if (range) place(range);
  else if (document.activeElement !== button) hide();
}

function schedule(delay = 200) {
  clearTimeout(timer);
  timer = setTimeout(update, delay);
}

async function copyTextLink() {
  const range = saved;
  if (!range) return;
  // Loaded when the button appeared, so the copy normally stays within the click (Safari asks for that).
  const { textLink } = builder ?? (await loadBuilder());
  const link = textLink(range, containers);
  const copied = await copyText(link.url);
  if (!copied) announce('Could not copy the link');
  else if (link.exact) announce('Link to the selected text copied');
  else announce('Link to this section copied: the selected words also appear earlier on the page');
}

/** Shows the button for the selection now and follows the selection from here on. */
export function start(isPointerDown: () => boolean) {
  pointerDown = isPointerDown;
  document.addEventListener('selectionchange', () => schedule());
  for (const type of ['pointerup', 'pointercancel']) document.addEventListener(type, () => schedule(50));
  document.addEventListener('keydown', (e) => {
    if (!button?.isConnected) return;
    if (e.key === 'Escape') return hide();
    const active = document.activeElement as HTMLElement | null;
    // Right after selecting, focus is on the page or <main>, whose next Tab stop would be far from the words.
    if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && !active?.matches(interactive)) {
      if (!articleSelection()) return;
      e.preventDefault();
      returnFocus = active;
      button.focus();
    }
  });
  addEventListener('resize', () => schedule());
  schedule();
}
