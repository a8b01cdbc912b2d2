"""Where the package's data files are: the one module through which every resource is found.

Everything the package reads besides a report ships inside it, under ``kg/data``:

* ``ontology/haixi.ttl`` and ``ontology/shapes.ttl``: the ontology and its SHACL shapes;
* ``queries/*.rq``: the question library;
* ``lexicon/zh/*``: the genre's lexicons (one directory per language);
* ``reference/*.csv``: reference data (division coordinates, aliases, features);
* ``view/*``: the templates of the HTML views.

The functions return paths; none opens a file, and importing the module reads nothing.

Examples
--------
>>> ontology_path().name
'haixi.ttl'
>>> shapes_path().parent == ONTOLOGY_DIR
True
>>> query_dir().name
'queries'
>>> data_path("lexicon", "zh", "function_words.txt").is_file()
True
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "DATA_DIR", "ONTOLOGY_DIR", "QUERY_DIR", "LEXICON_DIR", "REFERENCE_DIR", "VIEW_DIR",
    "data_path", "ontology_path", "shapes_path", "query_dir", "query_paths",
    "lexicon_path", "reference_path", "view_template_path", "read_data_text",
]

DATA_DIR = Path(__file__).parent / "data"
ONTOLOGY_DIR = DATA_DIR / "ontology"
QUERY_DIR = DATA_DIR / "queries"
LEXICON_DIR = DATA_DIR / "lexicon" / "zh"  # the genre's words, one directory per language
REFERENCE_DIR = DATA_DIR / "reference"
VIEW_DIR = DATA_DIR / "view"


def data_path(*parts: str) -> Path:
    """The path of a data file under ``kg/data``, such as ``data_path("reference", "x.csv")``.

    Parameters
    ----------
    *parts : str
        Path components below ``kg/data``; ``"a/b.txt"`` and ``"a", "b.txt"`` are the same.

    Returns
    -------
    Path
        The path, whether or not the file exists.

    Examples
    --------
    >>> data_path("ontology/haixi.ttl") == ontology_path()
    True
    """
    return DATA_DIR.joinpath(*parts)


def ontology_path() -> Path:
    """The ontology, ``kg/data/ontology/haixi.ttl``."""
    return ONTOLOGY_DIR / "haixi.ttl"


def shapes_path() -> Path:
    """The SHACL shapes the build checks against, ``kg/data/ontology/shapes.ttl``."""
    return ONTOLOGY_DIR / "shapes.ttl"


def query_dir() -> Path:
    """The directory of the question library, ``kg/data/queries``."""
    return QUERY_DIR


def query_paths(directory: Path | None = None) -> tuple[Path, ...]:
    """The ``.rq`` files of the question library, sorted by name.

    Examples
    --------
    >>> query_paths()[0].name
    '01_projects_in_place.rq'
    """
    return tuple(sorted(Path(directory or QUERY_DIR).glob("*.rq")))


def lexicon_path(name: str) -> Path:
    """A lexicon file by name without extension, such as ``lexicon_path("function_words")``."""
    return LEXICON_DIR / f"{name}.txt"


def reference_path(name: str) -> Path:
    """A reference table by file name, such as ``reference_path("division_aliases.csv")``."""
    return REFERENCE_DIR / name


def view_template_path(name: str) -> Path:
    """A view template by file name, such as ``view_template_path("network.html")``.

    Examples
    --------
    >>> view_template_path("network.html").is_file()
    True
    """
    return VIEW_DIR / name


def read_data_text(*parts: str) -> str:
    """The text of a data file under ``kg/data`` (UTF-8).

    Raises
    ------
    FileNotFoundError
        When no such file ships with the package.
    """
    return data_path(*parts).read_text(encoding="utf-8")
