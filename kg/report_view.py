"""The reports, annotated: each report's text with every mention highlighted in
its class's colour, numbers underlined with their indicator, the section
headings as an outline, and links into the graph view and back.

One page holds every report of the graph, in the order of the catalogue (year,
then jurisdiction); a picker chooses the report shown, and a link to any
sentence (``#s-<report>-<index>``) opens its report.  Only the chosen report is
laid out, so a corpus page opens as fast as one report.  Everything is read
from the RDF graph (sentences, mentions, observations), so the page shows
exactly what the graph holds; every piece of text is escaped.
"""

from __future__ import annotations

import html
from decimal import Decimal
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import quote

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import PROV

from .analytics import report_catalogue
from .namespace import HX, OA
from .view import CLASS_STYLES, _fill

__all__ = ["render_report_html"]

_CORE = {HX[c]: c for c in CLASS_STYLES}


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str  # "mention" or "number"
    core: str
    target: str
    title: str


def _position(g: Graph, target) -> tuple[int, int] | None:
    for selector in g.objects(target, OA.hasSelector):
        if (selector, RDF.type, OA.TextPositionSelector) in g:
            return int(g.value(selector, OA.start)), int(g.value(selector, OA.end))
    return None


def _marks_by_sentence(g: Graph) -> dict[object, list[_Mark]]:
    marks: dict[object, list[_Mark]] = defaultdict(list)
    for mention in g.subjects(RDF.type, HX.Mention):
        body = g.value(mention, OA.hasBody)
        core = next((_CORE[t] for t in g.objects(body, RDF.type) if t in _CORE), None)
        span = _position(g, g.value(mention, OA.hasTarget))
        if core is None or span is None:
            continue
        label = str(g.value(body, RDFS.label))
        marks[g.value(mention, PROV.wasDerivedFrom)].append(
            _Mark(span[0], span[1], "mention", core, str(body), f"{label} · {core}"))
    for obs in g.subjects(RDF.type, HX.Observation):
        span = _position(g, g.value(obs, OA.hasTarget))
        if span is None:
            continue
        indicator = str(g.value(g.value(obs, HX.indicator), RDFS.label))
        value, unit = g.value(obs, HX.value), g.value(obs, HX.unit)
        status = str(g.value(obs, HX.observationStatus)).rsplit("#", 1)[-1]
        year = g.value(obs, HX.refYear)
        marks[g.value(obs, PROV.wasDerivedFrom)].append(
            _Mark(span[0], span[1], "number", "", "", f"{indicator}: {_decimal(value)} {unit} ({status} {year})"))
    return marks


def _decimal(value) -> str:
    """A decimal as the graph's Turtle shows it, with a point and no trailing zero after it
    (``7.0``, ``1.5``), whichever store it is read from: Oxigraph keeps a decimal's value, not
    its text (``7.0`` comes back as ``7``).

    >>> _decimal("28541"), _decimal("1.50"), _decimal("-0.20"), _decimal(None)
    ('28541.0', '1.5', '-0.2', 'None')
    """
    if value is None:
        return "None"
    text = format(Decimal(str(value)).normalize(), "f")
    return text if "." in text else text + ".0"


def _annotate(text: str, offset: int, marks: list[_Mark], graph_href: str) -> str:
    """The sentence as HTML: marks nested where they nest; a mark that would cross
    another is left out."""
    chosen: list[_Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end, m.kind != "mention")):
        crosses = any(m.start < c.end and c.start < m.end and not (c.start <= m.start and m.end <= c.end)
                      for c in chosen)
        if not crosses and offset <= m.start and m.end <= offset + len(text):
            chosen.append(m)
    out: list[str] = []
    stack: list[_Mark] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(html.escape(text[pos:top.end - offset]) + _close(top, stack))
            pos = top.end - offset

    for m in chosen:
        close_until(m.start)
        inside_link = any(o.kind == "mention" for o in stack)
        out.append(html.escape(text[pos:m.start - offset]) + _open(m, graph_href, inside_link))
        pos = m.start - offset
        stack.append(m)
    close_until(offset + len(text))
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _open(m: _Mark, graph_href: str, inside_link: bool) -> str:
    """A mention links to its node; one nested in another mention is a span
    (links cannot nest), shown in its colour with its name on hover.  Colours come
    from the page's style sheet, by class."""
    if m.kind == "number":
        return f'<span class="num" title="{html.escape(m.title)}">'
    if inside_link:
        return f'<span class="m {m.core}" title="{html.escape(m.title)}">'
    href = f"{graph_href}#node={quote(m.target, safe='')}"
    return f'<a class="m {m.core}" href="{html.escape(href)}" title="{html.escape(m.title)}">'


def _close(m: _Mark, stack: list[_Mark]) -> str:
    if m.kind == "number" or any(o.kind == "mention" for o in stack):
        return "</span>"
    return "</a>"


def _report_name(report: dict) -> str:
    """2015 · 海拉尔区 · 政府工作报告: what the picker and the heading show."""
    return " · ".join(str(x) for x in (report["year"], report["place"], report["title"]) if x not in (None, ""))


def _report_body(g: Graph, report, report_id: str, marks: dict, graph_href: str) -> tuple[list[str], list[str]]:
    """One report's annotated text (paragraphs and headings) and its outline items."""
    body, outline = [], []
    sentences = sorted(
        (int(g.value(s, HX.sentenceIndex)), int(g.value(s, HX.paragraphIndex)), s)
        for s in g.subjects(HX.inReport, report) if (s, RDF.type, HX.Sentence) in g)
    paragraph = None
    for index, para, s in sentences:
        text = str(g.value(s, RDF.value))
        start = _position(g, s)[0]
        section = g.value(s, HX.inSection)
        heading = str(g.value(section, RDFS.label))
        span = (f'<span id="s-{html.escape(report_id)}-{index}" class="s">'
                f'{_annotate(text, start, marks.get(s, []), graph_href)}</span>')
        if para != paragraph and text == heading:
            if paragraph is not None:
                body.append("</p>")
            level = "h2" if g.value(section, HX.subSectionOf) is None else "h3"
            anchor = f"sec-{report_id}-{str(section).rsplit('/', 1)[-1]}"
            body.append(f'<{level} id="{html.escape(anchor)}" class="heading">{span}</{level}>')
            indent = ' class="sub"' if level == "h3" else ""
            outline.append(f'<li{indent}><a href="#{html.escape(anchor)}">{html.escape(heading[:40])}</a></li>')
            paragraph = None
            continue
        if para != paragraph:
            if paragraph is not None:
                body.append("</p>")
            body.append(f'<p id="{html.escape(f"p-{report_id}-{para}")}">')
            paragraph = para
        body.append(span)
    if paragraph is not None:
        body.append("</p>")
    return body, outline


def render_report_html(g: Graph, graph_href: str = "haixi.html") -> str:
    """One page with every report of the graph, annotated, and a picker to choose one."""
    marks = _marks_by_sentence(g)
    sections, outlines, options = [], [], []
    reports = {str(r).rsplit("/", 1)[-1]: r for r in g.subjects(RDF.type, HX.Report)}
    for k, entry in enumerate(report_catalogue(g)):
        report_id, name = html.escape(entry["id"]), html.escape(_report_name(entry))
        body, outline = _report_body(g, reports[entry["id"]], entry["id"], marks, graph_href)
        current = " current" if k == 0 else ""
        sections.append(f'<section class="report{current}" id="{report_id}" data-year="{entry["year"] or ""}">'
                        f'<h1>{name}</h1>\n' + "\n".join(body) + "\n</section>")
        outlines.append(f'<ul class="outline{current}" data-report="{report_id}">'
                        f'<li><a href="#{report_id}">{name}</a></li>{"".join(outline)}</ul>')
        options.append(f'<option value="{report_id}">{name}</option>')
    legend = "".join(f'<span class="m {c}">{html.escape(zh)} {c}</span> ' for c, (zh, _, _) in CLASS_STYLES.items())
    colours = " ".join(f".m.{c} {{ border-color: {col}; background: {col}22; }}" for c, (_, col, _) in CLASS_STYLES.items())
    return _fill(_PAGE, {"__COLOURS__": colours, "__OPTIONS__": "".join(options), "__COUNT__": str(len(options)),
                         "__OUTLINES__": "".join(outlines), "__LEGEND__": legend, "__BODY__": "\n".join(sections)})


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>报告标注 Annotated reports</title>
<style>
  body { margin: 0; display: grid; grid-template-columns: 300px 1fr; font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; line-height: 1.9; }
  nav { position: sticky; top: 0; height: 100vh; overflow-y: auto; border-right: 1px solid #ddd; padding: 8px 12px; font-size: 13px; background: #fafafa; box-sizing: border-box; }
  nav select { width: 100%; margin: 4px 0 8px; }
  nav ul { padding-left: 14px; margin: 0; } nav li.sub { margin-left: 10px; }
  body.js nav ul.outline:not(.current), body.js section.report:not(.current) { display: none; }
  main { padding: 12px 32px; max-width: 60em; }
  .legend { font-size: 13px; margin-bottom: 12px; }
  a.m, span.m { color: inherit; text-decoration: none; border-bottom: 2px solid; border-radius: 2px; padding: 0 1px; }
  __COLOURS__
  span.num { text-decoration: underline double #c0392b; }
  .s:target { outline: 2px solid #f1c40f; background: #fff8d6; }
  h1 { font-size: 20px; } h2, h3 { font-size: 17px; }
</style>
</head>
<body>
<nav><label><strong>报告 Report</strong> (__COUNT__)<select id="pick" aria-label="report">__OPTIONS__</select></label>
<strong>目录 Outline</strong>__OUTLINES__</nav>
<main><div class="legend">__LEGEND__<span class="num">数字 number</span></div>
__BODY__
</main>
<script>
"use strict";
(function () {
  const pick = document.getElementById("pick");
  // Show one report: the one that holds the anchor in the address, or the one picked.
  function show(id) {
    document.querySelectorAll("section.report, ul.outline").forEach(e => {
      e.classList.toggle("current", e.id === id || e.dataset.report === id);
    });
    pick.value = id;
  }
  function fromHash() {
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const section = target ? target.closest("section.report") : null;
    show(section ? section.id : pick.value);
    if (target) target.scrollIntoView();
  }
  pick.addEventListener("change", () => { location.hash = pick.value; });
  window.addEventListener("hashchange", fromHash);
  document.body.classList.add("js");
  fromHash();
  window.kgReport = { show, pick };
})();
</script>
</body>
</html>
"""
