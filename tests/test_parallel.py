"""The per-report work in a pool of processes and on a Dask cluster gives the same graph,
byte for byte, as one report after another; the cluster is a real two-worker LocalCluster
on loopback."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import ROOT, run_kg, write_invented_reports
from kg.build import build, named_graphs
from kg.serialize import trig_bytes, turtle_bytes

REPORTS = {
    "snowridge-2021.txt": "加快建设白河物流园，争取新建青松物流园。松岭至白河公路建成通车。\n",
    "snowridge-2022.txt": "白河物流园建成投运。实施白河水源地保护工程，推进青松至松岭铁路建设。\n",
    "snowridge-2023.txt": "青松物流园开工建设。举办第三届松岭文化旅游节。\n",
}


@pytest.fixture(scope="module")
def report_files(tmp_path_factory):
    return write_invented_reports(tmp_path_factory.mktemp("reports"), REPORTS)


@pytest.fixture(scope="module")
def local_build(report_files):
    return build(report_files)


def test_the_turtle_written_by_oxigraph_parses_back_to_the_same_graph(local_build):
    again = Graph().parse(data=turtle_bytes(local_build.graph), format="turtle")
    assert set(again) == set(local_build.graph)


def test_a_local_two_worker_cluster_gives_the_graph_of_the_local_build(report_files, local_build):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
        on_cluster = build(report_files, cluster=cluster.scheduler_address)
    assert isomorphic(on_cluster.graph, local_build.graph)
    assert turtle_bytes(on_cluster.graph) == turtle_bytes(local_build.graph)
    labels = {str(o) for o in on_cluster.graph.objects() if getattr(o, "language", None) == "zh"}
    assert {"白河物流园", "青松物流园", "松岭至白河公路"} <= labels


def test_a_pool_of_two_processes_writes_the_same_bytes_and_is_quiet_in_a_pipe(report_files, local_build, tmp_path):
    out = tmp_path / "g.ttl"
    done = run_kg("build", "--jobs", "2", *[a for p in report_files for a in ("--input", p)], "--output", out,
                  timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == turtle_bytes(local_build.graph)
    assert out.with_suffix(".trig").read_bytes() == trig_bytes(named_graphs(local_build))
    assert "Prefix dict" not in done.stderr and "\r" not in done.stderr  # no jieba chatter, no progress bar
    assert re.search(r"^time: reports .* s a report$", done.stdout, re.M)


def test_a_cluster_nobody_serves_is_a_one_line_error(report_files):
    done = run_kg("build", "--cluster", "tcp://127.0.0.1:9", "--input", report_files[0], "--output",
                  ROOT / "build" / "never.ttl", timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith("error: tcp://127.0.0.1:9: no Dask scheduler answers there")
    assert "Traceback" not in done.stderr
