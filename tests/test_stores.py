"""The graph in real triple stores: pushed over HTTP into Virtuoso (Digest authentication, no
default graph) and into the oxigraph server, served by ``kg serve``; the whole query library,
each file sent unmodified, gives on each the rows the local engine gives."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.push import DEFAULT_GRAPH_URI, PushError, push
from kg.query import library, load_store, run
from kg.remote import ask, comparable_rows, running
from kg.resources import ontology_path

from conftest import ROOT, free_port, run_kg

# The fresh database of .ci/virtuoso.ini has the administrator dba with the password dba;
# .ci/virtuoso.sql adds a user who may only read.
VIRTUOSO_USER = ("dba", "dba")
VIRTUOSO_READER = ("reader", "reader")
BASIC_USER = ("haixi", "haixi-test")  # .ci/basic-auth-proxy.htpasswd
LIBRARY = library()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """Virtuoso's base URL: the one .ci/run started (KG_VIRTUOSO), else one started here."""
    if os.environ.get("KG_VIRTUOSO"):
        yield os.environ["KG_VIRTUOSO"].rstrip("/")
        return
    if shutil.which("virtuoso-t") is None:
        if os.environ.get("CI"):
            pytest.fail("Virtuoso is not installed: .ci/run installs Debian's virtuoso-opensource")
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    directory = tmp_path_factory.mktemp("virtuoso")
    started = subprocess.run([ROOT / ".ci" / "virtuoso", "start", directory], capture_output=True, text=True)
    if started.returncode != 0:
        pytest.fail(f"Virtuoso did not start: {started.stderr}")
    yield started.stdout.strip()
    subprocess.run([ROOT / ".ci" / "virtuoso", "stop", directory], check=True)


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """The oxigraph server's base URL, read-write, its store empty."""
    from kg.serve import oxigraph_binary

    base = f"http://127.0.0.1:{free_port()}"
    with running([oxigraph_binary(), "serve", "--location", str(tmp_path_factory.mktemp("store")),
                  "--bind", base.removeprefix("http://")], base + "/query", 30):
        yield base


@pytest.fixture(scope="module")
def kg_serve(haixi_graph_file, tmp_path_factory):
    """``kg serve``'s query URL, the graph and the ontology loaded."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    with running([sys.executable, "-m", "kg", "serve", "--graph", str(haixi_graph_file), "--port", str(port),
                  "--store", str(tmp_path_factory.mktemp("serve") / "store")], url, 60):
        yield url


@pytest.fixture(scope="module")
def basic_auth_proxy(oxigraph_server, tmp_path_factory):
    """nginx asking for Basic authentication in front of the oxigraph server's Graph Store (.ci/basic-auth-proxy.conf)."""
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx is None:
        if os.environ.get("CI"):
            pytest.fail("nginx is not installed: .ci/run installs Debian's nginx-light")
        pytest.skip("nginx is not installed (apt-get install nginx-light)")
    directory = tmp_path_factory.mktemp("nginx")
    port = free_port()
    conf = (ROOT / ".ci" / "basic-auth-proxy.conf").read_text(encoding="utf-8")
    for name, value in {"DIR": directory, "PORT": port, "UPSTREAM": oxigraph_server.removeprefix("http://"),
                        "HTPASSWD": ROOT / ".ci" / "basic-auth-proxy.htpasswd"}.items():
        conf = conf.replace(f"@{name}@", str(value))
    (directory / "nginx.conf").write_text(conf, encoding="utf-8")
    base = f"http://127.0.0.1:{port}"
    with running([nginx, "-p", str(directory), "-c", str(directory / "nginx.conf"), "-e", str(directory / "error.log")],
                 base + "/query", 30):
        yield base


@pytest.fixture(scope="module")
def virtuoso_pushed(haixi_graph_file, virtuoso):
    """Virtuoso's query URL and the named graph the push wrote, and what ``kg push`` printed."""
    done = run_kg("push", "--graph", haixi_graph_file, "--endpoint", virtuoso + "/sparql-graph-crud-auth",
                  "--user", VIRTUOSO_USER[0], "--password", VIRTUOSO_USER[1], "--chunk-triples", "5000")
    assert done.returncode == 0, done.stderr
    return virtuoso + "/sparql", DEFAULT_GRAPH_URI, done.stdout


@pytest.fixture(scope="module")
def oxigraph_pushed(haixi_graph_file, oxigraph_server):
    """The oxigraph server's query URL (the push wrote its default graph), and what ``kg push`` printed."""
    done = run_kg("push", "--graph", haixi_graph_file, "--endpoint", oxigraph_server + "/store")
    assert done.returncode == 0, done.stderr
    return oxigraph_server + "/query", None, done.stdout


@pytest.fixture(scope="module")
def kg_serve_loaded(kg_serve):
    return kg_serve, None, ""


STORES = {"virtuoso": "virtuoso_pushed", "oxigraph": "oxigraph_pushed", "kg serve": "kg_serve_loaded"}


def local_triples(*paths: Path) -> int:
    import pyoxigraph as ox

    store = ox.Store()
    for path in paths:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return len(store)


def ntriples_bytes(path: Path) -> int:
    """The size of a Turtle file's triples as N-Triples, one a line."""
    import pyoxigraph as ox

    return sum(len(f"{t} .\n".encode("utf-8")) for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


def test_push_into_virtuoso_with_digest_in_chunks(haixi_graph_file, virtuoso_pushed):
    url, graph, printed = virtuoso_pushed
    lines = printed.splitlines()
    triples = local_triples(haixi_graph_file)
    assert lines[0] == f"the store refused the default graph (500 Request Failed): writing into <{graph}> instead"
    assert lines[1].endswith(f"(named graph <{graph}>): {triples:,} triples, {ntriples_bytes(haixi_graph_file):,} "
                             f"bytes in {-(-triples // 5000)} requests")
    assert f": {local_triples(ontology_path()):,} triples, " in lines[2] and lines[2].endswith("in 1 request (ontology)")
    count = ask(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert int(count[0][0]) == local_triples(haixi_graph_file, ontology_path())


def test_push_into_oxigraph_default_graph(haixi_graph_file, oxigraph_pushed):
    url, _, printed = oxigraph_pushed
    assert printed.splitlines()[0].endswith(f"(default graph): {local_triples(haixi_graph_file):,} triples, "
                                            f"{ntriples_bytes(haixi_graph_file):,} bytes in 1 request")
    count = ask(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(count[0][0]) == local_triples(haixi_graph_file, ontology_path())


@pytest.fixture(scope="module")
def local(haixi_graph_file):
    return load_store(haixi_graph_file)


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("query", LIBRARY, ids=lambda q: q.name)
def test_library_gives_the_local_rows(local, request, store, query):
    url, graph, _ = request.getfixturevalue(STORES[store])
    expected = comparable_rows(run(local, query.text).rows)
    assert comparable_rows(ask(url, query.text, graph)) == expected
    if "# Scope: several reports" not in query.text:
        assert expected


def test_push_without_credentials_names_the_scheme(haixi_graph_file, virtuoso):
    endpoint = virtuoso + "/sparql-graph-crud-auth"
    result = run_kg("push", "--graph", haixi_graph_file, "--endpoint", endpoint)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (f"error: {endpoint}: the store asks for Digest authentication (realm 'SPARQL'); "
                             "give --user and --password (or KG_PUSH_PASSWORD)\n")


def test_push_with_a_wrong_password_names_endpoint_user_and_scheme(haixi_graph_file, virtuoso):
    endpoint = virtuoso + "/sparql-graph-crud-auth"
    with pytest.raises(PushError) as refused:
        push(haixi_graph_file, endpoint, auth=("dba", "not-the-password"))
    assert str(refused.value) == (f"{endpoint}: the store refused the credentials "
                                  "(401 Unauthorized; user 'dba', Digest authentication)")


def test_push_by_a_user_who_may_not_write_names_endpoint_user_and_scheme(haixi_graph_file, virtuoso):
    endpoint = virtuoso + "/sparql-graph-crud-auth"
    with pytest.raises(PushError) as refused:
        push(haixi_graph_file, endpoint, auth=VIRTUOSO_READER)
    assert str(refused.value) == (f"{endpoint}: the store forbids writing "
                                  "(403 Forbidden; user 'reader', Digest authentication)")


def test_push_with_basic_authentication(haixi_graph_file, basic_auth_proxy):
    endpoint = basic_auth_proxy + "/store"
    lines = push(haixi_graph_file, endpoint, auth=BASIC_USER, with_ontology=False)
    assert lines == [f"haixi.ttl -> {endpoint}?default (default graph): {local_triples(haixi_graph_file):,} triples, "
                     f"{ntriples_bytes(haixi_graph_file):,} bytes in 1 request"]
    with pytest.raises(PushError) as refused:
        push(haixi_graph_file, endpoint, auth=(BASIC_USER[0], "wrong"))
    assert str(refused.value) == (f"{endpoint}: the store refused the credentials "
                                  "(401 Unauthorized; user 'haixi', Basic authentication)")
    with pytest.raises(PushError, match="asks for Basic authentication \\(realm 'haixi-kg'\\)"):
        push(haixi_graph_file, endpoint)


def test_push_reports_an_unreachable_store(tmp_path):
    graph_file = tmp_path / "haixi.ttl"
    graph_file.write_text("", encoding="utf-8")
    with pytest.raises(PushError, match="cannot reach the store .*Connection refused"):
        push(graph_file, f"http://127.0.0.1:{free_port()}/store", timeout=2)


def test_push_refuses_empty_chunks_before_sending(haixi_graph_file):
    result = run_kg("push", "--graph", haixi_graph_file, "--endpoint", f"http://127.0.0.1:{free_port()}/store",
                    "--chunk-triples", "0")
    assert (result.returncode, result.stderr) == (1, "error: chunks of 0 triples: give at least 1 triple a request\n")
