"""Which SHACL engine checks a build: pySHACL against the Rust engines on PyPI, on one graph.

    pip install pyshacl shacl-rust pyrudof        # the engines compared (pyshacl-turbo is the build's)
    python benchmarks/bench_shacl.py --graph build/haixi.ttl

Breaks the graph in the ways the build must catch (a status with two values, an entity with
two core classes, a link no assertion states, an assertion without its source, an entity
without its label, a number that is no decimal), checks each broken copy with pySHACL and
pyshacl-turbo and compares the violations they report (focus node, shape, constraint, path,
and the message where the shape writes one), then times every installed engine on the graph
as built.  Prints a Markdown table; the engine the build keeps must report what pySHACL does.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import PROV, SH

from kg.namespace import HX
from kg.validate import load_shapes, shacl_violations

SHAPES = load_shapes()


def _two_statuses(g: Graph) -> None:
    statement = min(g.subjects(RDF.type, HX.StatusStatement))
    other = HX.Planned if (statement, HX.status, HX.Operating) in g else HX.Operating
    g.add((statement, HX.status, other))


def _two_core_classes(g: Graph) -> None:
    g.add((min(g.subjects(RDF.type, HX.Project)), RDF.type, HX.Place))


def _unasserted_link(g: Graph) -> None:
    first, second = sorted(g.subjects(RDF.type, HX.Project))[:2]
    g.add((first, HX.locatedIn, second))


def _assertion_without_source(g: Graph) -> None:
    g.remove((min(g.subjects(RDF.type, HX.Assertion)), PROV.wasDerivedFrom, None))


def _entity_without_label(g: Graph) -> None:
    g.remove((min(g.subjects(RDF.type, HX.Event)), RDFS.label, None))


def _number_not_decimal(g: Graph) -> None:
    g.set((min(g.subjects(RDF.type, HX.Observation)), HX.value, Literal("many")))


BREAKS: dict[str, Callable[[Graph], None]] = {
    "as built": lambda g: None, "status with two values": _two_statuses, "two core classes": _two_core_classes,
    "link without assertion": _unasserted_link, "assertion without source": _assertion_without_source,
    "entity without label": _entity_without_label, "number not decimal": _number_not_decimal,
}


def pyshacl_like(module_name: str) -> Callable[[Graph], list]:
    """A check by an engine with pySHACL's API: the violations as :class:`kg.validate.Violation`."""
    module = __import__(module_name)

    def run(graph: Graph) -> list:
        _, results, _ = module.validate(graph, shacl_graph=SHAPES, inference="none", advanced=True,
                                        allow_warnings=True)
        return shacl_violations(results, SHAPES)

    return run


def shacl_rust_check(ntriples: str) -> bool:
    """shacl-rust on the graph as N-Triples text (it reads text, not an rdflib graph)."""
    import shacl_rust

    return shacl_rust.validate(ntriples, SHAPES.serialize(format="turtle"), data_format="nt")["conforms"]


def pyrudof_check(ntriples: str) -> bool:
    """pyrudof on the graph as N-Triples text."""
    import pyrudof

    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    rudof.read_data(ntriples, format=pyrudof.RDFFormat.NTriples)
    rudof.read_shacl(SHAPES.serialize(format="turtle"))
    return rudof.validate_shacl().conforms


def comparable(violations: list) -> list[tuple]:
    """What both engines must agree on; a message only where the shape writes one (the
    engines word their default messages differently)."""
    written = {str(m) for m in SHAPES.objects(None, SH.message)}
    return [(v.focus, v.shape, v.constraint, v.path, v.message if v.message in written else "")
            for v in violations]


def copy_of(graph: Graph) -> Graph:
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, default=Path("build/haixi.ttl"))
    args = parser.parse_args()
    graph = Graph().parse(args.graph, format="turtle")
    reference, turbo = pyshacl_like("pyshacl"), pyshacl_like("pyshacl_turbo")
    print(f"graph {args.graph}: {len(graph)} triples\n")
    print("| broken graph | violations (pySHACL) | pyshacl-turbo reports the same | pySHACL s | pyshacl-turbo s |")
    print("|---|---:|---|---:|---:|")
    for name, breaks in BREAKS.items():
        broken = copy_of(graph)
        breaks(broken)
        started = time.perf_counter()
        expected = reference(broken)
        slow = time.perf_counter() - started
        started = time.perf_counter()
        got = turbo(broken)
        fast = time.perf_counter() - started
        same = "yes" if comparable(expected) == comparable(got) else f"NO: {got}"
        print(f"| {name} | {len(expected)} | {same} | {slow:.2f} | {fast:.2f} |")
    print("\n| engine | seconds on the graph as built (the text engines: from N-Triples) | conforms |")
    print("|---|---:|---|")
    ntriples = graph.serialize(format="nt")
    engines = {"pySHACL": (reference, graph), "pyshacl-turbo": (turbo, graph),
               "shacl-rust": (shacl_rust_check, ntriples), "pyrudof": (pyrudof_check, ntriples)}
    for name, (check, data) in engines.items():
        try:
            started = time.perf_counter()
            result = check(data)
            seconds = time.perf_counter() - started
        except ImportError:
            print(f"| {name} | not installed | |")
            continue
        conforms = not result if isinstance(result, list) else result
        print(f"| {name} | {seconds:.2f} | {conforms} |")


if __name__ == "__main__":
    main()
