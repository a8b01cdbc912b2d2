"""The package's exception root: the CLI turns these into one-line messages."""

__all__ = ["KGError", "ReportError", "ValidationError", "OutputError", "MissingGraphError", "GraphFileError"]


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


class GraphFileError(KGError):
    """The graph file a command needs is there but cannot be read as a graph (truncated, binary)."""
