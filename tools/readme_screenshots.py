"""The README's screenshots of the graph view: the network, one place's view, the map.

    python build_graph.py
    python tools/readme_screenshots.py --page build/haixi.html --place 都兰县 --out docs/images

Headless Debian Chromium (driven by Playwright), network blocked, a 1400×860 window
drawn at 0.6 of its pixels, so that the committed images stay small.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def take(page_path: Path, place: str, out: Path) -> list[Path]:
    """Three screenshots of one page; raises ValueError when no place has that name."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    shots = [out / "view-network.png", out / "view-county.png", out / "view-map.png"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                                                   "--host-resolver-rules=MAP * ~NOTFOUND"])
        context = browser.new_context(viewport={"width": 1400, "height": 860}, device_scale_factor=0.6)
        context.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
        page = context.new_page()
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("window.kgView !== undefined && window.kgFirstDraw !== undefined")
        page.screenshot(path=str(shots[0]))
        node = page.evaluate("name => (kgView.data.nodes.find(n => n.label === name) || {}).id || null", place)
        if node is None:
            browser.close()
            raise ValueError(f"no place is named {place!r} in {page_path}")
        page.select_option("#division", node)
        page.wait_for_timeout(200)
        page.screenshot(path=str(shots[1]))
        page.select_option("#division", "")
        page.select_option("#layout", "geo")
        page.wait_for_timeout(200)
        page.screenshot(path=str(shots[2]))
        browser.close()
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", type=Path, default=Path("build/haixi.html"))
    parser.add_argument("--place", required=True, help="the place whose view is shown")
    parser.add_argument("--out", type=Path, default=Path("docs/images"))
    args = parser.parse_args()
    if not args.page.is_file():
        print(f"error: {args.page}: no such file (run python build_graph.py first)", file=sys.stderr)
        return 1
    try:
        for shot in take(args.page, args.place, args.out):
            print(f"{shot}: {shot.stat().st_size // 1024} KB")
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
