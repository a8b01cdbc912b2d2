"""Files in and out: atomic writes, the mode new files get, the outputs a command may replace,
and the graph file a command needs.

Every output of the package is written through :func:`write_atomic`, so a failed run never
leaves a half-written file, and never replaces a directory, a device or anything else that is
not a regular file; :func:`check_output` says whether an output may be written at all.

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
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .errors import GraphFileError, MissingGraphError, OutputError

__all__ = ["write_atomic", "write_atomic_with", "check_output", "file_mode", "existing_graph", "read_graph"]


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
        When the directory cannot be made or written to, or ``path`` is a directory, a device
        or anything else that is not a regular file.
    """
    write_atomic_with(path, lambda f: f.write(data))


def write_atomic_with(path: str | Path, write: Callable[[BinaryIO], object]) -> None:
    """:func:`write_atomic` of what ``write`` writes into the (binary) file it is given: a large
    output written as it is made, never held whole."""
    path = Path(path)
    _refuse_non_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror})") from e
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, file_mode())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _refuse_non_file(path: Path) -> None:
    """OutputError when ``path`` exists and is not a regular file (a file is written in its place)."""
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give the name of a file")
    if os.path.lexists(path) and not path.is_file():
        raise OutputError(f"{path}: is not a regular file; refusing to replace it")


def check_output(path: str | Path, force: bool = False, directory: bool = False) -> Path:
    """The output path, if it may be written: it does not exist, or ``force`` is given and it is
    what the command writes there (a regular file; with ``directory``, a real directory, of which
    only the command's own files are then replaced).

    Raises
    ------
    OutputError
        When the path is of the wrong kind (a directory given for a file, a device, a symbolic
        link for a directory), or exists and ``force`` is not given.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     check_output(tmp)
    Traceback (most recent call last):
    ...
    kg.errors.OutputError: ...: is a directory; give the name of a file
    >>> check_output("/dev/null", force=True)
    Traceback (most recent call last):
    ...
    kg.errors.OutputError: /dev/null: is not a regular file; refusing to replace it
    """
    path = Path(path)
    if not os.path.lexists(path):
        return path
    if directory:
        if path.is_symlink() or not path.is_dir():
            raise OutputError(f"{path}: exists and is not a directory; refusing to replace it")
    else:
        _refuse_non_file(path)
    if not force:
        raise OutputError(f"{path}: exists; pass --force to replace it")
    return path


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


def read_graph(path: str | Path):
    """A graph file (Turtle) parsed into an rdflib Graph.

    Raises
    ------
    MissingGraphError
        When there is no such file.
    GraphFileError
        When the file is not a readable Turtle graph (truncated, binary, another format).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     broken = Path(tmp) / "g.ttl"
    ...     _ = broken.write_bytes(b"@prefix hx: <https://w3id.org/haixi-kg/ontology#> .\\n<urn:a> hx:")
    ...     read_graph(broken)
    Traceback (most recent call last):
    ...
    kg.errors.GraphFileError: .../g.ttl: not a readable Turtle graph (...); run kg build again
    """
    from rdflib import Graph

    path = existing_graph(path)
    try:
        return Graph().parse(path, format="turtle")
    except Exception as e:  # noqa: BLE001 - rdflib's parsers raise many kinds for a bad file
        detail = _first_words(str(e).split(" at ^ in:")[0]) or type(e).__name__
        raise GraphFileError(f"{path}: not a readable Turtle graph ({detail}); run kg build again") from e


def _first_words(text: str, limit: int = 160) -> str:
    """A message on one line, cut to ``limit`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
