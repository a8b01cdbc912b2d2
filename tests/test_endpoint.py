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
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper


QUERY = """PREFIX hx: <https://w3id.org/haixi-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?code WHERE { ?p hx:divisionCode ?code ; rdfs:label "格尔木市"@zh }"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_endpoint(graph, *options: str):
    """Start ``kg serve`` on a free port; (process, query URL) once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", str(port), *options],
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
    return process, url


def stop_endpoint(process) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def endpoint(haixi_graph_file, tmp_path_factory):
    root = tmp_path_factory.mktemp("endpoint")
    process, url = start_endpoint(haixi_graph_file, "--timeout", "10", "--store", str(root / "store"))
    first_line = process.stdout.readline()
    yield url, first_line
    stop_endpoint(process)


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


def http_error(request) -> urllib.error.HTTPError:
    """The HTTP error a request gets (the test fails if it succeeds)."""
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=30)
    return info.value


def test_service_is_refused_with_a_sparql_error_and_no_request_leaves(endpoint):
    from test_query_bounds import Listener

    spy = Listener()
    try:
        query = f"SELECT * WHERE {{ SERVICE <{spy.url}> {{ ?s ?p ?o }} }}"
        for request in (urllib.request.Request(endpoint[0] + "?query=" + urllib.parse.quote(query)),
                        urllib.request.Request(endpoint[0], data=query.encode("utf-8"), method="POST",
                                               headers={"Content-Type": "application/sparql-query"})):
            error = http_error(request)
            assert error.code == 400
            assert error.read().decode("utf-8").startswith("SPARQL query refused: it uses SERVICE")
        assert not spy.connected.wait(0.5)
    finally:
        spy.close()


def test_timeout_answers_503_on_time_and_kill_9_leaves_nothing(haixi_graph_file):
    process, url = start_endpoint(haixi_graph_file, "--timeout", "1")
    try:
        engine = int(Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()[-1])
        arguments = Path(f"/proc/{engine}/cmdline").read_bytes().split(b"\0")
        store = Path(arguments[arguments.index(b"--location") + 1].decode())
        assert store.is_dir() and arguments[1] == b"serve-read-only"
        query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
        started = time.monotonic()
        error = http_error(urllib.request.Request(url + "?query=" + urllib.parse.quote(query),
                                                  headers={"Accept": "application/sparql-results+json"}))
        assert error.code == 503 and error.read() == b"the query ran out of time (1 s)\n"
        assert time.monotonic() - started < 3
    finally:
        process.kill()  # kill -9 of kg serve alone: the engine and the temporary store must go with it
        process.wait(timeout=10)
    deadline = time.monotonic() + 10
    while (Path(f"/proc/{engine}").exists() or store.parent.exists()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not Path(f"/proc/{engine}").exists() or b"zombie" in Path(f"/proc/{engine}/status").read_bytes().lower()
    assert not store.parent.exists()


@pytest.mark.parametrize("options, message", [
    (["--port", "99999"], "kg serve: error: argument --port: '99999' is not a port (1 to 65535)"),
    (["--timeout", "-5"], "kg serve: error: argument --timeout: '-5' is not a number of seconds above 0"),
])
def test_bad_options_are_one_line_errors(options, message):
    done = subprocess.run([sys.executable, "-m", "kg", "serve", *options], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.splitlines()[-1] == message and "Traceback" not in done.stderr


def test_a_busy_port_is_a_one_line_error(haixi_graph_file):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "kg", "serve", "--graph", str(haixi_graph_file),
                               "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr == f"error: 127.0.0.1:{port}: the port is in use (another kg serve?)\n"
