"""The main job as a library: reports in, a checked graph out, written atomically."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph
from rdflib import RDF, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import ReportError
from .extract import report_mentions
from .facts import CORE_CLASSES, Relation
from .numbers import plant_capacity, sentence_observations
from .namespace import HX, bind_prefixes
from .gazetteer import home_prefectures
from .io import file_mode, write_atomic, write_atomic_with  # write_atomic re-exported: kg.build.write_atomic stays
from .pipeline import RULE_PRIORITY
from .rdf import Corpus, to_graph
from .reading import Report, report_id_for
from .runner import extract_reports
from .parts import GraphPart, graph_parts, load_store, merged_lines, shared_part, shared_subjects
from .serialize import ntriples_lines, trig_of_parts
from .relations import INVERSE, division_hierarchy, placed_mentions, program_parts, sentence_relations, statuses
from .jurisdiction import NATIONAL
from .resolve import NATIONAL_SCOPE, resolve
from .validate import (DroppedStatement, check, drop_violations, load_shapes, sparql_violating_foci, violating_foci,
                       without_sparql)

__all__ = ["BuildResult", "extract_corpus", "assemble_corpus", "report_scope", "named_graphs",
           "write_named_graphs", "resources_line", "build", "report_paths", "write_atomic", "summary", "file_mode",
           "build_report", "build_report_bytes", "check_graph", "check_parts"]


@dataclass
class BuildResult:
    """A built graph, the corpus it was made from, and what the check left out of it.

    The graph is kept as its named graphs' N-Triples lines (``parts``, :mod:`kg.parts`); it is
    made into an rdflib graph (``graph``) or an Oxigraph store read through rdflib
    (``store_graph``) when first asked for."""

    corpus: Corpus
    parts: list[GraphPart]
    seconds: float
    dropped: list[DroppedStatement] = field(default_factory=list)
    validated: bool = True
    stage_seconds: dict[str, float] = field(default_factory=dict)  # reports, corpus, graph, shapes
    report_seconds: dict[str, float] = field(default_factory=dict)  # per report: reading and pipeline
    _graph: Graph | None = field(default=None, repr=False)
    _store: pyoxigraph.Store | None = field(default=None, repr=False)

    def ntriples(self) -> bytes:
        """The whole graph as sorted N-Triples lines."""
        return merged_lines(self.parts)

    @property
    def graph(self) -> Graph:
        """The whole graph as an rdflib graph in memory (about 1.3 KB a triple)."""
        if self._graph is None:
            self._graph = bind_prefixes(Graph()).parse(data=self.ntriples(), format="nt")
        return self._graph

    def store(self) -> pyoxigraph.Store:
        """The whole graph in an in-memory Oxigraph store (a fraction of rdflib's memory)."""
        if self._store is None:
            self._store = load_store(self.ntriples())
        return self._store

    @property
    def store_graph(self) -> Graph:
        """:meth:`store` read through rdflib (oxrdflib's store): what the views and the summary
        of a build read."""
        from oxrdflib import OxigraphStore

        return bind_prefixes(Graph(store=OxigraphStore(store=self.store()), identifier=DATASET_DEFAULT_GRAPH_ID))


def report_paths(directory: str | Path) -> list[Path]:
    """Every ``*.txt`` report of a directory, in name order."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ReportError(f"{directory}: no such directory of reports")
    paths = sorted(directory.glob("*.txt"))
    if not paths:
        raise ReportError(f"{directory}: holds no *.txt report")
    return paths


def extract_corpus(reports: list[Report]) -> Corpus:
    """Run the pipeline over every report, resolve the entities across them, then
    read the links, statuses and numbers of every sentence."""
    all_mentions = []
    sentences = {}
    for report in reports:
        sentences[report.report_id], found = report_mentions(report)
        all_mentions.extend(found)
    return assemble_corpus(reports, sentences, all_mentions)


def assemble_corpus(reports: list[Report], sentences: dict, all_mentions: list) -> Corpus:
    """Resolve the mentions of every report across the corpus, then read the links,
    statuses and numbers of every sentence (everything after the per-report parse)."""
    entities = resolve(all_mentions, RULE_PRIORITY, {r.report_id: report_scope(r) for r in reports})
    corpus = Corpus(reports=reports, sentences=sentences, entities=entities)
    placed = placed_mentions(entities)
    relations: list[Relation] = list(division_hierarchy(entities))
    for report in reports:
        home = frozenset(code[:2] for code in home_prefectures(report))
        report_sentences = sentences[report.report_id]
        relations.extend(program_parts(report_sentences, placed))
        for sentence in report_sentences:
            here = placed.get((report.report_id, sentence.index), [])
            relations.extend(sentence_relations(sentence, here, home))
            corpus.statuses.extend(statuses(sentence, here))
            corpus.observations.extend(sentence_observations(sentence, here))
            for plant in here:
                capacity = plant_capacity(sentence, plant)
                if capacity:
                    corpus.observations.append(capacity[0])
                    corpus.products[plant.key] = capacity[1]
    corpus.relations = _with_inverses(relations)
    return corpus


def report_scope(report: Report) -> str:
    """Whose bodies a report names: its jurisdiction's code, ``national`` for the national
    report, or the report's own id when no jurisdiction was read (its bodies stay its own)."""
    if report.jurisdiction_code:
        return report.jurisdiction_code
    return NATIONAL_SCOPE if report.jurisdiction_level == NATIONAL else f"report-{report.report_id}"


def _with_inverses(relations: list[Relation]) -> list[Relation]:
    """Links in both directions where the ontology names the inverse, without repeats."""
    result = dict.fromkeys(relations)
    for r in relations:
        if r.predicate in INVERSE:
            result.setdefault(replace(r, subject=r.object, predicate=INVERSE[r.predicate], object=r.subject))
    return sorted(result, key=lambda r: (r.subject, r.predicate, r.object, r.report_id, r.sentence_index))


def build(paths: list[str | Path], validate: bool = True, strict: bool = False,
          shapes: str | Path | None = None, jobs: int = 1, cluster: str | None = None,
          progress: bool = False) -> BuildResult:
    """Read, extract, map to RDF and check against the shapes.

    The per-report work runs in ``jobs`` processes, or on the Dask scheduler at ``cluster``
    (:mod:`kg.runner`); the graph is the same either way.  ``progress`` shows a bar on stderr.

    A statement that violates a shape is left out of the graph and listed in
    ``BuildResult.dropped``; with ``strict`` the build refuses the graph instead
    (ValidationError).  ``shapes`` is a SHACL file to check against instead of
    ``ontology/shapes.ttl``.  Raises ReportError for bad input, ValidationError when
    the graph cannot be made to conform."""
    started = time.perf_counter()
    ids = Counter(report_id_for(Path(p)) for p in paths)
    duplicated = [i for i, n in ids.items() if n > 1]
    if duplicated:
        raise ReportError(f"two reports share the identifier {duplicated[0]!r}: rename one file")
    extracts = extract_reports([Path(p) for p in paths], jobs=jobs, cluster=cluster, progress=progress)
    seconds = {"reports": time.perf_counter() - started}
    corpus = assemble_corpus([e.report for e in extracts], {e.report.report_id: e.sentences for e in extracts},
                             [m for e in extracts for m in e.mentions])
    seconds["corpus"] = time.perf_counter() - started - seconds["reports"]
    result = BuildResult(corpus, [], 0.0, validated=validate, stage_seconds=seconds,
                         report_seconds={e.report.report_id: e.seconds for e in extracts})
    result.parts = graph_parts(corpus, shapes, validate, jobs=1 if cluster else jobs)
    seconds["graph"] = time.perf_counter() - started - sum(seconds.values())
    if validate:
        check_parts(result, strict, shapes)
    seconds["shapes"] = time.perf_counter() - started - sum(seconds.values())
    result.seconds = time.perf_counter() - started
    return result


def check_parts(result: BuildResult, strict: bool = False, shapes: str | Path | None = None) -> None:
    """Check a build whose parts were checked one by one (:func:`kg.parts.graph_parts`) as a
    whole: when the parts and the nodes they share conform, the graph does and nothing more is
    done; else the whole graph is checked as before (:func:`check_graph`) and what it leaves out
    leaves the parts too."""
    if not _parts_conform(result, load_shapes(shapes)):
        _check_whole_graph(result, strict, shapes)


def _parts_conform(result: BuildResult, shapes: Graph) -> bool:
    """Whether the whole graph conforms, judged from the checks of its parts and one check of the
    nodes that several parts state, on the whole graph in the store: their SPARQL constraints
    (the link shape) as one query each, the other constraints on their statements from every
    part and the classes of what these point to.

    A node only one part states has all its statements, and the classes of the nodes they point
    to, in that part (:func:`kg.rdf.to_graph` types a node wherever it adds it), so that part's
    check is the whole graph's for it; a violation found there is a violation."""
    shared = shared_subjects(result.parts)
    if any(focus not in shared for part in result.parts for focus in part.violating):
        return False
    if not shared:
        return True
    if sparql_violating_foci(result.store(), shapes, shared):
        return False
    return not violating_foci(shared_part(result.store(), shared), without_sparql(shapes), sorted(map(URIRef, shared)))


def _check_whole_graph(result: BuildResult, strict: bool, shapes: str | Path | None) -> None:
    """The check as it was before the graph was made in parts, for a graph that violates the
    shapes: the whole graph in rdflib, its violating statements left out (or refused with
    ``strict``), and the parts made again without them."""
    graph = to_graph(result.corpus)
    result.dropped = check_graph(graph, strict, shapes)
    kept = set(ntriples_lines(graph))
    result.parts = [GraphPart.of_lines(p.name, b"".join(line for line in p.lines() if line[:-1] in kept))
                    for p in result.parts]
    result._graph, result._store = graph, None


def check_graph(graph: Graph, strict: bool = False, shapes: str | Path | None = None) -> list[DroppedStatement]:
    """Check a graph against the shapes.  Strict: refuse it (ValidationError) on any
    violation.  Otherwise leave the violating statements out of it and return them."""
    if strict:
        check(graph, shapes)
        return []
    return drop_violations(graph, shapes_path=shapes)


def build_report(result: BuildResult) -> dict:
    """What the check of a build found: the reports, whether the graph was checked, and
    every statement left out with the shapes it broke, its node and its sentence."""
    return {
        "reports": [{"id": r.report_id, "file": Path(r.path).name, "title": r.title} for r in result.corpus.reports],
        "validated": result.validated,
        "conforms_without_dropping": result.validated and not result.dropped,
        "dropped_count": len(result.dropped),
        "dropped": [d.as_dict() for d in result.dropped],
    }


def build_report_bytes(result: BuildResult) -> bytes:
    """The build report as UTF-8 JSON, the same bytes for the same build (no times, sorted lists)."""
    return (json.dumps(build_report(result), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def named_graphs(result: BuildResult) -> Iterator[tuple[URIRef, Graph]]:
    """The built graph in named graphs, one per report (named by the report's IRI) and one for
    the links taken from reference data, each made when it is asked for (no dataset of the
    whole corpus is held); a statement the check left out of the graph is left out of every
    named graph too."""
    for part in result.parts:
        yield URIRef(part.name), part.graph()


def write_named_graphs(result: BuildResult, path: str | Path) -> Path:
    """The named graphs of a build as TriG, written atomically."""
    path = Path(path)
    write_atomic_with(path, lambda f: trig_of_parts(((p.name, p.ntriples) for p in result.parts), f))
    return path


def resources_line(started: float) -> str:
    """Wall time since ``started`` (a ``time.perf_counter()``) and the process's peak memory
    (``resource.getrusage``: the largest resident set so far)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return f"total time {time.perf_counter() - started:.1f} s, peak memory {peak:.0f} MB"


def summary(result: BuildResult) -> str:
    """A short text: counts per class, sentences, triples, time taken."""
    g = result.store_graph
    lines = []
    for report in result.corpus.reports:
        n = len(result.corpus.sentences[report.report_id])
        lines.append(f"{report.report_id}: {n} sentences ({report.encoding}) — {report.title}")
    counts = {cls: len(set(g.subjects(RDF.type, HX[cls]))) for cls in CORE_CLASSES}
    lines.append("entities: " + ", ".join(f"{cls} {n}" for cls, n in counts.items()) +
                 f" (total {sum(counts.values())})")
    lines.append(f"links {len(result.corpus.relations)}, observations {len(result.corpus.observations)}, "
                 f"triples {len(result.store())}, {result.seconds:.1f} s")
    lines.append(_check_line(result))
    if result.stage_seconds:
        lines.append(_time_line(result))
    return "\n".join(lines)


STAGE_NAMES = {"reports": "reports (reading, spaCy, mentions)", "corpus": "resolution, links, numbers",
               "graph": "RDF and SHACL by report", "shapes": "SHACL across reports", "turtle": "Turtle", "views": "views"}


def _time_line(result: BuildResult) -> str:
    """Where the time went: each stage, and the reports' own time per report."""
    stages = ", ".join(f"{STAGE_NAMES.get(k, k)} {v:.1f} s" for k, v in result.stage_seconds.items())
    per_report = sum(result.report_seconds.values()) / max(len(result.report_seconds), 1)
    return f"time: {stages}; {per_report:.1f} s a report"


def _check_line(result: BuildResult) -> str:
    """One line on the SHACL check: skipped, conforms, or how many statements were left out."""
    if not result.validated:
        return "shapes: not checked (--no-validate)"
    if not result.dropped:
        return "shapes: the graph conforms"
    shapes = sorted({shape for d in result.dropped for shape in d.shapes})
    n = len(result.dropped)
    return (f"shapes: left out {n} statement{'s' if n != 1 else ''} that violate{'s' if n == 1 else ''} "
            f"{', '.join(shapes)}; the rest conforms")
