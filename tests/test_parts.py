"""A build makes its graph a report at a time (kg.parts) and checks each part while it is small;
what several reports state of one node is checked together.  The result must be the one the
check of the whole graph in rdflib gives: the same graph, the same statements left out."""

from __future__ import annotations

import pytest
import pyoxigraph
from rdflib import RDFS, Graph, URIRef

from conftest import write_invented_reports
from kg.build import build, named_graphs
from kg.rdf import to_graph
from kg.resources import shapes_path
from kg.serialize import turtle_bytes
from kg.namespace import HX
from kg.parts import load_store
from kg.validate import drop_violations, load_shapes, sparql_violating_foci

REPORTS = {
    "snowridge-2021.txt": "加快建设白河物流园，争取新建青松物流园。\n",
    "snowridge-2022.txt": "白河物流园建成投运。青松物流园开工建设。\n",
}
# Each report mentions the park once: only the two reports together break this shape.
ONE_SOURCE_SHAPE = """
hx:OneSourceShape a sh:NodeShape ;
    sh:targetClass hx:Project ;
    sh:property [ sh:path hx:mentionedIn ; sh:maxCount 1 ; sh:message "One sentence a project." ] .
"""


@pytest.fixture(scope="module")
def report_files(tmp_path_factory):
    return write_invented_reports(tmp_path_factory.mktemp("reports"), REPORTS)


@pytest.fixture(scope="module")
def one_source_shapes(tmp_path_factory):
    path = tmp_path_factory.mktemp("shapes") / "shapes.ttl"
    path.write_text(shapes_path().read_text(encoding="utf-8") + ONE_SOURCE_SHAPE, encoding="utf-8")
    return path


def test_a_conforming_build_in_parts_is_the_graph_of_the_whole_corpus(report_files):
    result = build(report_files)
    whole = to_graph(result.corpus)
    assert result.dropped == []
    assert set(result.graph) == set(whole)
    assert turtle_bytes(result.graph) == turtle_bytes(whole)
    assert {str(name) for name, _ in named_graphs(result)} == {p.name for p in result.parts}
    assert all(p.violating == frozenset() for p in result.parts)


def test_a_violation_only_the_reports_together_make_is_found_and_left_out_as_before(report_files,
                                                                                     one_source_shapes):
    result = build(report_files, shapes=one_source_shapes)
    whole = to_graph(result.corpus)
    expected = drop_violations(whole, shapes_path=one_source_shapes)

    assert [d.as_dict() for d in result.dropped] == [d.as_dict() for d in expected]
    assert sorted(Graph().parse(data=turtle_bytes(result.graph), format="turtle")) == sorted(whole)
    assert sorted(str(to_graph(result.corpus).value(URIRef(d.focus), RDFS.label)) for d in result.dropped) == [
        "白河物流园", "青松物流园"]
    assert {d.shapes for d in result.dropped} == {("hx:OneSourceShape",)}
    # the parts (the TriG's named graphs) lose what the whole graph lost
    assert not any(set(graph) - set(whole) for _, graph in named_graphs(result))


def test_the_link_shape_runs_as_one_query_on_the_store_for_the_shared_nodes(report_files):
    graph = build(report_files).graph
    park, other = sorted(graph.subjects(HX.mentionedIn, None))[:2]
    store = load_store(graph.serialize(format="nt", encoding="utf-8"))
    assert sparql_violating_foci(store, load_shapes(), [str(park), str(other)]) == set()
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(str(park)), pyoxigraph.NamedNode(str(HX.locatedIn)),
                              pyoxigraph.NamedNode(str(other))))  # a link no assertion states
    assert sparql_violating_foci(store, load_shapes(), [str(park), str(other)]) == {str(park)}
