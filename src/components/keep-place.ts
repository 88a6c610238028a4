/**
 * The reader's place across a language switch. Both languages have the same blocks in the same
 * order (content is data; the parity tests hold it), so "the nth block of the main content, this far
 * from the top of the screen" is the same place on the other language's page.
 *
 * The language link sits in the header, so a reader mid-page scrolls up to reach it: the place to
 * keep is where they were reading before they turned back up, not the top they scrolled to.
 */
const BLOCKS = 'main :is(h1, h2, h3, h4, p, li, figure, table, dt, dd)';

interface Place {
  index: number;
  offset: number;
}

/** The first block still on screen; undefined at the top of the page (there is no place to keep). */
function placeNow(): Place | undefined {
  const blocks = [...document.querySelectorAll<HTMLElement>(BLOCKS)];
  const index = blocks.findIndex((el) => el.getBoundingClientRect().bottom > 0);
  return index > 0 ? { index, offset: blocks[index]?.getBoundingClientRect().top ?? 0 } : undefined;
}

let lastY = 0;
let reading: Place | undefined;
let turned: Place | undefined;
let frame = 0;
let pending: Place | undefined;

function onScroll() {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    const y = window.scrollY;
    if (y > lastY) reading = placeNow();
    else if (y < lastY && reading) [turned, reading] = [reading, undefined];
    lastY = y;
  });
}

/** Follows the reader's scrolling (the language link mounts it once per page). */
export function trackPlace(): () => void {
  lastY = window.scrollY;
  reading = turned = undefined;
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => window.removeEventListener('scroll', onScroll);
}

/** Called as the language link is followed. */
export function rememberPlace() {
  const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
  // Still mid-page (the link was reached by keyboard): here. Back at the header: where the reader turned up.
  pending = header < 0 ? placeNow() : (reading ?? turned);
}

/** After the switch: the same block at the same height, and focus on it. True when there was a place to keep. */
export function restorePlace(): boolean {
  const place = pending;
  pending = undefined;
  const el = place && document.querySelectorAll<HTMLElement>(BLOCKS)[place.index];
  if (!place || !el) return false;
  window.scrollBy(0, el.getBoundingClientRect().top - Math.max(0, place.offset));
  el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  return true;
}
