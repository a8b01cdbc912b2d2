"""The per-report work of a build, run in this process, in a pool of processes, or on a cluster.

Everything a report yields on its own (reading, the spaCy pipeline, the mentions) is one
function, :func:`extract_report`, of one file; what needs every report (resolution across
reports, the links, statuses and numbers read with the resolved entities) runs afterwards in
the calling process, on the mentions, never on texts.  The results come back in the order of
the files whichever way they were computed, so ``--jobs 1``, ``--jobs N`` and a cluster write
the same bytes.

* ``jobs=1``: one report after another, here.
* ``jobs=N``: a pool of N processes (:mod:`concurrent.futures`); each pays the start-up
  (spaCy, jieba's dictionary, the tagger's model) once, then takes report after report.
* ``cluster=ADDRESS``: the workers of a running Dask distributed scheduler
  (``dask scheduler`` / ``dask worker ADDRESS`` on each machine, kg installed there and the
  report files on a path every worker can read).  Dask rather than Ray: the work is a plain
  map of one Python function over files with small results, which Dask's scheduler does with
  a pip-installed pure-Python package and a local cluster of ordinary processes for tests;
  Ray brings its own object store and runtime that a map of this size does not need.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from .errors import KGError
from .facts import Mention
from .reading import Report, read_report
from .structure import Sentence

__all__ = ["ReportExtract", "extract_report", "extract_reports", "in_pool", "warm_up", "progress_wanted"]


@dataclass
class ReportExtract:
    """What one report yields on its own: the report, its sentences, its mentions, and the
    seconds the work took (reading, pipeline and mentions)."""

    report: Report
    sentences: list[Sentence]
    mentions: list[Mention]
    seconds: float


def extract_report(path: str | Path) -> ReportExtract:
    """Read one report and run the pipeline over it (in pieces when it is long)."""
    from .extract import report_mentions  # spaCy: not loaded by a pool that only makes graphs

    started = time.perf_counter()
    report = read_report(path)
    sentences, found = report_mentions(report)
    return ReportExtract(report, sentences, found, time.perf_counter() - started)


def warm_up() -> None:
    """Load what every report needs (the pipeline, jieba's dictionary, the tagger's model) once
    per process, before the first report, so that no report's time carries the start-up."""
    from .pipeline import parse_text
    from .reference import towns_named

    parse_text("一、2020年工作回顾\n推进格尔木物流园建设。")
    towns_named("")  # the table of China's towns (41,352 rows) the rules and the links read


def extract_reports(paths: list[Path], jobs: int = 1, cluster: str | None = None,
                    progress: bool = False) -> list[ReportExtract]:
    """:func:`extract_report` of every path, in the order of ``paths``.

    Raises the first KGError a report raises (a bad file), after stopping the other work."""
    bar = _progress_bar(len(paths), progress)
    try:
        if cluster:
            done = _on_cluster(paths, cluster, bar)
        elif jobs > 1 and len(paths) > 1:
            return in_pool(extract_report, paths, jobs, warm_up, bar)
        else:
            done = _here(paths, bar)
    finally:
        bar.close()
    return [done[k] for k in range(len(paths))]


def _here(paths: list[Path], bar) -> dict[int, ReportExtract]:
    warm_up()
    done = {}
    for k, path in enumerate(paths):
        bar.set_postfix_str(Path(path).name)  # the report being read
        done[k] = extract_report(path)
        bar.update(1)
    return done


def in_pool(func: Callable, items: list, jobs: int, initializer: Callable | None = None, bar=None) -> list:
    """``func`` of every item in a pool of ``jobs`` processes, the results in the order of the items.

    Raises what ``func`` raises first, after stopping the other work."""
    # spawn, not fork: the parent may hold threads (the progress bar's, onnxruntime's), and a
    # forked child would inherit their locks in whatever state they were
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(items)), mp_context=context, initializer=initializer) as pool:
        futures = {pool.submit(func, item): k for k, item in enumerate(items)}
        try:
            done = _collect(((futures[f], f.result) for f in as_completed(futures)), bar or _NoBar())
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return [done[k] for k in range(len(items))]


def _on_cluster(paths: list[Path], address: str, bar) -> dict[int, ReportExtract]:
    try:
        from distributed import Client, as_completed as completed_on_cluster
    except ImportError as e:
        raise KGError("--cluster needs Dask distributed: pip install 'haixi-kg[cluster]'") from e
    try:
        client = Client(address, timeout="5s")
    except (OSError, TimeoutError) as e:
        raise KGError(f"{address}: no Dask scheduler answers there ({e})") from e
    with client:
        client.run(warm_up)
        futures = client.map(extract_report, [str(Path(p).resolve()) for p in paths], pure=False)
        index = {f.key: k for k, f in enumerate(futures)}
        try:
            return _collect(((index[f.key], f.result) for f in completed_on_cluster(futures)), bar)
        finally:
            client.cancel(futures)


def _collect(finished: Iterable[tuple[int, Callable[[], object]]], bar) -> dict[int, object]:
    """The results of finished work by position, the progress bar moved on for each."""
    done = {}
    for k, result in finished:
        done[k] = result()
        if isinstance(done[k], ReportExtract):
            bar.set_postfix_str(Path(done[k].report.path).name)  # the report last done
        bar.update(1)
    return done


def progress_wanted() -> bool:
    """A progress bar on a terminal; none in a pipe, a file or CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


class _NoBar:
    """The progress bar when none is shown."""

    def update(self, n: int = 1) -> None:
        pass

    def set_postfix_str(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, shown: bool):
    """tqdm's bar on stderr (reports done, of how many, time left), or nothing."""
    if not shown or total < 2:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="report", file=sys.stderr, dynamic_ncols=True)
