"""The projector's fold-and-write path at a light rate: CPU per step of one update, client and server.

Usage: `.venv/bin/python bench/tools/projector_write.py UPDATES STEPS`

Analyses UPDATES generated updates in process (bench/gen.py, in-memory index), folds all but
the last STEPS into a fresh read model on the bench's own server in pages of 50, then folds
and writes the last STEPS one update at a time, as `Projector.step` does at a light rate, and
prints the CPU seconds of this process and of the server per step. Run it in two checkouts
(old, new, old, new) to compare: it works with code from before the write took a lease.
"""

from __future__ import annotations

import inspect
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench import gen
from bench.stack import cpu_s, server
from events.connection import Settings
from events.keys import Keys
from workers.analysis import default_analyser
from workers.index import MemoryIndex
from workers.offline import accepted_updates
from workers.projector import new_model
from workers.readmodel import ReadModelStore


def main() -> None:
    total, steps = int(sys.argv[1]), int(sys.argv[2])
    path = gen.write_jsonl(Path(tempfile.mkdtemp()) / "feed.jsonl", total, seed=1500)
    updates = accepted_updates([str(path)])
    analyser, index = default_analyser(72 * 3600, 6 * 3600), MemoryIndex(72 * 3600, 6 * 3600)
    results = [r for first in range(0, len(updates), 200) for r in analyser.analyse(updates[first : first + 200], index)]
    lease = {"lease": "bench"} if "lease" in inspect.signature(ReadModelStore.write).parameters else {}
    with server() as srv:
        rm = ReadModelStore(srv.client(), Keys("projector-write"))
        generation = rm.new_generation()
        rm.swap(generation)
        model = new_model(Settings())

        def fold_and_write(page: list, checkpoint: str) -> None:
            for result in page:
                model.apply(result.update)
                for event in result.events:
                    model.apply(event)
            rm.write(generation, model, checkpoint, **lease)
            model.evict()

        head = results[:-steps]
        for first in range(0, len(head), 50):
            fold_and_write(head[first : first + 50], f"0-{first}")
        own, served = time.process_time(), cpu_s(srv.proc.pid)  # type: ignore[union-attr]
        for i, result in enumerate(results[-steps:]):
            fold_and_write([result], f"1-{i}")
        own, served = time.process_time() - own, cpu_s(srv.proc.pid) - served  # type: ignore[union-attr]
    print(f"{steps} steps of one update after {len(head)}: projector {1000 * own / steps:.3f} ms CPU a step, "
          f"server {1000 * served / steps:.3f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
