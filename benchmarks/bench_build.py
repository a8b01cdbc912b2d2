"""How long a build takes and how it grows: by stage, by corpus size, by report length.

    python benchmarks/bench_build.py --stages                       # one report, time by stage
    python benchmarks/bench_build.py --corpus 1,4,16,24,100 --jobs 2 # corpus builds
    python benchmarks/bench_build.py --long 1,4,16,64 --line-mb 1    # one report made long
    python benchmarks/bench_build.py ... --svg benchmarks/bench_build.svg

``--stages`` times, in this process and after the start-up (which it times apart), the stages of
a build of one report: reading, each spaCy component, the mentions, resolution with the links
and numbers, RDF with each report's SHACL, the SHACL across reports, Turtle and the views; and
jieba's segmentation of the same text in the same run, so that the extraction can be given as a
multiple of it.  Stages and jieba are timed in CPU seconds of this process (on a shared machine,
wall time counts the other processes' turns too), jieba as the median of five runs.

``--corpus`` runs ``build_graph.py --jobs N`` in a fresh process on the first 1, 4, 16 … reports
of the shared corpus; past the corpus's size the reports are repeated under other file names
(other report ids, so other IRIs).  ``--long`` builds one report made of K copies of the Haixi
report, and ``--line-mb`` one line of that many megabytes without punctuation.  Each prints wall
time, CPU time (of the build and its worker processes), peak memory (their resident sets summed,
sampled every 0.1 s) and triples, as Markdown tables, and for the corpus the seconds a report of
the largest build against the one before it (how far from linear); ``--svg`` draws seconds and
memory against size.
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
HAIXI = ROOT / "data" / "reports" / "haixi-2020.txt"


# ------------------------------------------------------------------ stages of one report


def stage_times(path: Path) -> tuple[dict[str, float], float, float]:
    """(seconds by stage, start-up seconds, jieba's seconds on the same text) for one report."""
    started = time.perf_counter()
    import jieba

    from kg.runner import warm_up

    warm_up()
    startup = time.perf_counter() - started
    from kg.build import BuildResult, assemble_corpus, check_parts
    from kg.cli import write_views
    from kg.extract import mentions
    from kg.parts import graph_parts
    from kg.pipeline import make_nlp
    from kg.reading import read_report
    from kg.serialize import turtle_of_ntriples

    times: dict[str, float] = {}

    def timed(name, func, *args):
        t = time.process_time()
        value = func(*args)
        times[name] = times.get(name, 0.0) + time.process_time() - t
        return value

    report = timed("read", read_report, path)
    nlp = make_nlp()
    doc = timed("jieba tokens (spaCy Doc)", nlp.make_doc, report.text)
    doc._.report = report
    for name, component in nlp.pipeline:
        doc = timed(name, component, doc)
    found = timed("mentions", mentions, doc)
    corpus = timed("resolution, links, numbers", assemble_corpus, [report], {report.report_id: doc._.sentences}, found)
    result = BuildResult(corpus, timed("RDF and SHACL by report", graph_parts, corpus), 0.0)
    timed("SHACL across reports", check_parts, result)
    timed("Turtle", lambda: turtle_of_ntriples(result.ntriples()))
    with tempfile.TemporaryDirectory() as tmp:
        timed("views", lambda: write_views(result.store_graph, Path(tmp) / "g.html", Path(tmp) / "r.html", "bench"))
    return times, startup, statistics.median(_cpu_seconds(jieba.lcut, report.text) for _ in range(5))


def _cpu_seconds(func, *args) -> float:
    t = time.process_time()
    func(*args)
    return time.process_time() - t


def print_stages(path: Path) -> None:
    times, startup, jieba_seconds = stage_times(path)
    extraction = sum(v for k, v in times.items() if k not in ("RDF and SHACL by report", "SHACL across reports",
                                                                "Turtle", "views", "resolution, links, numbers"))
    total = sum(times.values())
    print(f"one report: {path.name}, start-up (interpreter not counted) {startup:.2f} s\n")
    print("| stage | CPU seconds | × jieba |")
    print("|---|---:|---:|")
    for name, seconds in times.items():
        print(f"| {name} | {seconds:.3f} | {seconds / jieba_seconds:.1f} |")
    print(f"| **extraction** (read, spaCy, mentions) | {extraction:.3f} | {extraction / jieba_seconds:.1f} |")
    print(f"| **build** (every stage) | {total:.2f} | {total / jieba_seconds:.0f} |")
    print(f"| jieba.lcut of the same text (median of 5) | {jieba_seconds:.3f} | 1 |")


# ------------------------------------------------------------------ whole builds in a process


def measured_run(command: list[str]) -> tuple[float, float, str, float]:
    """(wall seconds, peak MB of the process tree, stdout, CPU seconds of the process tree) of a
    command; fails loudly.  The CPU seconds (user and system, of the command and every process
    it waited for) do not depend on what else runs on a shared machine as much as the wall time."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = psutil.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    out, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{err[-2000:]}")
    spent = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = spent.ru_utime + spent.ru_stime - children.ru_utime - children.ru_stime
    return time.perf_counter() - started, peak / 2**20, out, cpu


def triples(stdout: str) -> int:
    match = re.search(r"triples (\d+)", stdout)
    return int(match.group(1)) if match else 0


def corpus_files(count: int, folder: Path) -> list[Path]:
    """The first ``count`` reports of the shared corpus, repeated under other names past its size."""
    shared = sorted(CORPUS.glob("*.txt"))
    files = []
    for k in range(count):
        source = shared[k % len(shared)]
        target = folder / (source.name if k < len(shared) else f"copy{k // len(shared)}-{source.name}")
        shutil.copyfile(source, target)
        files.append(target)
    return files


def build_command(files: list[Path], output: Path, jobs: int) -> list[str]:
    return [sys.executable, "build_graph.py", "--jobs", str(jobs), "--output", str(output),
            *[a for f in files for a in ("--input", str(f))]]


def print_corpus(counts: list[int], jobs: int) -> list[tuple[float, float, float]]:
    print(f"\ncorpus builds, build_graph.py --jobs {jobs}\n")
    print("| reports | kB | wall s | s a report | CPU s | peak MB | triples |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    points = []
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            files = corpus_files(count, Path(tmp))
            size = sum(f.stat().st_size for f in files)
            seconds, peak, out, cpu = measured_run(build_command(files, Path(tmp) / "out" / "g.ttl", jobs))
        print(f"| {count} | {size // 1000:,} | {seconds:.0f} | {seconds / count:.1f} | {cpu:.0f} | {peak:.0f} | "
              f"{triples(out):,} |", flush=True)
        print(f"|  | {_time_line(out)} ||||||", flush=True)
        points.append((count, seconds, peak))
    if len(points) > 1:
        large, large_s, _ = points[-1]
        ratios = ", ".join(f"at {n}: {large_s / large / (s / n):.2f}" for n, s, _ in points[:-1])
        print(f"\nseconds a report at {large} reports, against those {ratios} (linear: at most 1; the goal: "
              f"within 1.3)", flush=True)
    return points


def _time_line(stdout: str) -> str:
    """The build's own line on where its time went."""
    match = re.search(r"^time: (.*)$", stdout, re.M)
    return match.group(1) if match else ""


def print_long(copies: list[int], line_mb: float, jobs: int) -> list[tuple[float, float, float]]:
    text = HAIXI.read_text(encoding="utf-8")
    print("\none long report (K copies of the Haixi report in one file), build_graph.py\n")
    print("| report | characters | wall s | s per 100k characters | peak MB | triples |")
    print("|---|---:|---:|---:|---:|---:|")
    points = []
    cases = [(f"{k}× Haixi", "\n".join([text] * k)) for k in copies]
    if line_mb:
        cases.append((f"{line_mb:g} MB line without punctuation", _unpunctuated_line(text, int(line_mb * 2**20))))
    for name, body in cases:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "long.txt"
            path.write_text(body, encoding="utf-8")
            seconds, peak, out, _ = measured_run(build_command([path], Path(tmp) / "out" / "g.ttl", jobs))
        print(f"| {name} | {len(body):,} | {seconds:.0f} | {seconds / len(body) * 1e5:.1f} | {peak:.0f} | "
              f"{triples(out):,} |", flush=True)
        points.append((len(body), seconds, peak))
    return points


def _unpunctuated_line(text: str, size: int) -> str:
    """The report's title, then its Chinese characters without punctuation or line breaks, repeated
    to ``size`` bytes of UTF-8 (three bytes a character)."""
    title = text.split("\n", 1)[0]
    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return title + "\n" + (han * (size // (3 * len(han)) + 1))[: size // 3]


# ------------------------------------------------------------------ the plot


def long_points(output: str) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """(characters, wall s, peak MB) of the copies of Haixi and of the unpunctuated line, read
    from the long-report table that :func:`print_long` printed."""
    copies, line = [], []
    for name, chars, wall, _, peak in re.findall(
            r"^\| ([^|]+?) \| ([\d,]+) \| (\d+) \| ([\d.]+) \| (\d+) \|", output, re.M):
        point = (float(chars.replace(",", "")), float(wall), float(peak))
        if "Haixi" in name:
            copies.append(point)
        elif "line" in name:
            line.append(point)
    return copies, line


def svg_plot(series: dict[str, list[tuple[float, float, float]]], x_label: dict[str, str],
             apart: dict[str, list[tuple[float, float, float]]] | None = None) -> str:
    """Small line charts (seconds and peak MB against size, one panel per series), as SVG text;
    the points of ``apart`` (the line without punctuation) are red dots, not on the line."""
    width, height, pad = 300, 180, 40
    panels = []
    for col, (name, points) in enumerate(series.items()):
        others = (apart or {}).get(name, [])
        for row, (index, unit) in enumerate(((1, "s"), (2, "MB"))):
            x0, y0 = col * (width + 20), row * (height + 30)
            xs = [p[0] for p in points]
            ys = [p[index] for p in points]
            sx = (width - 2 * pad) / (max(xs + [p[0] for p in others]) or 1)
            sy = (height - 2 * pad) / (max(ys + [p[index] for p in others]) or 1)
            coords = " ".join(f"{x0 + pad + x * sx:.1f},{y0 + height - pad - y * sy:.1f}" for x, y in zip(xs, ys))
            dots = "".join(f'<circle cx="{x0 + pad + x * sx:.1f}" cy="{y0 + height - pad - y * sy:.1f}" r="3"/>'
                           for x, y in zip(xs, ys))
            dots += "".join(f'<circle cx="{x0 + pad + p[0] * sx:.1f}" cy="{y0 + height - pad - p[index] * sy:.1f}" '
                            f'r="4" fill="#d62728"/>' for p in others)
            panels.append(
                f'<g font-size="11" font-family="sans-serif">'
                f'<text x="{x0 + pad}" y="{y0 + 16}">{name}: {unit} against {x_label[name]}</text>'
                f'<line x1="{x0 + pad}" y1="{y0 + height - pad}" x2="{x0 + width - pad}" y2="{y0 + height - pad}" '
                f'stroke="#888"/><line x1="{x0 + pad}" y1="{y0 + pad}" x2="{x0 + pad}" y2="{y0 + height - pad}" '
                f'stroke="#888"/>'
                f'<text x="{x0 + 2}" y="{y0 + pad + 4}">{max(ys):.0f}</text>'
                f'<text x="{x0 + width - pad - 30}" y="{y0 + height - pad + 14}">{max(xs):,.0f}</text>'
                f'<polyline points="{coords}" fill="none" stroke="#1f77b4" stroke-width="2"/>{dots}</g>')
    total_width = len(series) * (width + 20)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{total_width}" height="{2 * (height + 30)}">'
            + "".join(panels) + "</svg>\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stages", action="store_true", help="time one report by stage (--report)")
    parser.add_argument("--report", type=Path, default=HAIXI)
    parser.add_argument("--corpus", default="", help="comma-separated report counts, e.g. 1,4,16,24,100")
    parser.add_argument("--long", default="", help="comma-separated copies of the Haixi report, e.g. 1,4,16,64")
    parser.add_argument("--line-mb", type=float, default=0.0, help="also a line of this many MB without punctuation")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--svg", type=Path, default=None, help="draw the corpus and long-report curves here")
    parser.add_argument("--plot-from", type=Path, default=None, metavar="OUTPUT",
                        help="draw --svg from the long-report table of an earlier run's printed output")
    args = parser.parse_args()
    if args.plot_from and args.svg:
        copies, line = long_points(args.plot_from.read_text(encoding="utf-8"))
        args.svg.write_text(svg_plot({"long report": copies}, {"long report": "characters"},
                                     {"long report": line}), encoding="utf-8")
        print(f"wrote {args.svg}")
        return
    if args.stages:
        print_stages(args.report)
    series, x_label = {}, {}
    if args.corpus:
        series["corpus"] = print_corpus([int(n) for n in args.corpus.split(",")], args.jobs)
        x_label["corpus"] = "reports"
    if args.long:
        series["long report"] = print_long([int(n) for n in args.long.split(",")], args.line_mb, args.jobs)
        x_label["long report"] = "characters"
    if args.svg and series:
        apart = {}
        if args.line_mb and "long report" in series:
            apart["long report"] = [series["long report"].pop()]
        args.svg.write_text(svg_plot(series, x_label, apart), encoding="utf-8")
        print(f"\nwrote {args.svg}")


if __name__ == "__main__":
    main()
