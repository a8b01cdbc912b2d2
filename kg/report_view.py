"""The report, annotated: each report's text with every mention highlighted in
its class's colour, numbers underlined with their indicator, the section
headings as an outline, and links into the graph view and back.

Everything is read from the RDF graph (sentences, mentions, observations), so
the page shows exactly what the graph holds; every piece of text is escaped.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import quote

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import PROV

from .namespace import HX, OA
from .view import CLASS_STYLES

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
            _Mark(span[0], span[1], "number", "", "", f"{indicator}: {value} {unit} ({status} {year})"))
    return marks


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
    (links cannot nest), shown in its colour with its name on hover."""
    if m.kind == "number":
        return f'<span class="num" title="{html.escape(m.title)}">'
    colour = CLASS_STYLES[m.core][1]
    style = f'style="border-color:{colour};background:{colour}22"'
    if inside_link:
        return f'<span class="m {m.core}" title="{html.escape(m.title)}" {style}>'
    href = f"{graph_href}#node={quote(m.target, safe='')}"
    return f'<a class="m {m.core}" href="{html.escape(href)}" title="{html.escape(m.title)}" {style}>'


def _close(m: _Mark, stack: list[_Mark]) -> str:
    if m.kind == "number" or any(o.kind == "mention" for o in stack):
        return "</span>"
    return "</a>"


def render_report_html(g: Graph, graph_href: str = "haixi.html") -> str:
    """One page with every report of the graph, annotated."""
    marks = _marks_by_sentence(g)
    body, outline = [], []
    for report in sorted(g.subjects(RDF.type, HX.Report)):
        report_id = str(report).rsplit("/", 1)[-1]
        title = str(g.value(report, RDFS.label))
        body.append(f'<h1 id="{html.escape(report_id)}">{html.escape(title)}</h1>')
        outline.append(f'<li><a href="#{html.escape(report_id)}">{html.escape(title)}</a><ul>')
        sentences = sorted(
            (int(g.value(s, HX.sentenceIndex)), int(g.value(s, HX.paragraphIndex)), s)
            for s in g.subjects(HX.inReport, report) if (s, RDF.type, HX.Sentence) in g)
        paragraph = None
        for index, para, s in sentences:
            text = str(g.value(s, RDF.value))
            start = _position(g, s)[0]
            section = g.value(s, HX.inSection)
            heading = str(g.value(section, RDFS.label))
            is_heading = text == heading
            if para != paragraph:
                if paragraph is not None:
                    body.append("</p>")
                tag_id = f"p-{report_id}-{para}"
                if is_heading:
                    level = "h2" if g.value(section, HX.subSectionOf) is None else "h3"
                    anchor = f"sec-{report_id}-{str(section).rsplit('/', 1)[-1]}"
                    body.append(f'<{level} id="{html.escape(anchor)}" class="heading">')
                    indent = ' class="sub"' if level == "h3" else ""
                    outline.append(f'<li{indent}><a href="#{html.escape(anchor)}">{html.escape(heading[:40])}</a></li>')
                    body.append(f'<span id="s-{html.escape(report_id)}-{index}" class="s">'
                                f'{_annotate(text, start, marks.get(s, []), graph_href)}</span></{level}>')
                    paragraph = None
                    continue
                body.append(f'<p id="{html.escape(tag_id)}">')
                paragraph = para
            body.append(f'<span id="s-{html.escape(report_id)}-{index}" class="s">'
                        f'{_annotate(text, start, marks.get(s, []), graph_href)}</span>')
        if paragraph is not None:
            body.append("</p>")
        outline.append("</ul></li>")
    legend = "".join(f'<span class="m {c}" style="border-color:{col};background:{col}22">{html.escape(zh)} {c}</span> '
                     for c, (zh, col, _) in CLASS_STYLES.items())
    return _PAGE.format(outline="".join(outline), body="\n".join(body), legend=legend)


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>报告标注 Annotated report</title>
<style>
  body {{ margin: 0; display: grid; grid-template-columns: 280px 1fr; font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; line-height: 1.9; }}
  nav {{ position: sticky; top: 0; height: 100vh; overflow-y: auto; border-right: 1px solid #ddd; padding: 8px 12px; font-size: 13px; background: #fafafa; }}
  nav ul {{ padding-left: 14px; margin: 0; }} nav li.sub {{ margin-left: 10px; }}
  main {{ padding: 12px 32px; max-width: 60em; }}
  .legend {{ font-size: 13px; margin-bottom: 12px; }}
  a.m, span.m {{ color: inherit; text-decoration: none; border-bottom: 2px solid; border-radius: 2px; padding: 0 1px; }}
  span.num {{ text-decoration: underline double #c0392b; }}
  .s:target {{ outline: 2px solid #f1c40f; background: #fff8d6; }}
  h2, h3 {{ font-size: 17px; }}
</style>
</head>
<body>
<nav><strong>目录 Outline</strong><ul>{outline}</ul></nav>
<main><div class="legend">{legend}<span class="num">数字 number</span></div>
{body}
</main>
</body>
</html>
"""
