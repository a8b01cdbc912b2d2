"""The kg command line: query formats, errors without tracebacks, listing and stats."""

import json
import re
from pathlib import Path

import pytest

from kg.cli import subcommands
from kg.query import display_width

from conftest import run_kg


@pytest.fixture(scope="module")
def graph_file(haixi_graph_file):
    return haixi_graph_file


kg = run_kg


def test_query_table_aligns_chinese(graph_file):
    result = kg("query", "03_routes_and_places", "--graph", graph_file)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    body = lines[:-1]
    starts = {display_width(re.match(r"^(.*?\S)( {2,})", line).group(0)) for line in body}
    assert len(starts) == 1  # the second column starts at the same terminal column on every line
    assert lines[-1] == f"({len(body) - 2} rows)"
    assert any("格库铁路" in line for line in body)


def test_query_csv_and_param(graph_file):
    result = kg("query", "01_projects_in_place", "--param", "place=德令哈市", "--format", "csv", "--graph", graph_file)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "project,class,status,year"
    assert "德令哈汽配物流园,LogisticsPark,UnderConstruction,2020" in result.stdout.splitlines()


def test_query_json_is_sparql_results_json(graph_file):
    text = 'SELECT ?label WHERE { ?e hx:divisionCode "632801" ; rdfs:label ?label }'
    result = kg("query", text, "--format", "json", "--graph", graph_file)
    body = json.loads(result.stdout)
    assert body["head"]["vars"] == ["label"]
    assert body["results"]["bindings"][0]["label"] == {"type": "literal", "value": "格尔木市", "xml:lang": "zh"}


def test_query_tsv(graph_file):
    result = kg("query", 'SELECT ?x WHERE { BIND("甲\tB" AS ?x) }', "--format", "tsv", "--graph", graph_file)
    assert result.stdout == "x\n甲\\tB\n"


def test_malformed_query_gives_line_and_column_without_traceback(graph_file):
    result = kg("query", "SELECT ?s\nWHERE { ?s ?p }", "--graph", graph_file)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: syntax error in the query: error at 2:")


def test_missing_graph_is_a_clear_error(tmp_path):
    result = kg("query", "03_routes_and_places", "--graph", tmp_path / "none.ttl")
    assert result.returncode == 1 and result.stderr == f"error: {tmp_path / 'none.ttl'}: no such graph file (run kg build first)\n"


def test_ask_query_prints_its_answer(graph_file):
    result = kg("query", 'ASK { ?r a hx:Railway ; rdfs:label "格库铁路"@zh }', "--graph", graph_file, "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ask\ntrue\n"
    result = kg("query", "ASK { ?r a hx:Railway }", "--graph", graph_file, "--format", "json")
    assert result.stdout == '{"head": {}, "boolean": true}\n'


def test_queries_lists_the_library():
    result = kg("queries")
    assert "06_targets_vs_results" in result.stdout
    assert "This year's targets beside last year's results" in result.stdout


def test_stats_counts_classes_and_relations(graph_file):
    result = kg("stats", "--graph", graph_file)
    assert result.returncode == 0, result.stderr
    assert "Program" in result.stdout and "connects" in result.stdout and "hasPart" in result.stdout


def test_every_command_is_in_the_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for command in subcommands():
        assert f"kg {command}" in readme, command


def test_readme_example_query_runs(graph_file):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = re.search(r"A small example.*?```bash\nkg query '(.*?)'\n```", readme, re.S).group(1)
    result = kg("query", example, "--graph", graph_file, "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert "格尔木综合物流园,https://w3id.org/haixi-kg/ontology#UnderConstruction" in result.stdout.splitlines()
