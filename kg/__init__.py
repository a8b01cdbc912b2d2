"""Haixi KG: a knowledge graph of Chinese local-government work reports.

The data flows one way, one module per step::

    reading    bytes -> Report (decoded text, encoding, title)
    structure  Report -> Sentences (offsets, section, year, tense)
    pipeline   Sentences -> spaCy Docs with typed entity spans
    extract    Docs -> Mentions, Relations, Observations (frozen dataclasses)
    resolve    Mentions -> Entities (one per real thing, with aliases)
    rdf        facts -> rdflib Graph
    validate   Graph -> SHACL report

Importing the package loads no model and opens no file.
"""

__version__ = "0.1.0"
