"""A log for measuring the projector: the benchmark's 1-worker run's log, made in process (dev time only).

    python bench/tools/projector_log.py DIR [UPDATES]     # default 20,000: the full plan's main run

Generates the benchmark's main feed (bench/gen.py, seed 7), analyses it in
process in batches of 200 (as `analyse_in_process`) and appends the updates and
their derived events to the streams, as the producer and the workers' commits
do, in a Valkey server of its own whose data lives in DIR (AOF on). Prints the
server's URL and the namespace: `bench/tools/projector_cost.py` measures the
projector on them. The server keeps running (its pid is in DIR/pid); start it
again on the same DIR with `--serve` to reuse the log.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import redis

from bench import gen
from bench.stack import Server
from events import codec
from events.keys import Keys
from events.store import EventStore
from workers.analysis import default_analyser
from workers.index import MemoryIndex
from workers.offline import accepted_updates

NAMESPACE = "projlog"
BATCH = 200


def serve(home: Path) -> Server:
    srv = Server(home)
    srv.start()
    (home / "pid").write_text(str(srv.proc.pid))  # type: ignore[union-attr]
    (home / "url").write_text(srv.url)
    return srv


def fill(client: redis.Redis, updates: int) -> int:
    keys = Keys(NAMESPACE)
    store = EventStore(client, keys)
    path = gen.write_jsonl(Path(f"/tmp/projlog-{updates}.jsonl"), updates, seed=7)
    accepted = accepted_updates([str(path)])
    analyser, index = default_analyser(72 * 3600, 6 * 3600), MemoryIndex(72 * 3600, 6 * 3600)
    events = 0
    for first in range(0, len(accepted), BATCH):
        batch = accepted[first : first + BATCH]
        store.append_updates(batch)
        with client.pipeline(transaction=False) as pipe:
            for result in analyser.analyse(batch, index):
                for event in result.events:
                    pipe.xadd(keys.analysis, codec.to_fields(event))  # type: ignore[arg-type]
                    events += 1
            pipe.execute()
    return events


def main() -> None:
    home = Path(sys.argv[1])
    if sys.argv[2:] == ["--serve"]:
        srv = serve(home)
        print(srv.url, NAMESPACE)
        return
    updates = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    srv = serve(home)
    started = time.perf_counter()
    with srv.client() as client:
        events = fill(client, updates)
    print(f"{events} analysis events in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    print(srv.url, NAMESPACE)


if __name__ == "__main__":
    main()
