"""Files in and out: atomic writes, the mode new files get, and the graph file a command needs.

Every output of the package is written through :func:`write_atomic`, so a failed run never
leaves a half-written file.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = Path(tmp) / "out" / "a.txt"
...     write_atomic(path, "图谱\\n".encode("utf-8"))
...     path.read_text(encoding="utf-8"), existing_graph(path) == path
('图谱\\n', True)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import MissingGraphError, OutputError

__all__ = ["write_atomic", "file_mode", "existing_graph"]


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write a file whole or not at all: a temporary file in the same directory, then rename.

    Parameters
    ----------
    path : str or Path
        The file to write; missing parent directories are made.
    data : bytes
        The whole content.

    Raises
    ------
    OutputError
        When the directory cannot be made or written to.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror})") from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, file_mode())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def file_mode(directory: bool = False) -> int:
    """The mode a new file (or directory) gets under the current umask.

    Examples
    --------
    >>> file_mode() & 0o111, file_mode(directory=True) & 0o700
    (0, 448)
    """
    return (0o777 if directory else 0o666) & ~_umask()


def _umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def existing_graph(path: str | Path) -> Path:
    """The graph file, or MissingGraphError telling how to make it.

    Raises
    ------
    MissingGraphError
        When ``path`` is not a file.

    Examples
    --------
    >>> existing_graph("no/such/graph.ttl")
    Traceback (most recent call last):
    ...
    kg.errors.MissingGraphError: no/such/graph.ttl: no such graph file (run kg build first)
    """
    path = Path(path)
    if not path.is_file():
        raise MissingGraphError(f"{path}: no such graph file (run kg build first)")
    return path
