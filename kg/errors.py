"""The package's exception root: the CLI turns these into one-line messages."""


class KGError(Exception):
    """Root of every error this package raises on purpose."""


class ReportError(KGError):
    """A report file cannot be read: missing, empty, binary or undecodable."""


class ValidationError(KGError):
    """The built graph violates the SHACL shapes of the ontology."""


class OutputError(KGError):
    """An output path cannot be written safely."""


class MissingGraphError(KGError):
    """The built graph file a command needs is not there."""


def existing_graph(path):
    """The graph file, or MissingGraphError telling how to make it."""
    from pathlib import Path

    path = Path(path)
    if not path.is_file():
        raise MissingGraphError(f"{path}: no such graph file (run python build_graph.py first)")
    return path
