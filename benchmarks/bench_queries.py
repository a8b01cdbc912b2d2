"""Time every library query on Oxigraph (pyoxigraph) and on rdflib's own engine, in one run.

    python benchmarks/bench_queries.py                     # the report's graph, both engines
    python benchmarks/bench_queries.py --copies 1,10,100   # how Oxigraph's time grows with the graph

The large graphs repeat the report's graph under distinct IRIs (…/id/c7/…), so
each copy is a separate set of entities; the ontology is loaded once.  Times
are the best of --repeat runs; quote the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.query import library, prefix_header
from kg.resources import ontology_path

ID = "https://w3id.org/haixi-kg/id/"


def best_time(func, repeat: int) -> float:
    """The shortest of ``repeat`` timed calls, in seconds (both engines are timed by this, the same way)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return min(times)


def oxigraph_store(graph: Path, copies: int) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)
    base = rdflib.Graph().parse(graph, format="turtle").serialize(format="nt")
    for k in range(copies):
        text = base if k == 0 else base.replace(ID, f"{ID}c{k}/")
        store.bulk_load(input=text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def rdflib_graph(graph: Path) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(graph, format="turtle")
    g.parse(ontology_path(), format="turtle")
    return g


def compare_engines(graph: Path, repeat: int) -> None:
    store = oxigraph_store(graph, 1)
    g = rdflib_graph(graph)
    print(f"graph: {len(store)} triples with the ontology; best of {repeat} runs")
    print(f"{'query':32} {'oxigraph ms':>12} {'rdflib ms':>10} {'ratio':>7}  rows")
    ratios = []
    for q in library():
        text = prefix_header(q.text) + q.text
        ox_rows = len(list(store.query(text)))
        t_ox = best_time(lambda: list(store.query(text)), repeat)
        try:
            rd_rows = len(list(g.query(text)))
        except Exception as e:  # rdflib's evaluator fails on some valid queries: report, go on
            print(f"{q.name:32} {t_ox * 1000:12.2f} {'fails':>10} {'':>8} {ox_rows:5}  ({type(e).__name__}: {e})")
            continue
        t_rd = best_time(lambda: list(g.query(text)), repeat)  # the same best of N as Oxigraph's
        ratio = t_rd / t_ox if t_ox else float("inf")
        ratios.append(ratio)
        same = "" if ox_rows == rd_rows else f"  (rdflib: {rd_rows} rows)"
        print(f"{q.name:32} {t_ox * 1000:12.2f} {t_rd * 1000:10.1f} {ratio:7.0f}x {ox_rows:5}{same}")
    print(f"median ratio rdflib/oxigraph: {statistics.median(ratios):.0f}x")


def growth(graph: Path, copies: list[int], repeat: int) -> None:
    print(f"oxigraph query time as the graph grows (best of {repeat} runs, ms)")
    stores = {}
    for n in copies:
        started = time.perf_counter()
        stores[n] = oxigraph_store(graph, n)
        print(f"  {n:5} copies: {len(stores[n]):>10} triples, loaded in {time.perf_counter() - started:.1f} s")
    print(f"{'query':32}" + "".join(f"{n:>10}x" for n in copies))
    for q in library():
        text = prefix_header(q.text) + q.text
        cells = [best_time(lambda s=stores[n]: list(s.query(text)), repeat) * 1000 for n in copies]
        print(f"{q.name:32}" + "".join(f"{c:11.1f}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", type=Path, default=Path("build/haixi.ttl"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", default="", help="comma-separated copy counts, e.g. 1,10,100,1000")
    args = parser.parse_args()
    if args.copies:
        growth(args.graph, [int(c) for c in args.copies.split(",")], args.repeat)
    else:
        compare_engines(args.graph, args.repeat)


if __name__ == "__main__":
    main()
