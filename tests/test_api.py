"""kg.api: the analyst's functions on the real report's graph, with exact answers."""

from __future__ import annotations

import pytest

import kg
from kg import api
from kg.errors import MissingGraphError
from kg.query import QueryError
from kg.resources import query_dir

DELINGHA_PARK = {"project": "德令哈汽配物流园", "class": "LogisticsPark", "status": "UnderConstruction", "year": "2020"}


@pytest.fixture(scope="module")
def graph(haixi_graph_file):
    return api.load_graph(haixi_graph_file)


def test_library_query_by_name_with_a_parameter(graph):
    rows = api.query(graph, "01_projects_in_place", place="德令哈市")
    assert rows.columns == ("project", "class", "status", "year")
    assert DELINGHA_PARK in rows
    assert all(row["project"] != "格尔木综合物流园" for row in rows)  # a Golmud project, not Delingha's


def test_a_rq_file_and_its_name_give_the_same_rows(graph):
    by_name = api.query(graph, "03_routes_and_places")
    by_path = api.query(graph, str(query_dir() / "03_routes_and_places.rq"))
    assert by_name == by_path and "格库铁路" in by_name.column(by_name.columns[0])


def test_sparql_text_and_ask(graph):
    rows = api.query(graph, 'SELECT ?label WHERE { ?e hx:divisionCode "632801" ; rdfs:label ?label }')
    assert rows.column("label") == ["格尔木市"]
    assert list(api.query(graph, 'ASK { ?r a hx:Railway ; rdfs:label "格库铁路"@zh }')) == [{"ask": "true"}]
    assert list(api.query(graph, 'ASK { ?r a hx:Railway ; rdfs:label "没有的铁路"@zh }')) == [{"ask": "false"}]


def test_a_graph_path_is_loaded_for_the_query(haixi_graph_file):
    assert DELINGHA_PARK in api.query(haixi_graph_file, "01_projects_in_place", place="德令哈市")


def test_errors_are_the_packages(graph, tmp_path):
    with pytest.raises(QueryError, match="no parameter 'town'"):
        api.query(graph, "01_projects_in_place", town="德令哈市")
    with pytest.raises(QueryError, match="syntax error"):
        api.query(graph, "SELECT ?x WHERE { ?x ")
    with pytest.raises(MissingGraphError):
        api.load_graph(tmp_path / "none.ttl")


def test_to_dataframe(graph):
    pd = pytest.importorskip("pandas")
    frame = api.query(graph, "01_projects_in_place", place="德令哈市").to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert frame.columns.tolist() == ["project", "class", "status", "year"]
    assert frame[frame.project == "德令哈汽配物流园"].to_dict("records") == [DELINGHA_PARK]


def test_the_package_exposes_the_api_lazily():
    assert kg.load_graph is api.load_graph and kg.build_reports is api.build_reports
    with pytest.raises(AttributeError):
        kg.no_such_function  # noqa: B018


def test_write_graph_round_trips(haixi_build, tmp_path):
    path = api.write_graph(haixi_build, tmp_path / "out" / "g.ttl")
    assert DELINGHA_PARK in api.query(path, "01_projects_in_place", place="德令哈市")
