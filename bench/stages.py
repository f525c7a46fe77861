"""Per-stage speed and the analysis's resident memory.

The issues set goals per core for the two heaviest stages (enrichment and
classification, >= 2,000 updates/s each on 500-character updates), so they are
timed on their own here, in CPU seconds of this process: the other processes
of a benchmark run share the machine, and CPU time is what one core spends.
The resident memory of a fresh process with everything loaded is what a
worker costs before its first job.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass

from bench import gen

UPDATE_CHARS = 500
WARM = 200  # a long-running worker's caches are warm: the first updates fill them


@dataclass
class StageRate:
    stage: str
    updates: int
    cpu_seconds: float
    mean_chars: float

    @property
    def rate(self) -> float:
        return self.updates / self.cpu_seconds if self.cpu_seconds else 0.0


def sample_texts(n: int, seed: int = 23) -> list[tuple[str, str | None]]:
    """(text, language hint) of generated updates, each joined with the next to reach 500 characters."""
    records = list(gen.generate(n + 8, seed=seed))
    out: list[tuple[str, str | None]] = []
    for i, record in enumerate(records[:n]):
        text = str(record["text"])
        j = i + 1
        while len(text) < UPDATE_CHARS and j < len(records):
            text += " " + str(records[j]["text"])
            j += 1
        cut = text[:UPDATE_CHARS]
        hint = record.get("lang")
        out.append((cut[: cut.rfind(" ")] if " " in cut else cut, hint if isinstance(hint, str) else None))
    return out


def stage_rates(n: int) -> list[StageRate]:
    from workers.stages.classify import load_classifier
    from workers.stages.enrich import load_enricher

    enricher, classifier = load_enricher(), load_classifier()
    texts = sample_texts(n + WARM)
    mean_chars = sum(len(t) for t, _ in texts[WARM:]) / n
    enriched = [enricher.enrich(t, lang_hint=hint) for t, hint in texts[:WARM]]
    for (t, _), e in zip(texts[:WARM], enriched, strict=True):
        classifier.classify(t, lang=e.lang, enrichment=e)
    cpu0 = time.process_time()
    enriched = [enricher.enrich(t, lang_hint=hint) for t, hint in texts[WARM:]]
    enrich_s = time.process_time() - cpu0
    cpu0 = time.process_time()
    for (t, _), e in zip(texts[WARM:], enriched, strict=True):
        classifier.classify(t, lang=e.lang, enrichment=e)
    classify_s = time.process_time() - cpu0
    return [StageRate("enrich", n, enrich_s, mean_chars), StageRate("classify", n, classify_s, mean_chars)]


_LOADED_RSS = """
import sys
from workers.analysis import default_analyser
default_analyser(72 * 3600, 6 * 3600)
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        print(int(line.split()[1]))
"""


def loaded_rss_kb() -> int:
    """VmRSS of a fresh interpreter after loading the whole analysis (what a worker holds before a job)."""
    done = subprocess.run([sys.executable, "-c", _LOADED_RSS], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1])
