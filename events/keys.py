"""Every Redis key, stream, group and queue name sitrep uses, in one place.

All names share a namespace prefix (SITREP_NAMESPACE, default "sitrep") so
several installations, or test runs, can share one server.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Keys:
    ns: str = "sitrep"

    # ---- the log
    @property
    def updates(self) -> str:
        """Stream of UpdatePublished events: the producer's output."""
        return f"{self.ns}:updates"

    @property
    def analysis(self) -> str:
        """Stream of derived events (enriched, classified, duplicate, story)."""
        return f"{self.ns}:analysis"

    @property
    def rejects(self) -> str:
        """Stream of Rejected records: raw input and the reason."""
        return f"{self.ns}:rejects"

    @property
    def dead(self) -> str:
        """Dead-letter stream: updates a stage kept failing on."""
        return f"{self.ns}:dead"

    # ---- producer bookkeeping
    @property
    def idempotency(self) -> str:
        """Hash: idempotency key (source+id, source+text) -> update id."""
        return f"{self.ns}:published"

    @property
    def rejected(self) -> str:
        """Hash: reject key (source, origin, reason, raw) -> its entry on the rejects stream."""
        return f"{self.ns}:rejected"

    @property
    def entry_of(self) -> str:
        """Hash: update id -> its entry id on the updates stream."""
        return f"{self.ns}:entry"

    @property
    def counters(self) -> str:
        """Hash of counters: published, already, rejected, dead."""
        return f"{self.ns}:counters"

    # ---- routing
    @property
    def group(self) -> str:
        """Consumer group of the router on the updates stream."""
        return "router"

    @property
    def queue(self) -> str:
        """RQ queue name (RQ itself keys it as rq:queue:<name>)."""
        return self.ns

    @property
    def wake(self) -> str:
        """List a worker pushes to when it finishes a job, so the router wakes."""
        return f"{self.ns}:router:wake"

    @property
    def attempts(self) -> str:
        """Hash: updates-stream entry id -> failed attempts so far."""
        return f"{self.ns}:attempts"

    @property
    def errors(self) -> str:
        """Hash: entry id -> last error (msgspec JSON), for the dead letter."""
        return f"{self.ns}:errors"

    # ---- dedup and story index (windowed)
    def ix_feature(self, update_id: str) -> str:
        return f"{self.ns}:ix:f:{update_id}"

    def ix_text(self, update_id: str) -> str:
        """Normalised text, fetched only for exact/LSH candidates."""
        return f"{self.ns}:ix:t:{update_id}"

    def ix_dedup(self, epoch: int) -> str:
        """Hash per epoch of event time (one dedup window wide): exact-text key or LSH band ->
        msgpack list of (time, update id). The index script builds it from `ix_prefix`."""
        return f"{self.ns}:ix:d:{epoch}"

    def ix_bucket(self, bucket: str) -> str:
        return f"{self.ns}:ix:p:{bucket}"

    def ix_next(self, update_id: str) -> str:
        return f"{self.ns}:ix:n:{update_id}"

    @property
    def ix_prefix(self) -> str:
        return f"{self.ns}:ix:"

    # ---- read model (generations, so a rebuild can swap atomically)
    @property
    def model_current(self) -> str:
        """String: the generation number of the live read model."""
        return f"{self.ns}:rm:current"

    @property
    def model_generation_counter(self) -> str:
        return f"{self.ns}:rm:generations"

    def model(self, gen: int | str, part: str) -> str:
        """A part of one read-model generation: records, stories, places, alerts, meta."""
        return f"{self.ns}:rm:{gen}:{part}"

    @property
    def projector_lease(self) -> str:
        """String: the name of the projector that holds the lease (one projector writes)."""
        return f"{self.ns}:projector:lease"

    @property
    def projected_channel(self) -> str:
        """Pub/sub channel the projector announces each commit on."""
        return f"{self.ns}:projected"

    @property
    def pattern(self) -> str:
        return f"{self.ns}:*"


MODEL_PARTS = ("records", "stories", "places", "alerts", "meta")


def keys_from_env() -> Keys:
    return Keys(os.environ.get("SITREP_NAMESPACE", "sitrep"))
