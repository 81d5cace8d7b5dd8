// The hand-over from a page's first view (HTML the server put into the page's shell, outside
// React's tree: gateway/static_cache.py) to the page's own render.
import { useLayoutEffect } from "react";

const FIRST_VIEW_ID = "first-view";

function removeFirstView() {
  document.getElementById(FIRST_VIEW_ID)?.remove();
}

// Rendered with the page's data: the first view goes in the same frame as the page's own copy
// of it appears, once that copy's images (`waitFor`, a CSS selector) are decoded (they are in
// the browser's cache: the first view loaded them), so nothing blinks.
export function FirstViewHandoff({ waitFor }) {
  useLayoutEffect(() => {
    if (!document.getElementById(FIRST_VIEW_ID)) return;
    const images = waitFor ? [...document.querySelectorAll(waitFor)] : [];
    Promise.all(images.map((img) => img.decode().catch(() => null))).then(removeFirstView);
  }, [waitFor]);
  return null;
}

// Rendered by the page from its first render: leaving the page (a client-side navigation
// before its data came) takes the first view along.
export function FirstViewGuard() {
  useLayoutEffect(() => removeFirstView, []);
  return null;
}
