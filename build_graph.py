"""Build the knowledge graph: reads every report in data/reports/, writes build/haixi.ttl.

    python build_graph.py                       # the default job
    python build_graph.py --reports DIR --output build/haixi.ttl
    python build_graph.py --strict               # refuse a graph that violates the shapes
    python build_graph.py --help
"""

from kg.cli import build_main

if __name__ == "__main__":
    raise SystemExit(build_main())
