"""The dedup/story index: the Redis index gives exactly the candidates of the in-memory one."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from pathlib import Path

import msgspec
import pytest
import redis
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import gen
from events.keys import Keys
from events.schema import UpdatePublished
from workers import index as index_module
from workers.analysis import PIPELINE_CHUNK, Analyser, default_analyser
from workers.index import IndexItem, KnownFeatures, MemoryIndex, RedisIndex
from workers.offline import accepted_updates
from workers.stages import dedup
from workers.stages.stories import Features
from workers.stages.textnorm import FOLD_TABLE, Doc, fold

ROOT = Path(__file__).resolve().parents[1]
DEDUP_S, STORY_S = 72 * 3600.0, 6 * 3600.0


def _items(updates: list[UpdatePublished]) -> list[IndexItem]:
    analyser = default_analyser(DEDUP_S, STORY_S)
    return [analyser.prepare(u).item for u in updates]


def _run(index: MemoryIndex | RedisIndex, items: list[IndexItem], batch: int) -> dict[str, list[Features]]:
    out: dict[str, list[Features]] = {}
    for first in range(0, len(items), batch):
        chunk = items[first : first + batch]
        for item, found in zip(chunk, index.add_and_query(chunk), strict=True):
            out[item.features.id] = _by_id(found)
    return out


def _by_id(found: list[Features]) -> list[Features]:
    """Candidates come in no set order (decide does not depend on it)."""
    return sorted(found, key=lambda f: f.id)


def _compare(client: redis.Redis, namespace: str, items: list[IndexItem], batch: int) -> int:
    mem = _run(MemoryIndex(DEDUP_S, STORY_S), items, batch)
    red = _run(
        RedisIndex(client, Keys(namespace), ttl_s=DEDUP_S, dedup_window_s=DEDUP_S, story_window_s=STORY_S),
        items,
        batch,
    )
    assert mem.keys() == red.keys()
    for uid in mem:
        assert red[uid] == mem[uid], uid  # the same features, the text only where a dedup key found it
    return sum(len(v) for v in mem.values())


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[IndexItem]:
    # a dense feed (an update every 20 s): candidates shared across a batch, limits reached
    path = gen.write_jsonl(tmp_path_factory.mktemp("gen") / "feed.jsonl", 600, seed=5)
    return _items(accepted_updates([str(path)]))


@pytest.fixture(scope="module")
def gold() -> list[IndexItem]:
    return _items(accepted_updates([str(ROOT / "tests" / "data" / "gold_dedup.jsonl"), str(ROOT / "seeds")]))


@pytest.mark.parametrize("batch", [1, 37, 500])
def test_redis_index_matches_memory_index_on_a_dense_feed(
    client: redis.Redis, namespace: str, generated: list[IndexItem], batch: int
) -> None:
    found = _compare(client, f"{namespace}:b{batch}", generated, batch)
    assert found > 20 * len(generated)  # the feed is dense enough to matter


def test_redis_index_matches_memory_index_with_small_limits(
    client: redis.Redis, namespace: str, gold: list[IndexItem], monkeypatch: pytest.MonkeyPatch
) -> None:
    # truncation by the candidate limit and eviction by the bucket cap, on real text
    monkeypatch.setattr(index_module, "CANDIDATE_LIMIT", 4)
    monkeypatch.setattr(index_module, "BUCKET_CAP", 6)
    monkeypatch.setattr(index_module, "DEDUP_CAP", 6)
    _compare(client, namespace, gold, 50)


def test_arrival_order_within_a_batch(client: redis.Redis, namespace: str, gold: list[IndexItem]) -> None:
    # a live blog published newest first: each paragraph names a neighbour that comes later in the batch
    _compare(client, namespace, list(reversed(gold)), 500)
    _compare(client, f"{namespace}:x", gold[::2] + gold[1::2], 64)


def test_an_update_added_again_at_another_time_moves_as_on_redis(
    client: redis.Redis, namespace: str, gold: list[IndexItem], monkeypatch: pytest.MonkeyPatch
) -> None:
    # ZADD moves a member to its new score under the keys it is added with; the
    # in-memory index keeps its keys in event-time order and must do the same
    monkeypatch.setattr(index_module, "CANDIDATE_LIMIT", 4)
    monkeypatch.setattr(index_module, "BUCKET_CAP", 6)
    monkeypatch.setattr(index_module, "DEDUP_CAP", 6)
    again = [
        IndexItem(
            features=msgspec.structs.replace(item.features, t=item.features.t + 600),
            bands=item.bands,
            buckets=item.buckets,
        )
        for item in gold[5:60:3]
    ]
    items = gold[:60] + again + gold[60:120]
    _compare(client, namespace, items, 7)
    # read back by a worker that has none of them at hand: as they were when first found in the batch
    mem = _run(MemoryIndex(DEDUP_S, STORY_S), items, 7)
    assert _alternating(client, f"{namespace}:read", items, 7, [KnownFeatures(cap=1)]) == mem


def _alternating(client: redis.Redis, namespace: str, items: list[IndexItem], batch: int, known: list) -> dict:
    """Batches taken in turn by workers that each keep their own features at hand."""
    indexes = [
        RedisIndex(client, Keys(namespace), ttl_s=DEDUP_S, dedup_window_s=DEDUP_S, story_window_s=STORY_S, known=k)
        for k in known
    ]  # fmt: skip
    out: dict[str, list[Features]] = {}
    for n, first in enumerate(range(0, len(items), batch)):
        chunk = items[first : first + batch]
        for item, found in zip(chunk, indexes[n % len(indexes)].add_and_query(chunk), strict=True):
            out[item.features.id] = _by_id(found)
    return out


def test_workers_that_read_each_others_features_find_the_same(
    client: redis.Redis, namespace: str, generated: list[IndexItem]
) -> None:
    mem = _run(MemoryIndex(DEDUP_S, STORY_S), generated, 50)
    # two workers taking turns, and one that can keep only one update at hand
    for n, known in enumerate([[KnownFeatures(), KnownFeatures()], [KnownFeatures(cap=1)]]):
        red = _alternating(client, f"{namespace}:{n}", generated, 50, known)
        assert red == mem


def test_a_candidate_gone_from_the_server_is_not_offered(
    client: redis.Redis, namespace: str, generated: list[IndexItem]
) -> None:
    first, second = generated[:200], generated[200:260]
    kept = _alternating(client, f"{namespace}:kept", first + second, 200, [KnownFeatures(), KnownFeatures()])
    offered = {f.id for item in second for f in kept[item.features.id]} & {item.features.id for item in first}
    assert offered
    # as when their features expired: another worker must not offer them, nor the one that added them
    gone = sorted(offered)[::2]
    for n, known in enumerate(([KnownFeatures()], [KnownFeatures(), KnownFeatures()])):
        ns = f"{namespace}:gone{n}"
        writer = RedisIndex(client, Keys(ns), ttl_s=DEDUP_S, dedup_window_s=DEDUP_S, story_window_s=STORY_S, known=known[0])
        writer.add_and_query(first)
        client.delete(*[Keys(ns).ix_feature(i) for i in gone])
        for i in gone:  # expired at hand too (the copy never outlives the server's)
            known[0]._entries[i.encode()] = dataclasses.replace(known[0]._entries[i.encode()], deadline=0.0)
        reader = RedisIndex(client, Keys(ns), ttl_s=DEDUP_S, dedup_window_s=DEDUP_S, story_window_s=STORY_S, known=known[-1])
        found = {f.id for item, fs in zip(second, reader.add_and_query(second), strict=True) for f in fs}
        assert not found & set(gone)
        assert found & (offered - set(gone))


def test_band_fields_capped_and_moved_as_sorted_sets(
    client: redis.Redis, namespace: str, gold: list[IndexItem], monkeypatch: pytest.MonkeyPatch
) -> None:
    # one text many times over (every band shared): the band fields reach their cap (apart
    # from the buckets'), and copies added again at another time move within them
    monkeypatch.setattr(index_module, "CANDIDATE_LIMIT", 4)
    monkeypatch.setattr(index_module, "BUCKET_CAP", 6)
    monkeypatch.setattr(index_module, "DEDUP_CAP", 5)
    base = next(item for item in gold if item.bands)
    copies = [
        IndexItem(
            features=msgspec.structs.replace(
                base.features, id=f"{base.features.id}-{k}", t=base.features.t + 97.0 * (k % 7) * (1 if k % 2 else -1)
            ),
            bands=base.bands,
            buckets=base.buckets,
        )
        for k in range(20)
    ]
    again = [IndexItem(msgspec.structs.replace(c.features, t=c.features.t + 30), c.bands, c.buckets) for c in copies[3:12:2]]
    _compare(client, namespace, copies + again + copies[12:], 4)


def _as_written_unsorted(client: redis.Redis, namespace: str) -> int:
    """Each band field's (t, id) pairs in reverse order, as the script before sorted fields left those
    that arrived late: the fields such a script wrote stay on the server for a dedup window."""
    rewritten = 0
    for key in client.scan_iter(f"{namespace}:ix:d:*"):
        for field, raw in client.hgetall(key).items():
            values = msgspec.msgpack.decode(b"\xdc" + (2 * _pairs_in(raw)).to_bytes(2, "big") + raw)
            pairs = list(zip(values[0::2], values[1::2], strict=True))[::-1]
            client.hset(key, field, b"".join(msgspec.msgpack.encode(x) for pair in pairs for x in pair))
            rewritten += len(pairs) > 1
    return rewritten


def _pairs_in(raw: bytes) -> int:
    """How many (t, id) pairs a band field holds (concatenated msgpack values, no header)."""
    decoder, n, at = msgspec.msgpack.Decoder(), 0, 0
    while at < len(raw):
        for size in range(1, len(raw) - at + 1):  # the shortest prefix that decodes is one value
            try:
                decoder.decode(raw[at : at + size])
            except msgspec.DecodeError:
                continue
            at += size
            n += 1
            break
    return n // 2


def test_band_fields_written_out_of_order_are_read_as_sorted_sets(
    client: redis.Redis, namespace: str, gold: list[IndexItem], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "CANDIDATE_LIMIT", 4)
    monkeypatch.setattr(index_module, "DEDUP_CAP", 5)
    base = next(item for item in gold if item.bands)
    copies = [
        IndexItem(
            features=msgspec.structs.replace(base.features, id=f"{base.features.id}-{k}", t=base.features.t + 61.0 * k),
            bands=base.bands,
            buckets=base.buckets,
        )
        for k in range(14)
    ]
    mem = _run(MemoryIndex(DEDUP_S, STORY_S), copies, 3)
    red_index = RedisIndex(client, Keys(namespace), ttl_s=DEDUP_S, dedup_window_s=DEDUP_S, story_window_s=STORY_S)
    red = _run(red_index, copies[:4], 4)
    assert _as_written_unsorted(client, namespace) > 0
    # more than half the limit on a side (sorted when read), then the cap (sorted when written)
    red |= _run(red_index, copies[4:], 3)
    assert red == mem


# ---------------------------------------------------------------- the worker's caches change nothing


def _normalize_reference(text: str) -> str:
    """normalize_for_dedup as first written (it chose the expression with max())."""
    s = unicodedata.normalize("NFKC", dedup._INVISIBLE_RE.sub("", text)).casefold()
    if not s.isascii():
        s = unicodedata.normalize("NFC", dedup._ACCENT_RE.sub("", unicodedata.normalize("NFD", s)))
        if dedup._SPLIT_CHARS_RE.search(s):
            s = dedup._SPLIT_CHARS_RE.sub(r" \g<0> ", s)
    if "/" in s or "www." in s:
        s = dedup._URL_RE.sub(" ", s)
    s = dedup._PREFIX_RE.sub("", s, count=1)
    punct = dedup._PUNCT_BMP_RE if s.isascii() or max(s) <= "\uffff" else dedup._PUNCT_ALL_RE
    return " ".join(punct.sub(" ", s).split())


def _real_texts() -> list[str]:
    texts = []
    for name in ("gold_dedup.jsonl", "gold_classify.jsonl", "gold_enrich.jsonl"):
        with open(ROOT / "tests" / "data" / name, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts + [str(r["text"]) for r in gen.generate(300, seed=3)]


def test_normalize_for_dedup_unchanged_on_real_text() -> None:
    texts = _real_texts()
    for text in texts + [t + " 🚨 𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆 𠀀" for t in texts[::7]]:
        assert dedup.normalize_for_dedup(text) == _normalize_reference(text)


_ALPHABET = st.characters(codec="utf-8")  # every code point but surrogates
_PIECES = st.sampled_from(
    ["BREAKING: ", "ΕΚΤΑΚΤΟ - ", "[UPDATE 2] ", "https://t.me/x/1 ", "🚨", "𝐀", "é", "ё", "й", "_", "  "]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.text(_ALPHABET, max_size=12), _PIECES), max_size=12).map("".join))
def test_normalize_for_dedup_unchanged_on_random_text(text: str) -> None:
    assert dedup.normalize_for_dedup(text) == _normalize_reference(text)


def test_shingle_jaccard_cache_gives_the_same_scores() -> None:
    texts = [dedup.fingerprint(t).norm for t in _real_texts()[:120]]
    pairs = [(a, b) for a in texts[:40] for b in texts[30:70]]
    cached = [dedup.shingle_jaccard(a, b) for a, b in pairs] + [dedup.shingle_jaccard(a, b) for a, b in pairs]
    fresh = [dedup._jaccard(dedup._prepare(a)[2], dedup._prepare(b)[2]) for a, b in pairs]
    assert cached == fresh + fresh
    info = dedup._shingle_set.cache_info()
    assert 0 < info.currsize <= info.maxsize  # bounded


def test_norm_jaccard_is_the_jaccard_of_the_texts_own_shingles() -> None:
    """The exact check of LSH candidates compares the shingles each fingerprint made of its text,
    whether they are at hand (an update just fingerprinted) or made again from the kept norm."""
    texts = _real_texts()[:80]
    prints = [dedup.fingerprint(t) for t in texts]
    own = [frozenset(dedup._prepare(t)[2]) for t in texts]
    expected = [dedup._jaccard(own[i], own[j]) for i in range(40) for j in range(30, 70)]
    seeded = [dedup.norm_jaccard(prints[i].norm, prints[j].norm) for i in range(40) for j in range(30, 70)]
    dedup._NORM_SHINGLES.clear()
    made_again = [dedup.norm_jaccard(prints[i].norm, prints[j].norm) for i in range(40) for j in range(30, 70)]
    assert seeded == expected == made_again
    assert any(0 < v < 1 for v in expected)
    assert len(dedup._NORM_SHINGLES) <= dedup._NORM_SHINGLES_MAX


# ---------------------------------------------------------------- the worker's pipelined analysis


def test_pipelined_analysis_on_redis_gives_the_in_memory_events(
    client: redis.Redis, namespace: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    updates = accepted_updates(
        [str(gen.write_jsonl(tmp_path / "feed.jsonl", 2 * PIPELINE_CHUNK + 40, seed=9))]
    )
    assert len(updates) >= 2 * PIPELINE_CHUNK  # several index calls in flight
    shared = default_analyser(DEDUP_S, STORY_S)
    analyser = Analyser(shared.enricher, shared.classifier, dedup_window_s=DEDUP_S, story_window_s=STORY_S)
    poison = {updates[3].id, updates[PIPELINE_CHUNK + 1].id, updates[-1].id}
    prepare = analyser.prepare

    def flaky(update: UpdatePublished) -> object:
        if update.id in poison:
            raise ValueError("poison")
        return prepare(update)

    monkeypatch.setattr(analyser, "prepare", flaky)
    mem = analyser.analyse(updates, MemoryIndex(DEDUP_S, STORY_S))
    red = analyser.analyse(
        updates,
        RedisIndex(client, Keys(namespace), ttl_s=DEDUP_S, dedup_window_s=DEDUP_S, story_window_s=STORY_S),
    )
    assert [r.update.id for r in red] == [u.id for u in updates]
    assert [r.events for r in red] == [r.events for r in mem]
    assert {r.update.id for r in red if r.failure} == poison
    assert sum(1 for r in red for e in r.events if getattr(e, "links", None)) > len(updates) // 2


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(_ALPHABET, max_size=10), _PIECES, st.sampled_from([". ", ".\n", "! Κ", "? А", "Mr. X"])
        ),
        max_size=14,
    ).map("".join)
)
def test_fold_and_sentences_as_before(text: str) -> None:
    assert fold(text) == text.translate(FOLD_TABLE)
    doc = Doc(text)
    # each token in the sentence whose span holds it (the last one for any past the end)
    for i, start in enumerate(doc.starts):
        si = doc.sent[i]
        assert si == len(doc.sent_spans) - 1 or doc.sent_spans[si][0] <= start < doc.sent_spans[si][1]
        assert si == 0 or start >= doc.sent_spans[si - 1][1]
        assert doc.sent_start[i] == (i == 0 or doc.sent[i - 1] != si)


def test_fold_as_before_on_real_text() -> None:
    for text in _real_texts():
        assert fold(text) == text.translate(FOLD_TABLE)
