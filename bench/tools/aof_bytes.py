"""What the server writes to its AOF for each update, by command and kind of key.

Usage: `.venv/bin/python bench/tools/aof_bytes.py RATE SECONDS [--workers 2]`

Runs the bench's paced producer (bench.latency.paced) with the whole pipeline on a server of
the bench's own with automatic AOF rewrites off, then reads the AOF's incremental files (RESP
commands as the server propagated them: a script's writes, not the script) and prints bytes and
commands an update by command and key kind. The AOF's growth sets how often the server rewrites
it, and each rewrite is a forked child that takes a core while it writes the whole dataset.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench import latency
from bench.stack import Stack, new_namespace, server, settings_for


def commands(data: bytes) -> list[tuple[list[bytes], int]]:
    """The RESP arrays of an AOF file, each with its size in bytes."""
    out: list[tuple[list[bytes], int]] = []
    at = 0
    while at < len(data):
        start = at
        end = data.index(b"\r\n", at)
        if data[at : at + 1] != b"*":
            raise ValueError(f"not a RESP array at byte {at}: {data[at : at + 20]!r}")
        count, at = int(data[at + 1 : end]), end + 2
        args = []
        for _ in range(count):
            end = data.index(b"\r\n", at)
            length, at = int(data[at + 1 : end]), end + 2
            args.append(data[at : at + length])
            at += length + 2
        out.append((args, at - start))
    return out


def kind(key: str, ns: str) -> str:
    """A key's kind: its namespace's part, as far as names, not ids, go (rm:<gen>:<view>, ix:<kind>)."""
    if not key.startswith(f"{ns}:"):
        return key.split(":")[0]
    parts = key.split(":")[1:]
    return ":".join(parts[:3] if parts[0] == "rm" else parts[:2])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rate", type=int)
    parser.add_argument("seconds", type=float)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sitrep-aof-bytes-"))
    updates = latency.feed(work, args.rate, args.seconds)
    with server() as srv:
        with redis.Redis.from_url(srv.url) as client:
            client.config_set("auto-aof-rewrite-percentage", 0)
        ns = new_namespace("aof")
        stack = Stack(srv.url, ns, args.workers, work / "logs", {})
        stack.start()
        try:
            res = latency.paced(srv.url, settings_for(srv.url, ns).keys, updates, args.rate, 30)
        finally:
            stack.stop()
        time.sleep(1.5)  # appendfsync everysec: the last second reaches the file
        data = b"".join(p.read_bytes() for p in sorted((srv.home / "appendonlydir").glob("*.incr.aof")))
    size: collections.Counter[str] = collections.Counter()
    calls: collections.Counter[str] = collections.Counter()
    for cmd, nbytes in commands(data):
        label = f"{cmd[0].decode().upper()} {kind(cmd[1].decode(errors='replace'), ns) if len(cmd) > 1 else ''}"
        size[label] += nbytes
        calls[label] += 1
    n = max(1, res.sent)
    print(f"{res.sent:,} updates at {args.rate}/s: AOF {len(data) / 1e6:.1f} MB, {len(data) / n / 1000:.1f} KB an update")
    for label, nbytes in size.most_common(20):
        print(f"  {nbytes / n:8,.0f} B  {calls[label] / n:5.2f} commands an update  {label}")


if __name__ == "__main__":
    main()
