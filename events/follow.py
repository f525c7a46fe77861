"""Following sources: fetch each URL every interval and publish what is new.

`sitrep follow URL...` is the producer for live sources: an RSS or Atom feed,
a JSON Lines export, an alert CSV or a live blog's text, over http(s) or from
a file that another program keeps writing. Publishing is idempotent (the same
source and id, or the same source and text, is "already there"), so a whole
feed is published again at every poll and only its new items land. Polite to
the servers it asks: conditional requests (ETag, Last-Modified), one request
per source and interval, a growing pause after failures.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from threading import Event
from typing import Any
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

from events.parsers import MAX_FEED_BYTES, ParseOptions
from events.producer import Producer, PublishReport

MAX_BODY = MAX_FEED_BYTES  # a larger answer is refused, not read
TIMEOUT_S = 20.0
MAX_BACKOFF = 16  # intervals a failing source waits at most before it is asked again
USER_AGENT = "sitrep-follow/0.1 (a crisis news follower; polls each source once an interval)"


class FetchError(RuntimeError):
    """The source could not be read; the message says why, for a person."""


@dataclass
class Fetched:
    data: bytes | None  # None: not modified since the last answer
    etag: str | None = None
    modified: str | None = None


def fetch(url: str, *, etag: str | None = None, modified: str | None = None, timeout: float = TIMEOUT_S) -> Fetched:
    """The source's bytes (http, https or file), or None when the server says it has not changed."""
    parsed = urlsplit(url)
    if parsed.scheme == "file" or (parsed.scheme == "" and url):
        path = Path(unquote(parsed.path) if parsed.scheme else url)
        try:
            size = path.stat().st_size
            if size > MAX_BODY:
                raise FetchError(f"{path}: {size} bytes, more than {MAX_BODY}")
            return Fetched(path.read_bytes())
        except OSError as err:
            raise FetchError(f"{path}: {err.strerror or err}") from None
    if parsed.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http, https and file sources can be followed")
    headers = {"User-Agent": USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # the scheme is checked above
            data = answer.read(MAX_BODY + 1)
            if len(data) > MAX_BODY:
                raise FetchError(f"{url}: more than {MAX_BODY} bytes")
            return Fetched(data, answer.headers.get("ETag"), answer.headers.get("Last-Modified"))
    except urllib.error.HTTPError as err:
        if err.code == 304:
            return Fetched(None, etag, modified)
        raise FetchError(f"{url}: HTTP {err.code} {err.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise FetchError(f"{url}: {reason}") from None


@dataclass
class Followed:
    """One source and what the follower remembers of it between polls."""

    url: str
    etag: str | None = None
    modified: str | None = None
    failures: int = 0
    due: float = 0.0  # time.monotonic() of its next poll


@dataclass
class Poll:
    url: str
    report: PublishReport | None = None  # None: nothing new to read (not modified) or failed
    error: str | None = None


class Follower:
    """Polls its sources in turn; `poll_due` reads those due now, `run` until stopped."""

    def __init__(
        self,
        producer: Producer,
        urls: Sequence[str],
        *,
        every_s: float,
        fmt: str | None = None,
        options: ParseOptions | None = None,
        fetcher: Callable[..., Fetched] = fetch,
        clock: Callable[[], float] = time.monotonic,
    ):
        if every_s <= 0:
            raise ValueError("the interval must be positive")
        self.producer = producer
        self.sources = [Followed(url) for url in dict.fromkeys(urls)]
        self.every_s = every_s
        self.fmt = fmt
        self.options = options
        self.fetcher = fetcher
        self.clock = clock

    def poll_due(self) -> list[Poll]:
        now = self.clock()
        return [self._poll(source) for source in self.sources if source.due <= now]

    def _poll(self, source: Followed) -> Poll:
        try:
            got = self.fetcher(source.url, etag=source.etag, modified=source.modified)
        except FetchError as err:
            source.failures += 1
            # 2, 4, 8 ... intervals: a source that is down is not hammered
            source.due = self.clock() + self.every_s * min(MAX_BACKOFF, 2**source.failures)
            return Poll(source.url, error=str(err))
        source.failures = 0
        source.etag, source.modified = got.etag, got.modified
        source.due = self.clock() + self.every_s
        if got.data is None:
            return Poll(source.url)
        report = self.producer.publish_bytes(got.data, name=_name_of(source.url), fmt=self.fmt, options=self.options)
        return Poll(source.url, report)

    def next_due(self) -> float:
        return min(source.due for source in self.sources)

    def run(self, stop: Event, on_poll: Callable[[Poll], Any] | None = None) -> None:
        """Poll until `stop` is set; each source every interval (longer after failures)."""
        while not stop.is_set():
            for poll in self.poll_due():
                if on_poll is not None:
                    on_poll(poll)
            stop.wait(max(0.0, self.next_due() - self.clock()))


def shown(url: str) -> str:
    """A source as messages show it: no password, and "?…" for a query, which may hold a token."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return url
    netloc = f"{parts.username}:***@{_host(parts)}" if parts.username else _host(parts)
    return urlunsplit(parts._replace(netloc=netloc, query="…" if parts.query else "", fragment=""))


def _host(parts: SplitResult) -> str:
    """host[:port], without the credentials a URL may carry."""
    return (parts.hostname or "") + (f":{parts.port}" if parts.port else "")


def _name_of(url: str) -> str:
    """A source's name for the parsers (the default source of a live blog or a CSV, and each record's origin)."""
    parsed = urlsplit(url)
    if parsed.scheme in ("http", "https"):  # never the credentials or the query: origins are kept in the log
        return f"{_host(parsed)}{parsed.path}".rstrip("/") or _host(parsed)
    return Path(unquote(parsed.path) if parsed.scheme else url).name
