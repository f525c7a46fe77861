"""Following sources: a feed served over HTTP is polled, and only what is new is published."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from events.connection import Settings
from events.follow import Fetched, FetchError, Follower, fetch
from events.producer import Producer
from events.store import EventStore

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title>
{items}
</channel></rss>"""
ITEM = "<item><guid>{n}</guid><title>Item {n}</title><description>Shelling reported in Kharkiv, report {n}.</description></item>"


def feed(*numbers: int) -> str:
    return FEED.format(items="\n".join(ITEM.format(n=n) for n in numbers))


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTP server on 127.0.0.1 serving tmp_path (Last-Modified and 304s as http.server does)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", tmp_path
    finally:
        server.shutdown()
        server.server_close()


def producer(client: redis.Redis, settings: Settings) -> Producer:
    store = EventStore(client, settings.keys)
    store.ensure_group(settings.keys.updates, settings.keys.group)
    return Producer(store)


def test_a_followed_feed_publishes_its_new_items_only(client, settings, served):
    base, root = served
    (root / "wire.xml").write_text(feed(1, 2))
    now = [0.0]
    follower = Follower(producer(client, settings), [f"{base}/wire.xml"], every_s=60, clock=lambda: now[0])
    (first,) = follower.poll_due()
    assert first.error is None and first.report is not None
    assert (first.report.published, first.report.already) == (2, 0)
    assert follower.poll_due() == []  # not due again before the interval
    now[0] += 60
    (unchanged,) = follower.poll_due()
    assert unchanged.report is None and unchanged.error is None  # 304: nothing read, nothing published
    (root / "wire.xml").write_text(feed(3, 2, 1))
    os.utime(root / "wire.xml", (2e9, 2e9))  # a Last-Modified after the one the follower holds
    now[0] += 60
    (changed,) = follower.poll_due()
    assert changed.report is not None and (changed.report.published, changed.report.already) == (1, 2)
    stored = EventStore(client, settings.keys).counters()
    assert stored.get("published") == 3


def test_a_failing_source_waits_longer_each_time_and_others_go_on(client, settings, served, tmp_path):
    base, root = served
    (root / "ok.xml").write_text(feed(7))
    now = [0.0]
    urls = [f"{base}/missing.xml", f"{base}/ok.xml"]
    follower = Follower(producer(client, settings), urls, every_s=10, clock=lambda: now[0])
    missing, ok = follower.poll_due()
    assert missing.error is not None and "HTTP 404" in missing.error
    assert ok.report is not None and ok.report.published == 1
    assert follower.sources[0].due == 20  # 2 intervals after one failure
    now[0] = 10
    assert [p.url for p in follower.poll_due()] == [urls[1]]  # the failing one is not asked yet
    now[0] = 20
    assert follower.poll_due()[0].error is not None
    assert follower.sources[0].due == 20 + 40  # then 4 intervals


def test_fetch_reads_files_and_refuses_other_schemes(tmp_path):
    path = tmp_path / "blog.txt"
    path.write_text("Sirens in Kyiv.")
    assert fetch(str(path)).data == b"Sirens in Kyiv."
    assert fetch(path.as_uri()).data == b"Sirens in Kyiv."
    with pytest.raises(FetchError, match="only http, https and file"):
        fetch("ftp://example.org/feed.xml")
    with pytest.raises(FetchError, match="No such file"):
        fetch(str(tmp_path / "gone.txt"))


def test_follow_once_from_the_command_line(settings, env_for, served, tmp_path):
    base, root = served
    (root / "wire.xml").write_text(feed(1, 2, 3))
    run = subprocess.run(
        [sys.executable, "-m", "workers.cli", "follow", "--once", f"{base}/wire.xml", f"{base}/none.xml"],
        env=env_for, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "wire.xml: 3 new, 0 already there, 0 rejected" in run.stderr
    assert "none.xml: failed: " in run.stderr and "404" in run.stderr


def test_an_interval_must_be_positive(client, settings):
    with pytest.raises(ValueError):
        Follower(producer(client, settings), ["x"], every_s=0, fetcher=lambda *a, **k: Fetched(b""))
