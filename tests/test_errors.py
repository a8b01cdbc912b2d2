"""Every expected failure is one line on stderr and a non-zero exit, never a traceback: bad graph
files, bad URLs, servers that do not speak HTTP, an interrupted command (exit 130), and the
README's Kuzu snippet run twice."""

import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from conftest import HAIXI, ROOT, run_kg

SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(?a = ?d) }"


@pytest.fixture(scope="module")
def bad_graphs(haixi_graph_file, tmp_path_factory):
    """A graph cut in the middle of a statement, and a binary file named like a graph."""
    root = tmp_path_factory.mktemp("bad-graphs")
    truncated = root / "truncated.ttl"
    truncated.write_bytes(haixi_graph_file.read_bytes()[:5000])
    binary = root / "binary.ttl"
    binary.write_bytes(bytes(range(256)) * 8)
    return {"truncated": truncated, "binary": binary}


@pytest.mark.parametrize("kind", ["truncated", "binary"])
@pytest.mark.parametrize("command", [["viz", "-o", "{out}/v.html"], ["path", "格尔木市", "德令哈市"],
                                     ["export", "turtle", "-o", "{out}/x.ttl"], ["stats"], ["query", "ASK {}"]])
def test_a_bad_graph_file_is_a_one_line_error(bad_graphs, kind, command, tmp_path):
    args = [a.replace("{out}", str(tmp_path)) for a in command]
    result = run_kg(*args, "--graph", bad_graphs[kind])
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {bad_graphs[kind]}: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("url", ["not a url", "ftp://example.org/store", "http://[::1/store", "http:///store"])
def test_push_to_a_bad_url_is_a_one_line_error(haixi_graph_file, url):
    result = run_kg("push", "--endpoint", url, "--graph", haixi_graph_file)
    assert result.returncode == 1
    assert result.stderr == f"error: {url!r} is not an http:// or https:// URL of a store\n"


def test_push_to_a_server_that_does_not_speak_http_is_a_one_line_error(haixi_graph_file):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()

    def greet_like_ssh():
        conn, _ = server.accept()
        conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n")
        time.sleep(3)
        conn.close()

    threading.Thread(target=greet_like_ssh, daemon=True).start()
    url = f"http://127.0.0.1:{server.getsockname()[1]}/store"
    try:
        result = run_kg("push", "--endpoint", url, "--graph", haixi_graph_file)
    finally:
        server.close()
    assert result.returncode == 1
    assert result.stderr == f"error: {url}?default: cannot reach the store (the server does not speak HTTP: " \
                            "BadStatusLine)\n"


def interrupt(command: list[str], after: float) -> subprocess.CompletedProcess:
    """Run a command and press Ctrl-C (SIGINT) after some seconds."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    time.sleep(after)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def test_ctrl_c_in_a_query_exits_130_without_a_traceback(haixi_graph_file):
    result = interrupt([sys.executable, "-m", "kg", "query", SLOW_QUERY, "--timeout", "100",
                        "--graph", str(haixi_graph_file)], after=3)
    assert (result.returncode, result.stdout, result.stderr) == (130, "", "error: interrupted\n")


def test_ctrl_c_in_a_build_exits_130_and_writes_nothing(tmp_path):
    # eight copies of the report: the build is still extracting when Ctrl-C comes, however fast the machine
    long_report = tmp_path / "long-2020.txt"
    long_report.write_text(HAIXI.read_text(encoding="utf-8") * 8, encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = interrupt([sys.executable, "build_graph.py", "--input", str(long_report),
                        "--output", str(out_dir / "haixi.ttl")], after=4)
    assert result.returncode == 130 and result.stderr.endswith("error: interrupted\n")
    assert "Traceback" not in result.stderr
    assert list(out_dir.iterdir()) == []


def test_the_readme_kuzu_snippet_runs_twice(tmp_path):
    import json

    from kg.kuzu_loader import load_kuzu

    export = {"directed": True, "multigraph": True, "graph": {}, "nodes": [
        {"id": "urn:a", "iri": "urn:a", "labels": "Entity:Project:Railway", "name": "甲乙铁路", "class": "Railway"},
        {"id": "urn:b", "iri": "urn:b", "labels": "Entity:Place:CountyLevelDivision", "name": "甲市",
         "class": "CountyLevelDivision", "code": "000001"}],
        "links": [{"source": "urn:a", "target": "urn:b", "key": "r0", "type": "LOCATED_IN", "sentence": "甲乙铁路在甲市。"}]}
    exported = tmp_path / "haixi.json"
    exported.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    answers = []
    for _ in range(2):
        conn = load_kuzu(exported, tmp_path / "haixi.kuzu")
        rows = conn.execute("MATCH (p:Entity)-[:LOCATED_IN*1..4]->(:Entity {name: '甲市'}) "
                            "WHERE p.core = 'Project' RETURN p.name")
        answers.append(rows.get_all())
        conn.close()
    assert answers == [[["甲乙铁路"]], [["甲乙铁路"]]]
