"""Benchmark: Largest Contentful Paint and bytes of the public pages, in headless Chromium.

For each running app given (`--app label=URL`, several for a side-by-side run) and each
public page (home, browse, search results, a course page, an instructor's profile), a fresh
browser context (empty
cache) opens the page at 1366x900; a `PerformanceObserver` registered before any script of the
page records `largest-contentful-paint` entries. Two seconds after the network went quiet
(the page's data arrives over Reflex's WebSocket) the last entry is the page's LCP. Bytes are
the transfer sizes the Resource Timing API reports (the document and every resource; the
WebSocket is not counted), JavaScript separately (compressed, as sent, and decoded). Where the
time goes is printed beside each LCP: first contentful paint, DOMContentLoaded (every module
script has run), the WebSocket open and its first message (the state of the page, "hydrate").

    .venv/bin/python bench/pages.py --app before=http://localhost:3611 \
        --app after=http://localhost:3612 [--runs 3] [--screenshots DIR]

Each app runs `python -m udemy_clone serve` on a production build with the demo data.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
OBSERVER = """
window.__lcp = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const el = e.element;
    window.__lcp.push({t: e.startTime, size: e.size, url: e.url,
      what: el ? (el.tagName + (el.currentSrc ? ' ' + el.currentSrc.split('/').pop() : '')
                  + (el.textContent ? ' "' + el.textContent.slice(0, 30) + '"' : '')) : ''});
  }
}).observe({type: 'largest-contentful-paint', buffered: true});
// When Reflex's WebSocket opens and brings its first message (the page's state).
window.__ws = {open: NaN, send: NaN, message: NaN, last: NaN};
const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(...args) {
    super(...args);
    this.addEventListener('open', () => {
      window.__ws.open = window.__ws.open || performance.now();
    });
    const send = this.send.bind(this);
    this.send = (data) => { window.__ws.send = window.__ws.send || performance.now(); send(data); };
    this.addEventListener('message', () => {
      window.__ws.message = window.__ws.message || performance.now();
      window.__ws.last = performance.now();
    });
  }
};
"""
MEASURE = """
() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  let total = nav ? nav.transferSize : 0, js = 0, jsDecoded = 0, images = 0, count = 0;
  let cssEnd = 0, jsEnd = 0;
  for (const r of res) {
    total += r.transferSize; count += 1;
    const path = r.name.split('?')[0];
    if (path.endsWith('.js')) {
      js += r.transferSize; jsDecoded += r.decodedBodySize;
      if (r.startTime < nav.domContentLoadedEventEnd) jsEnd = Math.max(jsEnd, r.responseEnd);
    }
    if (path.endsWith('.css')) cssEnd = Math.max(cssEnd, r.responseEnd);
    const image = /\\.(jpe?g|png|webp|avif)$/.test(path);
    if (r.initiatorType === 'img' || image) images += r.transferSize;
  }
  const last = window.__lcp[window.__lcp.length - 1] || {t: NaN, what: ''};
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const image = last.url ? res.find((r) => r.name === last.url) : null;
  return {lcp: last.t, what: last.what, total, js, jsDecoded, images, count,
          shift: (window.__cls || 0), fcp: fcp ? fcp.startTime : NaN,
          dcl: nav ? nav.domContentLoadedEventEnd : NaN,
          html: nav ? nav.responseEnd : NaN, cssEnd, jsEnd, wsSend: window.__ws.send,
          wsOpen: window.__ws.open, wsMessage: window.__ws.message, wsLast: window.__ws.last,
          imageStart: image ? image.startTime : NaN, imageEnd: image ? image.responseEnd : NaN};
}
"""
CLS = """
window.__cls = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
}).observe({type: 'layout-shift', buffered: true});
"""


@dataclass
class Result:
    lcp_ms: float
    what: str
    total: int
    js: int
    js_decoded: int
    images: int
    requests: int
    cls: float
    fcp_ms: float
    dcl_ms: float
    ws_open_ms: float
    ws_message_ms: float
    ws_last_ms: float
    image_start_ms: float
    image_end_ms: float
    html_ms: float = float("nan")
    css_ms: float = float("nan")
    js_ms: float = float("nan")
    ws_send_ms: float = float("nan")


def course_and_instructor(base: str) -> tuple[str, str]:
    """A published course of the demo data with a thumbnail (the most popular first), and the
    profile slug of its instructor (`maya-chen-4`, as `catalog.instructors.profile_slug`)."""
    with urllib.request.urlopen(f"{base}/api/v1/courses", timeout=30) as response:
        items = json.load(response)["items"]
    course = next(i for i in items if i.get("thumbnail_url"))
    instructor = course["instructor"]
    name = re.sub(r"[^a-z0-9]+", "-", instructor["full_name"].lower()).strip("-")
    return course["slug"], f"{name}-{instructor['id']}"


def measure(context_factory, url: str, shot: Path | None) -> Result:  # noqa: ANN001
    context = context_factory()
    page = context.new_page()
    page.add_init_script(OBSERVER + CLS)
    page.goto(url, wait_until="load", timeout=60_000)
    try:
        page.wait_for_load_state("networkidle", timeout=15_000)
    except Exception:  # noqa: BLE001 - a page polling forever still gets measured
        pass
    page.wait_for_timeout(2000)
    data = page.evaluate(MEASURE)
    if shot is not None:
        page.screenshot(path=str(shot), full_page=True)
    context.close()
    return Result(
        data["lcp"],
        data["what"],
        data["total"],
        data["js"],
        data["jsDecoded"],
        data["images"],
        data["count"],
        data["shift"],
        data["fcp"] or float("nan"),
        data["dcl"] or float("nan"),
        data["wsOpen"] or float("nan"),
        data["wsMessage"] or float("nan"),
        data["wsLast"] or float("nan"),
        data["imageStart"] or float("nan"),
        data["imageEnd"] or float("nan"),
        data["html"] or float("nan"),
        data["cssEnd"] or float("nan"),
        data["jsEnd"] or float("nan"),
        data["wsSend"] or float("nan"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", action="append", required=True, help="label=URL")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshots", type=Path, help="save the last run's pages here")
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    apps = [tuple(a.split("=", 1)) for a in args.app]
    print("bench/pages.py: LCP and transfer of the public pages, headless Chromium")
    print(f"  {os.cpu_count()} CPUs, load average {os.getloadavg()}, {args.runs} runs per page")
    rows: list[tuple[str, str, Result, list[float]]] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        addresses = {}
        for label, base in apps:
            slug, instructor = course_and_instructor(base)
            addresses[label] = {
                "home": "/",
                "browse": "/courses",
                "search results": "/courses?q=python",
                "course page": f"/course/{slug}",
                "instructor": f"/user/{instructor}",
            }

        def context_factory():  # noqa: ANN202
            return browser.new_context(viewport={"width": args.width, "height": args.height})

        # Loads alternate between the apps (page by page, run by run), so a change of the
        # machine's load during the run weighs on every app alike.
        results: dict[tuple[str, str], list[Result]] = {}
        for name in addresses[apps[0][0]]:
            for run in range(args.runs):
                for label, base in apps:
                    shot = None
                    if args.screenshots and run == args.runs - 1:
                        args.screenshots.mkdir(parents=True, exist_ok=True)
                        shot = args.screenshots / f"{label}-{name.replace(' ', '-')}.png"
                    url = base + addresses[label][name]
                    results.setdefault((label, name), []).append(
                        measure(context_factory, url, shot)
                    )
            for label, _base in apps:
                runs = results[(label, name)]
                lcps = [r.lcp_ms for r in runs]
                median = sorted(runs, key=lambda r: r.lcp_ms)[len(runs) // 2]
                rows.append((label, name, median, lcps))
                print(
                    f"  {label:<8} {name:<15} LCP {statistics.median(lcps):6.0f} ms "
                    f"({', '.join(f'{x:.0f}' for x in lcps)})  {median.total / 1e3:7.1f} kB "
                    f"(JS {median.js / 1e3:.1f} kB sent, {median.js_decoded / 1e3:.1f} kB "
                    f"decoded; images {median.images / 1e3:.1f} kB) {median.requests} requests "
                    f"CLS {median.cls:.3f}  LCP element: {median.what}\n{'':27}"
                    f"HTML {median.html_ms:.0f}, CSS {median.css_ms:.0f}, JS "
                    f"{median.js_ms:.0f} ms, FCP {median.fcp_ms:.0f} ms, DOMContentLoaded "
                    f"{median.dcl_ms:.0f} ms, WebSocket open {median.ws_open_ms:.0f} ms, "
                    f"first send {median.ws_send_ms:.0f} ms, messages "
                    f"{median.ws_message_ms:.0f}-{median.ws_last_ms:.0f} ms, LCP image "
                    f"{median.image_start_ms:.0f}-{median.image_end_ms:.0f} ms",
                    flush=True,
                )
        browser.close()
    print(f"  load average after: {os.getloadavg()}")
    print()
    print("| app | page | LCP (median) | transferred | JS sent (decoded) | images | CLS |")
    print("|---|---|---|---|---|---|---|")
    for label, name, r, lcps in rows:
        print(
            f"| {label} | {name} | {statistics.median(lcps) / 1000:.2f} s | "
            f"{r.total / 1e3:,.0f} kB | {r.js / 1e3:,.0f} kB ({r.js_decoded / 1e3:,.0f} kB) | "
            f"{r.images / 1e3:,.0f} kB | {r.cls:.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
