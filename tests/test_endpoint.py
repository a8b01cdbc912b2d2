"""The standard endpoint: the real oxigraph server on loopback, queried over HTTP."""

import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper


QUERY = """PREFIX hx: <https://w3id.org/haixi-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?code WHERE { ?p hx:divisionCode ?code ; rdfs:label "格尔木市"@zh }"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(haixi_graph_file, tmp_path_factory):
    root = tmp_path_factory.mktemp("endpoint")
    graph = haixi_graph_file
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", str(port), "--timeout", "10",
         "--store", str(root / "store")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK {}"), timeout=2):
                break
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"the endpoint did not start: {process.stderr.read()}")
            time.sleep(0.2)
    first_line = process.stdout.readline()
    yield url, first_line
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=20)


def test_prints_its_url(endpoint):
    url, first_line = endpoint
    assert url in first_line and "read-only" in first_line


def test_sparqlwrapper_gets_the_answer(endpoint):
    url, _ = endpoint
    client = SPARQLWrapper(url)
    client.setQuery(QUERY)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert [b["code"]["value"] for b in bindings] == ["632801"]


def test_plain_http_get_json(endpoint):
    url, _ = endpoint
    request = urllib.request.Request(url + "?query=" + urllib.parse.quote(QUERY),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = json.loads(response.read().decode("utf-8"))
    assert body["results"]["bindings"][0]["code"]["value"] == "632801"


def test_plain_http_post_csv(endpoint):
    url, _ = endpoint
    request = urllib.request.Request(url, data=QUERY.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=10) as response:
        rows = list(csv.reader(io.StringIO(response.read().decode("utf-8"))))
    assert rows == [["code"], ["632801"]]


def test_library_query_with_chinese_answers_over_http(endpoint):
    from kg.query import QUERY_DIR, prefix_header

    text = (QUERY_DIR / "06_targets_vs_results.rq").read_text(encoding="utf-8")
    data = urllib.parse.urlencode({"query": prefix_header(text) + text}).encode("utf-8")
    request = urllib.request.Request(url := endpoint[0], data=data, method="POST",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        bindings = json.loads(response.read().decode("utf-8"))["results"]["bindings"]
    gdp = next(b for b in bindings if b["indicator"]["value"] == "地区生产总值" and b["measure"]["value"] == "GrowthRate")
    assert (gdp["result"]["value"], gdp["target"]["value"]) == ("7.5", "7")
    assert url.startswith("http://127.0.0.1:")


def test_updates_are_refused(endpoint):
    url, _ = endpoint
    update_url = url.replace("/query", "/update")
    request = urllib.request.Request(update_url, data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=10)
    assert 400 <= info.value.code < 500
    check = urllib.request.Request(url + "?query=" + urllib.parse.quote("ASK { <urn:a> <urn:b> <urn:c> }"),
                                   headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(check, timeout=10) as response:
        assert json.loads(response.read())["boolean"] is False
