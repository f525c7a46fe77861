"""The analysis of a batch of updates: enrich -> classify -> dedup -> stories.

Pure apart from the index it is handed (in memory or on Redis), so the worker,
`sitrep analyze` and the tests run exactly the same code.
"""

from __future__ import annotations

import gc
import os
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache

from events.schema import (
    Classification,
    Derived,
    Enrichment,
    UpdateClassified,
    UpdateEnriched,
    UpdatePublished,
)
from workers.index import Index, IndexItem
from workers.stages.classify import CLASSIFY_VERSION, Classifier, load_classifier
from workers.stages.dedup import fingerprint
from workers.stages.enrich import ENRICH_VERSION, Enricher, load_enricher
from workers.stages.stories import Features, buckets, decide, make_features

# Updates per index call when the index is on a server: several calls per batch
# let the waiting overlap with the work; candidates shared within a call are
# sent once, so not too small either.
PIPELINE_CHUNK = 125
# The last call's wait has nothing left to overlap with but the previous chunk's
# decisions, so the last chunk is this short.
PIPELINE_TAIL = 32


@dataclass(frozen=True)
class Failure:
    """A stage raised on this update; the worker retries it, then dead-letters it."""

    error: str
    traceback: str


@dataclass(frozen=True)
class Analysed:
    update: UpdatePublished
    events: tuple[Derived, ...] = ()
    failure: Failure | None = None


@dataclass(frozen=True)
class _Prepared:
    enrichment: Enrichment
    classification: Classification
    item: IndexItem


class Analyser:
    def __init__(
        self,
        enricher: Enricher,
        classifier: Classifier,
        *,
        dedup_window_s: float,
        story_window_s: float,
    ):
        self.enricher = enricher
        self.classifier = classifier
        self.dedup_window_s = dedup_window_s
        self.story_window_s = story_window_s
        self._io: ThreadPoolExecutor | None = None  # waits on a remote index
        self._io_pid = 0

    def prepare(self, update: UpdatePublished) -> _Prepared:
        """The per-update stages, which need nothing but the update."""
        enrichment = self.enricher.enrich(
            update.text, lang_hint=update.lang_hint, place_hint=update.place_hint, title=update.title
        )
        classification = self.classifier.classify(
            update.text, lang=enrichment.lang, enrichment=enrichment, title=update.title, alert=update.alert
        )
        # A structured alert's text is a template: repeats of it are separate alerts.
        fp = None if update.alert else fingerprint(update.text)
        features = make_features(update, enrichment, classification, fp)
        item = IndexItem(features=features, bands=list(fp.bands) if fp else [], buckets=buckets(features))
        return _Prepared(enrichment, classification, item)

    def analyse(self, updates: Sequence[UpdatePublished], index: Index) -> list[Analysed]:
        return [result for chunk in self.analyse_chunks(updates, index) for result in chunk]

    def analyse_chunks(self, updates: Sequence[UpdatePublished], index: Index) -> Iterator[list[Analysed]]:
        """The results in order, a chunk at a time, so a caller can commit one while the next is analysed."""
        if not index.remote or len(updates) < 2 * PIPELINE_CHUNK:
            prepared = self._prepare_all(updates)
            yield self._decide_all(updates, prepared, index.add_and_query(_items(prepared)))
            return
        # On a server the index call is mostly waiting: send one chunk's items,
        # prepare the next chunk and decide the previous one meanwhile. The index
        # adds chunks in order, so every update sees the same candidates as in
        # one call; only the waiting overlaps.
        if self._io is None or self._io_pid != os.getpid():  # a forked child has no such thread
            self._io = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitrep-index")
            self._io_pid = os.getpid()
        io = self._io
        pending: (
            tuple[Sequence[UpdatePublished], list[_Prepared | Failure], Future[list[list[Features]]]] | None
        ) = None
        for first, last in _chunks(len(updates)):
            chunk = updates[first:last]
            prepared = self._prepare_all(chunk)
            sent = io.submit(index.add_and_query, _items(prepared))
            if pending is not None:
                yield self._decide_all(pending[0], pending[1], pending[2].result())
            pending = (chunk, prepared, sent)
        assert pending is not None
        yield self._decide_all(pending[0], pending[1], pending[2].result())

    def _prepare_all(self, updates: Sequence[UpdatePublished]) -> list[_Prepared | Failure]:
        prepared: list[_Prepared | Failure] = []
        for update in updates:
            try:
                prepared.append(self.prepare(update))
            except Exception as err:  # a poison update must not sink its batch
                prepared.append(Failure(f"{type(err).__name__}: {err}", traceback.format_exc(limit=8)))
        return prepared

    def _decide_all(
        self,
        updates: Sequence[UpdatePublished],
        prepared: list[_Prepared | Failure],
        neighbours: list[list[Features]],
    ) -> list[Analysed]:
        """The pair decisions, given each prepared update's candidates (in order, failures left out)."""
        ok = [u for u, p in zip(updates, prepared, strict=True) if isinstance(p, _Prepared)]
        by_id: dict[str, list[Features]] = {u.id: n for u, n in zip(ok, neighbours, strict=True)}
        results: list[Analysed] = []
        for update, p in zip(updates, prepared, strict=True):
            if isinstance(p, Failure):
                results.append(Analysed(update, failure=p))
                continue
            try:
                dup, story = decide(
                    update.id, p.item.features, by_id[update.id],
                    dedup_window_s=self.dedup_window_s, story_window_s=self.story_window_s,
                )  # fmt: skip
            except Exception as err:
                results.append(Analysed(update, failure=Failure(f"{type(err).__name__}: {err}", traceback.format_exc(limit=8))))
                continue
            events: tuple[Derived, ...] = (
                UpdateEnriched(update_id=update.id, enrichment=p.enrichment, stage_version=ENRICH_VERSION),
                UpdateClassified(update_id=update.id, classification=p.classification, stage_version=CLASSIFY_VERSION),
                dup,
                story,
            )
            results.append(Analysed(update, events=events))
        return results


def _chunks(n: int) -> list[tuple[int, int]]:
    """(first, last) of each chunk: full chunks, the rest, then a short tail of PIPELINE_TAIL."""
    body = max(0, n - PIPELINE_TAIL)
    starts = [*range(0, body, PIPELINE_CHUNK), body]
    return [(a, b) for a, b in zip(starts, [*starts[1:], n], strict=True) if a < b]


def _items(prepared: list[_Prepared | Failure]) -> list[IndexItem]:
    return [p.item for p in prepared if isinstance(p, _Prepared)]


def default_analyser(dedup_window_s: float, story_window_s: float, conflict_setting: tuple[str, ...] = ()) -> Analyser:
    """Models and gazetteers load once per process, on first use (`conflict_setting`: Settings.conflict_countries)."""
    # one cache key however it is called: with or without the default setting, it is one analyser
    return _analyser(float(dedup_window_s), float(story_window_s), tuple(conflict_setting))


@cache
def _analyser(dedup_window_s: float, story_window_s: float, conflict_setting: tuple[str, ...]) -> Analyser:
    return Analyser(
        load_enricher(),
        load_classifier(conflict_setting=conflict_setting),
        dedup_window_s=dedup_window_s,
        story_window_s=story_window_s,
    )


def settle_collector() -> None:
    """Keep the cyclic collector off the loaded models and out of a batch's churn.

    For a process that analyses (a worker, `sitrep analyze`), once its models are
    loaded. The models live as long as the process: frozen, no full collection
    walks them again. A batch allocates hundreds of thousands of short-lived,
    acyclic objects (features, candidates, events): at the default thresholds
    the collections took about 15% of a worker's CPU on the benchmark's feed.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)
