"""Exports, each proven by reading it back or loading it into a real engine."""

import csv
import io
import re
from decimal import Decimal

import networkx as nx
import pytest
from rdflib import XSD, Dataset, Graph, URIRef

from kg.errors import OutputError
from kg.cypher import statements as cypher_script_statements
from kg.exports import FORMATS, cypher_string, export, property_graph
from kg.namespace import HX
from kg.query import library, load_store, run

from conftest import run_kg


@pytest.fixture(scope="module")
def graph(haixi_build):
    return haixi_build.graph


@pytest.fixture(scope="module")
def exported(haixi_build, tmp_path_factory):
    root = tmp_path_factory.mktemp("exports")
    paths = {}
    for fmt in FORMATS:
        name = "neo4j" if fmt == "neo4j-csv" else f"haixi.{fmt}"
        paths[fmt] = export(fmt, haixi_build.graph, root / name, corpus=haixi_build.corpus)
    return root, paths


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld"),
                                         ("rdfxml", "xml")])
def test_rdf_round_trips_exactly(graph, exported, fmt, parser):
    path = exported[1][fmt][0]
    back = Graph().parse(path, format=parser)
    assert set(back) == set(graph)  # no blank nodes: triple sets are the graphs
    value = next(back.objects(None, HX.value))
    assert value.datatype == XSD.decimal and isinstance(value.toPython(), Decimal)


def test_jsonld_uses_short_keys(exported):
    text = exported[1]["jsonld"][0].read_text(encoding="utf-8")
    assert '"label"' in text and '"mentionedIn"' in text and '"locatedIn"' in text
    assert "格库铁路" in text  # Chinese as is, not escaped


@pytest.mark.parametrize("fmt, parser", [("trig", "trig"), ("nquads", "nquads")])
def test_one_named_graph_per_report(graph, exported, fmt, parser):
    ds = Dataset()
    ds.parse(exported[1][fmt][0], format=parser)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == {"https://w3id.org/haixi-kg/id/report/haixi-2020", "https://w3id.org/haixi-kg/id/source/gb-t-2260"}
    report = ds.graph(URIRef("https://w3id.org/haixi-kg/id/report/haixi-2020"))
    reference = ds.graph(URIRef("https://w3id.org/haixi-kg/id/source/gb-t-2260"))
    assert set(report) | set(reference) == set(graph)


def test_neo4j_csv_follows_the_import_rules(exported, graph):
    files = {p.name: p for p in exported[1]["neo4j-csv"]}
    nodes = list(csv.reader(io.StringIO(files["nodes.csv"].read_text(encoding="utf-8"))))
    rels = list(csv.reader(io.StringIO(files["relationships.csv"].read_text(encoding="utf-8"))))
    header = nodes[0]
    assert header[0] == "iri:ID" and header[-1] == ":LABEL"
    for column in header[1:-1]:
        name, _, kind = column.partition(":")
        assert re.fullmatch(r"[a-z_]+", name) and kind in ("string", "string[]", "int", "double"), column
    ids = [row[0] for row in nodes[1:]]
    assert len(ids) == len(set(ids))
    by_name = {row[header.index("name:string")]: row for row in nodes[1:] if row[header.index("name:string")]}
    assert by_name["格库铁路"][-1] == "Entity;Project;Railway"
    assert by_name["格尔木市"][header.index("code:string")] == "632801"
    assert float(by_name["格尔木市"][header.index("longitude:double")]) == pytest.approx(94.928453)
    assert set(by_name["格库铁路"][header.index("aliases:string[]")].split(";")) == {"格库铁路青海段"}
    assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert all(row[0] in ids and row[1] in ids and re.fullmatch(r"[A-Z_]+", row[2]) for row in rels[1:])
    types = {row[2] for row in rels[1:]}
    assert {"LOCATED_IN", "CONNECTS", "OPERATED_BY", "HAS_PART", "SUPPORTS", "OF_INDICATOR"} <= types
    assert "RELATED_TO" not in types


_CYPHER_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _decode(literal: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), literal)


def test_cypher_script_is_well_formed(exported):
    text = exported[1]["cypher"][0].read_text(encoding="utf-8")
    statements = cypher_script_statements(text)
    merge = re.compile(r"^(CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.iri IS UNIQUE"
                       r"|MERGE \(n:`\w+` \{iri: \"[^\"]+\"\}\)( SET .+)?"
                       r"|MATCH \(a:`\w+` \{iri: \"[^\"]+\"\}\), \(b:`\w+` \{iri: \"[^\"]+\"\}\) MERGE \(a\)-\[r:`[A-Z_]+`\]->\(b\)( SET .+)?)$",
                       re.S)
    for statement in statements:
        assert merge.match(statement.strip()), statement[:200]
        assert statement.count('"') - statement.count('\\"') == 2 * len(_CYPHER_STRING.findall(statement))
    names = {_decode(m) for m in re.findall(r'n\.`name` = "((?:[^"\\]|\\.)*)"', text)}
    assert {"格库铁路", "锦泰锂业", "飞地经济"} <= names
    assert "SET n:`Project`:`Railway`" in text


@pytest.mark.parametrize("value", ['他说"你好"', "a\\b", "甲\n乙", "';DROP"])
def test_cypher_strings_round_trip(value):
    literal = cypher_string(value)
    assert _decode(_CYPHER_STRING.fullmatch(literal).group(1)) == value


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_files_load_back_with_networkx(graph, exported, fmt, reader):
    nodes, rels = property_graph(graph)
    back = reader(exported[1][fmt][0])
    assert back.number_of_nodes() == len(nodes)
    assert back.number_of_edges() == len(rels)
    labels = {d.get("label") for _, d in back.nodes(data=True)}
    assert "格尔木市" in labels


def test_gexf_keeps_every_relationship_type(graph, exported):
    """networkx reads each edge's type back from its own attribute; GEXF's edge type stays directed."""
    nodes, rels = property_graph(graph)
    back = nx.read_gexf(exported[1]["gexf"][0])
    assert back.is_directed()
    read = sorted(d["relationship"] for _, _, d in back.edges(data=True))
    assert read == sorted(r.type for r in rels)
    assert {"LOCATED_IN", "CONNECTS", "OPERATED_BY", "HAS_PART", "SUPPORTS", "OF_INDICATOR"} <= set(read)
    labels = {d["relationship"]: d["label"] for _, _, d in back.edges(data=True)}
    assert labels["OF_INDICATOR"] == "OF_INDICATOR" and labels["LOCATED_IN"] != "LOCATED_IN"
    assert b"lastmodifieddate" not in exported[1]["gexf"][0].read_bytes()


def _sparql_01(graph_file) -> set[tuple[str, str]]:
    query = next(q for q in library() if q.name == "01_projects_in_place")
    return {(row[0], row[1]) for row in run(load_store(graph_file), query.text).rows}


_CYPHER_01 = ("MATCH (p:Entity)-[:LOCATED_IN*1..4]->(g:Entity {name: '格尔木市'}) "
              "WHERE p.core = 'Project' RETURN DISTINCT p.name, p.class")


def test_loader_takes_ladybug_and_answers_like_sparql(haixi_graph_file, exported, tmp_path):
    from kg.kuzu_loader import embedded_engine, load_kuzu

    assert embedded_engine().__name__ == "ladybug"  # the test extra installs it; Kuzu is the fallback
    conn = load_kuzu(exported[1]["node-link"][0], tmp_path / "lbug")
    found = {tuple(row) for row in conn.execute(_CYPHER_01).get_all()}
    assert found == _sparql_01(haixi_graph_file)
    assert ("格尔木综合物流园", "LogisticsPark") in found


def test_kuzu_dialect_script_runs_whole_in_ladybug(haixi_graph_file, graph, tmp_path):
    """`kg export cypher --dialect kuzu`, executed as one script, holds every node and link and
    answers query 01 as SPARQL does."""
    import ladybug

    out = tmp_path / "haixi-kuzu.cypher"
    assert run_kg("export", "cypher", "--dialect", "kuzu", "--graph", haixi_graph_file, "-o", out).returncode == 0
    conn = ladybug.Connection(ladybug.Database(str(tmp_path / "db")))
    conn.execute(out.read_text(encoding="utf-8"))
    nodes, rels = property_graph(graph)
    assert conn.execute("MATCH (n) RETURN count(n)").get_all() == [[len(nodes)]]
    assert conn.execute("MATCH ()-[r]->() RETURN count(r)").get_all() == [[len(rels)]]
    assert {tuple(row) for row in conn.execute(_CYPHER_01).get_all()} == _sparql_01(haixi_graph_file)
    railway = conn.execute("MATCH (n:Entity {name: '格库铁路'}) RETURN n.labels, n.aliases").get_all()
    assert railway == [[["Entity", "Project", "Railway"], ["格库铁路青海段"]]]


def test_neo4j_dialect_passes_the_cypher_grammar(exported):
    from kg.cypher import check_neo4j_grammar, statements

    script = statements(exported[1]["cypher"][0].read_text(encoding="utf-8"))
    assert sum(s.startswith("CREATE CONSTRAINT") for s in script) == 3
    for statement in script:
        check_neo4j_grammar(statement)
    for broken in ('MERGE (n:`Entity` {iri: "x"}) SET n:`Project`:, n.`name` = "甲"',
                   "CREATE CONSTRAINT entity_iri FOR (n:Entity) REQUIRE n.iri UNIQUE"):
        with pytest.raises(SyntaxError):
            check_neo4j_grammar(broken)


def test_refuses_to_overwrite_without_force(graph, tmp_path):
    out = tmp_path / "g.nt"
    out.write_text("keep", encoding="utf-8")
    with pytest.raises(OutputError, match="exists; pass --force"):
        export("ntriples", graph, out)
    assert out.read_text(encoding="utf-8") == "keep"
    export("ntriples", graph, out, force=True)
    assert out.read_text(encoding="utf-8").startswith("<https://")
    assert [p.name for p in tmp_path.iterdir()] == ["g.nt"]  # no temporary file left


def test_directory_export_replaces_only_its_own_files(graph, tmp_path):
    out = tmp_path / "neo4j"
    export("neo4j-csv", graph, out)
    (out / "stale.csv").write_text("not the export's", encoding="utf-8")
    with pytest.raises(OutputError):
        export("neo4j-csv", graph, out)
    export("neo4j-csv", graph, out, force=True)
    assert sorted(p.name for p in out.iterdir()) == ["import.sh", "nodes.csv", "relationships.csv", "stale.csv"]
    assert (out / "stale.csv").read_text(encoding="utf-8") == "not the export's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neo4j"]


def test_never_writes_outside_the_directory(tmp_path):
    from kg.exports import _write_inside

    with pytest.raises(OutputError, match="outside"):
        _write_inside(tmp_path / "exports", "../escape.txt", b"x")
    assert not (tmp_path / "escape.txt").exists()


def test_export_command(haixi_graph_file, tmp_path):
    out = tmp_path / "out.graphml"
    assert run_kg("export", "graphml", "--graph", haixi_graph_file, "-o", out).returncode == 0
    again = run_kg("export", "graphml", "--graph", haixi_graph_file, "-o", out)
    assert again.returncode == 1 and "pass --force" in again.stderr and "Traceback" not in again.stderr


def test_stats_counts_the_links_the_exports_hold(graph, haixi_graph_file):
    """kg stats: distinct links per relation, as many as the exports' relationships of that type,
    and the statements supporting them (one per sentence) beside them, each column named."""
    from kg.registry import ENTITY_RELATIONS, relationship_type

    result = run_kg("stats", "--graph", haixi_graph_file)
    assert result.returncode == 0, result.stderr
    table = result.stdout[result.stdout.index("relation "):]
    assert table.splitlines()[0].split() == ["relation", "distinct_links", "supporting_statements"]
    counts = {line.split()[0]: tuple(map(int, line.split()[1:])) for line in table.splitlines()[2:]
              if re.fullmatch(r"\w+ +\d+ +\d+", line)}
    _, rels = property_graph(graph)
    for relation in ENTITY_RELATIONS:
        exported = sum(1 for r in rels if r.type == relationship_type(relation))
        if exported:
            assert counts[relation][0] == exported, relation
    assert counts["connects"][1] > counts["connects"][0]  # a route is named in several sentences
