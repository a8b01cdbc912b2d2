"""A report is never lost to one sentence: a statement that violates the shapes is left out
of the graph and listed, the rest is kept; ``--strict`` refuses the graph as before.

The graphs are built from invented report text; the bad statements are injected into them
(or, on the command line, caught by one extra shape), never mocked."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV

from conftest import GENRE_HEADER, ROOT, extract_invented, run_kg
from kg import validate as validate_module
from kg.errors import ValidationError
from kg.namespace import HX, OA
from kg.rdf import to_graph
from kg.resources import shapes_path
from kg.validate import drop_violations, validate

PLAN = "二、2022年工作安排\n"
TWO_PARKS = "加快建设白河物流园，争取新建青松物流园。"
ROAD = "松岭至白河公路建成通车。"


def invented_graph():
    """The graph of a short invented report: two parks with a status each, and a road with its ends."""
    return to_graph(extract_invented(ROAD + "\n" + PLAN + TWO_PARKS + "\n"))


def entity(graph, label):
    """The entity node with this Chinese label."""
    return next(graph.subjects(RDFS.label, Literal(label, lang="zh")))


def referenced(graph, node) -> bool:
    """Whether any triple is about the node or points to it."""
    return (node, None, None) in graph or (None, None, node) in graph


@pytest.fixture
def shacl_runs(monkeypatch):
    """Count the pySHACL runs (the real ones: the function is wrapped, not replaced)."""
    calls = []
    real = validate_module._run_shacl

    def counted(graph, shapes):
        calls.append(len(graph))
        return real(graph, shapes)

    monkeypatch.setattr(validate_module, "_run_shacl", counted)
    return calls


def test_a_conforming_graph_is_checked_once_and_left_as_it_is(shacl_runs):
    graph = invented_graph()
    before = set(graph)
    assert drop_violations(graph) == []
    assert set(graph) == before
    assert len(shacl_runs) == 1


def test_a_status_with_two_values_is_left_out_with_the_link_to_it(shacl_runs):
    graph = invented_graph()
    park = entity(graph, "白河物流园")
    node = graph.value(park, HX.hasStatus)
    graph.add((node, HX.status, HX.Operating))  # the bug of issue 9: two statuses on one node
    other = graph.value(entity(graph, "青松物流园"), HX.hasStatus)

    dropped = drop_violations(graph)

    assert [(d.focus, d.kind, d.shapes, d.sentence, d.report, d.round) for d in dropped] == [
        (str(node), "hx:StatusStatement", ("hx:StatusShape",), TWO_PARKS, "genre", 1)]
    (violation,) = dropped[0].violations
    assert (violation.constraint, violation.path) == ("sh:MaxCountConstraintComponent", "hx:status")
    assert dropped[0].removed_triples == 7  # 6 about the node (type, 2 statuses, year, verb, source) + hasStatus
    assert not referenced(graph, node)
    assert graph.value(other, HX.status) == HX.Planned
    assert (park, RDFS.label, Literal("白河物流园", lang="zh")) in graph
    assert len(shacl_runs) == 2  # the check, and one more after leaving out
    assert validate(graph)[0] is True


def test_an_entity_with_two_core_classes_goes_with_its_mentions_and_statuses():
    graph = invented_graph()
    park = entity(graph, "白河物流园")
    status = graph.value(park, HX.hasStatus)
    mentions = list(graph.subjects(OA.hasBody, park))
    graph.add((park, RDF.type, HX.Place))

    (dropped,) = drop_violations(graph)

    assert (dropped.focus, dropped.shapes, dropped.sentence) == (str(park), ("hx:EntityShape",), TWO_PARKS)
    assert str(status) in dropped.removed_nodes
    assert mentions and all(not referenced(graph, m) for m in mentions)
    assert not referenced(graph, park) and not referenced(graph, status)
    assert graph.value(entity(graph, "青松物流园"), HX.hasStatus) is not None
    assert validate(graph)[0] is True


def test_a_link_without_its_assertion_is_left_out_not_the_entity():
    graph = invented_graph()
    park, road = entity(graph, "青松物流园"), entity(graph, "松岭至白河公路")
    graph.add((park, HX.locatedIn, road))
    size = len(graph)

    (dropped,) = drop_violations(graph)

    assert (dropped.focus, dropped.shapes, dropped.removed_triples) == (str(park), ("hx:LinkShape",), 1)
    assert (park, HX.locatedIn, road) not in graph
    assert len(graph) == size - 1
    assert validate(graph)[0] is True


def test_an_assertion_without_its_source_takes_its_link_along():
    graph = invented_graph()
    road = entity(graph, "松岭至白河公路")
    assertion = next(a for a in graph.subjects(RDF.subject, road) if graph.value(a, RDF.predicate) == HX.connects)
    end = graph.value(assertion, RDF.object)
    graph.remove((assertion, PROV.wasDerivedFrom, None))

    dropped = drop_violations(graph)

    # The assertion breaks its shape, and the road now has a link no sentence states.
    assert [(d.focus, d.shapes, d.round) for d in dropped] == [
        (str(assertion), ("hx:AssertionShape",), 1), (str(road), ("hx:LinkShape",), 1)]
    assert dropped[0].sentence == "" and dropped[1].sentence == ROAD  # the assertion lost its source
    assert not referenced(graph, assertion)
    assert (road, RDFS.label, Literal("松岭至白河公路", lang="zh")) in graph
    assert (road, HX.connects, end) not in graph  # else the link would be left without a source
    assert validate(graph)[0] is True


def test_leaving_out_a_sentence_takes_a_second_round_and_the_rounds_are_bounded():
    def broken():
        graph = invented_graph()
        sentence = next(s for s in graph.subjects(RDF.type, HX.Sentence)
                        if str(graph.value(s, RDF.value)) == ROAD)
        graph.remove((sentence, RDF.value, None))  # a sentence without its text
        return graph, sentence

    graph, sentence = broken()
    with pytest.raises(ValidationError, match="after leaving out 1 statements in 1 rounds"):
        drop_violations(graph, max_rounds=1)

    graph, sentence = broken()
    dropped = drop_violations(graph)
    assert [(d.focus, d.shapes, d.sentence) for d in dropped if d.round == 1] == [
        (str(sentence), ("hx:SentenceShape",), "")]
    # The road and its ends were named only in that sentence: without it they have no source.
    fresh = invented_graph()
    assert sorted(str(fresh.value(URIRef(d.focus), RDFS.label)) for d in dropped if d.round == 2) == [
        "松岭", "松岭至白河公路", "白河"]
    assert {d.shapes for d in dropped if d.round == 2} == {("hx:EntityShape",)}
    assert not referenced(graph, sentence)
    assert validate(graph)[0] is True


# The command line, on an invented report and the project's shapes with one extra shape
# that its status word 开工建设 breaks.
EXTRA_SHAPE = """
hx:ShortStatusVerbShape a sh:NodeShape ;
    sh:targetClass hx:StatusStatement ;
    sh:property [ sh:path hx:statusVerb ; sh:maxLength 3 ; sh:message "A status word has at most 3 characters." ] .
"""
STARTED = "开工建设青松物流园。"
REPORT = GENRE_HEADER + "松岭至白河公路建成。\n" + PLAN + STARTED + "\n新建白河物流园。\n"


def build(tmp_path, *args, env=None):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(shapes_path().read_text(encoding="utf-8") + EXTRA_SHAPE, encoding="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "build_graph.py"), "--input", str(report),
                           "--shapes", str(shapes), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)


def test_a_report_with_a_violating_statement_still_builds_and_lists_it(tmp_path):
    out = tmp_path / "out" / "g.ttl"
    result = build(tmp_path, "--output", out)
    assert result.returncode == 0, result.stderr
    assert "shapes: left out 1 statement that violates hx:ShortStatusVerbShape; the rest conforms" in result.stdout
    assert "warning: left out 1 statement(s) that violate the SHACL shapes" in result.stderr
    assert STARTED in result.stderr
    report = json.loads((out.parent / "g-build-report.json").read_text(encoding="utf-8"))
    assert report["dropped_count"] == 1 and report["conforms_without_dropping"] is False
    (dropped,) = report["dropped"]
    assert dropped["kind"] == "hx:StatusStatement"
    assert dropped["shapes"] == ["hx:ShortStatusVerbShape"]
    assert dropped["violations"][0]["path"] == "hx:statusVerb"
    assert dropped["sentence"] == STARTED
    assert dropped["focus"].startswith("https://w3id.org/haixi-kg/id/report/report/sentence/")
    turtle = out.read_text(encoding="utf-8")
    assert dropped["focus"] not in turtle and '"开工建设"@zh' not in turtle
    assert '"新建"@zh' in turtle and '"青松物流园"@zh' in turtle  # the rest of the report is there
    assert not list(out.parent.glob(".*.tmp"))

    again = tmp_path / "again" / "g.ttl"
    assert build(tmp_path, "--output", again, env={**os.environ, "PYTHONHASHSEED": "11"}).returncode == 0
    assert again.read_bytes() == out.read_bytes()
    assert (again.parent / "g-build-report.json").read_bytes() == (out.parent / "g-build-report.json").read_bytes()


def test_strict_refuses_the_graph_and_writes_nothing(tmp_path):
    out = tmp_path / "out" / "g.ttl"
    out.parent.mkdir()
    out.write_text("previous build", encoding="utf-8")
    result = build(tmp_path, "--output", out, "--strict")
    assert result.returncode == 1
    assert "\nerror: the graph violates the SHACL shapes:\n" in "\n" + result.stderr
    assert "Message: A status word has at most 3 characters." in result.stderr
    assert out.read_text(encoding="utf-8") == "previous build"
    assert sorted(p.name for p in out.parent.iterdir()) == ["g.ttl"]


def test_kg_build_has_the_same_check_options():
    result = run_kg("build", "--help")
    assert result.returncode == 0
    for option in ("--strict", "--shapes", "--build-report", "--no-validate"):
        assert option in result.stdout


def test_a_missing_shapes_file_is_one_line_of_error(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "build_graph.py"), "--input", str(ROOT / "README.md"),
                             "--shapes", str(tmp_path / "none.ttl"), "--output", str(tmp_path / "g.ttl")],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].endswith("none.ttl: no such shapes file")
    assert not (tmp_path / "g.ttl").exists()
