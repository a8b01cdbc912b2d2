"""Load the exports into every engine that runs here and print the README's table of engines.

    python benchmarks/engines.py --graph build/haixi.ttl

Starts Virtuoso (.ci/virtuoso, Debian's virtuoso-opensource) and the oxigraph server on loopback,
pushes the graph with kg push, asks each the whole query library over HTTP and counts the
queries that give the local engine's rows; runs the Kuzu-dialect Cypher script whole in Ladybug
and asks it query 01; checks the Neo4j-dialect script with the Cypher grammar; reads the GEXF
back with networkx.  Prints one Markdown row per engine: engine, version, what was loaded, result.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import subprocess
import sys
import tempfile
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.cypher import check_neo4j_grammar, cypher_script, statements
from kg.exports import export, property_graph
from kg.push import push
from kg.query import library, load_store, run
from kg.remote import ask, comparable_rows, running
from kg.serve import oxigraph_binary

ROOT = Path(__file__).resolve().parent.parent
QUERY_01 = ("MATCH (p:Entity)-[:LOCATED_IN*1..4]->(g:Entity {name: '格尔木市'}) "
            "WHERE p.core = 'Project' RETURN DISTINCT p.name, p.class")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def library_agreement(graph: Path, endpoint: str, named_graph: str | None) -> str:
    """How many library queries, sent unmodified, give the local rows."""
    local = load_store(graph)
    same = sum(comparable_rows(ask(endpoint, q.text, named_graph)) == comparable_rows(run(local, q.text).rows)
               for q in library())
    return f"{same} of {len(library())} library queries give the local rows"


def pushed(lines: list[str]) -> str:
    """The triple counts of kg push's lines, as loaded."""
    return "; ".join(line.split(": ", 1)[1] for line in lines if "triples" in line)


def virtuoso_row(graph: Path, work: Path) -> str:
    url = subprocess.run([ROOT / ".ci" / "virtuoso", "start", work / "virtuoso"], capture_output=True,
                         text=True, check=True).stdout.strip()
    try:
        lines = push(graph, url + "/sparql-graph-crud-auth", auth=("dba", "dba"))
        version = _debian_version("virtuoso-opensource-7-bin")
        named = lines[0].split("<")[1].split(">")[0]
        return (f"| Virtuoso | {version} (Debian) | `kg push` (Digest, named graph): {pushed(lines)} | "
                f"{library_agreement(graph, url + '/sparql', named)} |")
    finally:
        subprocess.run([ROOT / ".ci" / "virtuoso", "stop", work / "virtuoso"], check=True)


def _debian_version(package: str) -> str:
    return subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True).stdout


def oxigraph_row(graph: Path, work: Path) -> str:
    base = f"http://127.0.0.1:{free_port()}"
    with running([oxigraph_binary(), "serve", "--location", str(work / "oxigraph"),
                  "--bind", base.removeprefix("http://")], base + "/query", 30):
        lines = push(graph, base + "/store")
        return (f"| oxigraph server | {importlib.metadata.version('oxigraph')} (PyPI) | `kg push` (default graph): "
                f"{pushed(lines)} | {library_agreement(graph, base + '/query', None)} |")


def ladybug_row(graph: Path, work: Path) -> str:
    import ladybug

    nodes, rels = property_graph(Graph().parse(graph, format="turtle"))
    conn = ladybug.Connection(ladybug.Database(str(work / "lbug")))
    conn.execute(cypher_script(nodes, rels, "kuzu"))
    counts = [conn.execute(q).get_all()[0][0] for q in ("MATCH (n) RETURN count(n)", "MATCH ()-[r]->() RETURN count(r)")]
    sparql = {(r[0], r[1]) for r in run(load_store(graph), library()[0].text).rows}
    same = {tuple(r) for r in conn.execute(QUERY_01).get_all()} == sparql
    return (f"| Ladybug | {importlib.metadata.version('ladybug')} (PyPI) | `kg export cypher --dialect kuzu`, run "
            f"whole: {counts[0]} nodes, {counts[1]} relationships | query 01 as Cypher: "
            f"{'the same' if same else 'NOT the same'} {len(sparql)} (project, class) rows as SPARQL |")


def neo4j_row(graph: Path) -> str:
    nodes, rels = property_graph(Graph().parse(graph, format="turtle"))
    script = statements(cypher_script(nodes, rels, "neo4j"))
    for statement in script:
        check_neo4j_grammar(statement)
    return (f"| Neo4j 5 (no server here) | antlr4-cypher {importlib.metadata.version('antlr4-cypher')} (PyPI) | "
            f"`kg export cypher`: {len(script)} statements | all pass the Cypher grammar (constraints: "
            f"Neo4j 5's documented form) |")


def gexf_row(graph: Path, work: Path) -> str:
    path = export("gexf", Graph().parse(graph, format="turtle"), work / "haixi.gexf")[0]
    back = nx.read_gexf(path)
    types = {d["relationship"] for _, _, d in back.edges(data=True)}
    return (f"| networkx (GEXF) | {nx.__version__} (PyPI) | `kg export gexf`: {back.number_of_nodes()} nodes, "
            f"{back.number_of_edges()} edges | {len(types)} relationship types read back, none lost |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=Path("build/haixi.ttl"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="haixi-engines-") as tmp:
        work = Path(tmp)
        print("| engine | version | what was loaded | result |\n|---|---|---|---|")
        for row in (virtuoso_row(args.graph, work), oxigraph_row(args.graph, work), ladybug_row(args.graph, work),
                    neo4j_row(args.graph), gexf_row(args.graph, work)):
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
