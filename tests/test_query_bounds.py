"""``kg query`` against hostile and heavy queries: no request to another host, bounded time, rows and
memory, every query form answered, and the query path light (no spaCy)."""

import json
import socket
import subprocess
import sys
import threading
import time

import pytest

from kg.query import QueryError, find_query, load_store, network_operations, run

from conftest import ROOT, run_kg

CROSS_PRODUCT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"


@pytest.fixture(scope="module")
def graph_file(haixi_graph_file):
    return haixi_graph_file


class Listener:
    """A TCP listener on loopback that records whether anything connected to it."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(0.2)
        self.connected = threading.Event()
        self.open = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.socket.getsockname()[1]}/sparql"

    def _accept(self):
        while self.open:
            try:
                conn, _ = self.socket.accept()
            except OSError:
                continue
            self.connected.set()
            conn.close()

    def close(self):
        self.open = False
        self.thread.join()
        self.socket.close()


@pytest.fixture
def listener():
    spy = Listener()
    yield spy
    spy.close()


def test_service_is_refused_and_no_request_leaves(graph_file, listener):
    result = run_kg("query", f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}", "--graph", graph_file)
    assert result.returncode == 1
    assert result.stderr == ("error: the query uses SERVICE, which sends requests to other hosts; "
                             "refused unless --allow-service is given\n")
    assert not listener.connected.wait(0.5)


def test_allow_service_names_the_request_and_fails_in_one_line(graph_file, listener):
    result = run_kg("query", f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}", "--graph", graph_file,
                    "--allow-service")
    assert listener.connected.wait(5)  # the flag does let the request go
    assert result.returncode == 1 and result.stderr.startswith("error: the query failed: ")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("query, expected", [
    ("SELECT * { SERVICE SILENT <http://x/> { ?s ?p ?o } }", ["SERVICE"]),
    ("SELECT * { ?s ?p ?o .service <http://x/> { ?s ?p ?o } }", ["SERVICE"]),
    ("SELECT * { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", ["SERVICE"]),
    ('SELECT * { ?s ?p "unclosed SERVICE <http://x/> { ?s ?p ?o } }', ["SERVICE"]),
    ("LOAD <http://x/data.ttl>", ["LOAD"]),
    ('SELECT ?service { ?service ex:SERVICE "SERVICE", """a\n SERVICE""" ; <urn:SERVICE> ?load } # SERVICE', []),
])
def test_network_operations_are_found_wherever_the_parser_would_find_them(query, expected):
    assert network_operations(query) == expected


def test_timeout_fires_on_time(graph_file):
    started = time.monotonic()
    result = run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }", "--graph", graph_file,
                    "--timeout", "1")
    elapsed = time.monotonic() - started
    assert result.returncode == 1
    assert result.stderr == "error: the query ran out of time (1 s); pass --timeout to allow more\n"
    assert elapsed < 15  # startup and loading, plus the second the query had


def test_rows_are_cut_at_the_limit_with_a_note(graph_file):
    result = run_kg("query", CROSS_PRODUCT, "--graph", graph_file, "--format", "csv", "--limit", "5")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 + 5
    assert result.stderr == "note: the answer was cut at 5 rows; pass --limit N for more (0: no limit)\n"
    whole = run_kg("query", "SELECT ?r WHERE { ?r a hx:Railway }", "--graph", graph_file, "--format", "csv")
    assert whole.stderr == "" and len(whole.stdout.splitlines()) > 2


def test_default_limit_bounds_a_cross_product(graph_file):
    result = run_kg("query", CROSS_PRODUCT, "--graph", graph_file, "--format", "tsv")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 + 10_000
    assert "cut at 10,000 rows" in result.stderr


def test_memory_is_bounded(graph_file):
    result = run_kg("query", CROSS_PRODUCT + " ORDER BY ?f", "--graph", graph_file, "--max-memory", "400",
                    "--timeout", "100")
    assert result.returncode == 1
    assert result.stderr == "error: the query needs more than 400 MB of memory; narrow it, or pass --max-memory\n"


@pytest.mark.parametrize("option", [["--timeout", "-5"], ["--timeout", "soon"], ["--limit", "-1"]])
def test_bad_bounds_are_one_line_errors(graph_file, option):
    result = run_kg("query", "ASK {}", "--graph", graph_file, *option)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("kg query: error: argument")


def test_construct_and_describe_print_triples(graph_file):
    construct = 'CONSTRUCT { ?r rdfs:label ?l } WHERE { ?r a hx:Railway ; rdfs:label ?l FILTER(STR(?l) = "格库铁路") }'
    table = run_kg("query", construct, "--graph", graph_file)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0].split() == ["subject", "predicate", "object"]
    assert "rdfs:label" in table.stdout and "格库铁路" in table.stdout and table.stdout.endswith("(1 row)\n")
    turtle = run_kg("query", construct, "--graph", graph_file, "--format", "turtle")
    assert "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ." in turtle.stdout
    assert 'rdfs:label "格库铁路"@zh' in turtle.stdout
    ntriples = run_kg("query", construct, "--graph", graph_file, "--format", "ntriples")
    assert ntriples.stdout.count("\n") == 1 and ntriples.stdout.rstrip().endswith('"格库铁路"@zh .')
    jsonld = json.loads(run_kg("query", construct, "--graph", graph_file, "--format", "json").stdout)
    assert "格库铁路" in json.dumps(jsonld, ensure_ascii=False)
    describe = run_kg("query", "DESCRIBE ?r WHERE { ?r a hx:Railway ; rdfs:label \"格库铁路\"@zh }", "--graph",
                      graph_file, "--format", "csv")
    assert describe.returncode == 0, describe.stderr
    assert "https://w3id.org/haixi-kg/ontology#mentionedIn" in describe.stdout


def test_rdf_format_of_a_select_is_a_clear_error(graph_file):
    result = run_kg("query", "SELECT ?s WHERE { ?s a hx:Railway }", "--graph", graph_file, "--format", "turtle")
    assert result.returncode == 1
    assert result.stderr == ("error: --format turtle is for CONSTRUCT and DESCRIBE queries; "
                             "use table, csv, tsv or json\n")


def test_a_long_one_line_query_with_a_dot_is_not_taken_for_a_file(graph_file):
    query = "SELECT ?label WHERE { ?e hx:divisionCode \"632801\" . ?e rdfs:label ?label . " \
            + "FILTER(STRLEN(?label) > 0) . " * 12 + "}"
    assert len(query.encode("utf-8")) > 255 and "\n" not in query
    assert find_query(query) == (query, None)
    result = run_kg("query", query, "--graph", graph_file, "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "label\n格尔木市\n"


def test_library_refuses_service_too(graph_file):
    store = load_store(graph_file)
    with pytest.raises(QueryError, match="SERVICE"):
        run(store, "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")


def test_the_query_path_does_not_import_spacy(graph_file):
    probe = ("import sys\nfrom kg.cli import main\n"
             f"main(['query', 'ASK {{ ?r a hx:Railway }}', '--graph', {str(graph_file)!r}])\n"
             "print(sorted(m for m in ('spacy', 'rdflib', 'networkx', 'jieba') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["ask", "----", "true", "(1 row)", "[]"]
