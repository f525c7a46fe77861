"""Security (docs/SECURITY.md): no pickle on the queue, least-privilege Redis users, TLS, credentials only
from the environment, and feed text that never drives a terminal or a log."""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import redis
from redis.connection import SSLConnection
from rq import Queue
from rq.job import Job
from rq.serializers import JSONSerializer

from events.connection import Settings, connect, redact
from events.keys import Keys
from events.store import EventStore
from tests.conftest import ROOT, SEED, ServerProcess
from tests.pipeline import drain
from workers.api import Sitrep
from workers.jobs import SafeJob, enqueue_batch, make_queue, run_worker

SITREP = [sys.executable, "-m", "workers.cli"]
SECURITY_MD = ROOT / "docs" / "SECURITY.md"
# What must never reach a terminal raw: C0 but tab and newline, DEL, C1, bidi overrides and isolates.
RAW_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def cli(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(SITREP + args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def base_env(url: str, ns: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    return env | {"SITREP_REDIS_URL": url, "SITREP_NAMESPACE": ns, "SITREP_HOME": str(home), "SITREP_VISIBILITY_S": "2"}


# ---------------------------------------------------------------- no pickle


class _Evil:
    """Unpickling this creates `path`: what a pickled job could do to a worker that unpickles."""

    def __init__(self, path: Path):
        self.path = path

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (Path(self.path),))


def test_a_pickled_job_is_refused_and_never_unpickled(client: redis.Redis, settings: Settings, tmp_path: Path):
    """A job enqueued with RQ's default pickle serializer fails on a sitrep worker without being unpickled (its payload
    never runs), and the worker goes on with the next, real job."""
    marker, control = tmp_path / "pwned", tmp_path / "control"
    pickled = Queue(settings.keys.queue, connection=client).enqueue(
        "workers.jobs.process_entries", [_Evil(marker)], settings.keys.ns
    )
    s = Sitrep(client, settings)
    s.publish([str(SEED)])
    ids = EventStore(client, settings.keys).read_group(settings.keys.group, "test", 100, block_ms=None)
    enqueue_batch(make_queue(client, settings), ids, settings)

    run_worker(client, settings, burst=True)  # the worker `sitrep run worker` runs
    assert not marker.exists()
    assert pickled.id in make_queue(client, settings).failed_job_registry.get_job_ids()
    assert client.xlen(settings.keys.analysis) == 4 * 16  # the real job after it ran

    # The payload is live: unpickling it (what RQ's default serializer does) does create the file.
    probe = Queue(f"{settings.keys.ns}-probe", connection=client).enqueue("builtins.print", [_Evil(control)])
    Job.fetch(probe.id, connection=client).args  # noqa: B018 - fetching with pickle unpickles
    assert control.exists()
    client.delete(f"rq:queue:{settings.keys.ns}-probe", f"rq:job:{probe.id}")


def test_a_job_naming_a_foreign_function_is_refused(client: redis.Redis, settings: Settings, tmp_path: Path):
    """A JSON job naming any function but sitrep's own job (os.system, pathlib.Path.touch, sitrep's other functions)
    is refused by SafeJob and never runs."""
    marker = tmp_path / "pwned"
    queue = Queue(settings.keys.queue, connection=client, serializer=JSONSerializer)
    jobs = [
        queue.enqueue("os.system", f"touch {marker}"),
        queue.enqueue("pathlib.Path.touch", str(marker)),
        queue.enqueue("workers.cli.main", ["reset"]),
    ]
    run_worker(client, settings, burst=True)
    assert not marker.exists()
    for job in jobs:
        fetched = SafeJob.fetch(job.id, connection=client, serializer=JSONSerializer)
        assert fetched.get_status() == "failed"
        result = fetched.latest_result()
        assert result is not None and "refusing to run" in (result.exc_string or "")


# ---------------------------------------------------------------- least privilege


def acl_rules(ns: str, password: str) -> list[list[str]]:
    """The ACL SETUSER commands of docs/SECURITY.md, with the namespace and a password filled in."""
    text = SECURITY_MD.read_text()
    block = text.split("```text\n", 1)[1].split("```", 1)[0].replace("\\\n", " ")
    return [line.format(ns=ns, password=password).split() for line in block.splitlines() if line.startswith("ACL SETUSER")]


@pytest.fixture(scope="module")
def acl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A Valkey of our own with the documented users (the default user stays on for the test's setup)."""
    home = tmp_path_factory.mktemp("acl")
    server = ServerProcess(home / "valkey")
    server.start()
    ns = f"acl{uuid.uuid4().hex[:6]}"
    admin = redis.Redis.from_url(server.url)
    users = []
    for command in acl_rules(ns, "pw-" + ns):
        if command[2] != "default":
            admin.execute_command(*command)
            users.append(command[2])
    try:
        yield {"server": server, "ns": ns, "admin": admin, "users": users, "home": home,
               "url": lambda user: f"redis://{user}:pw-{ns}@127.0.0.1:{server.port}/0"}  # fmt: skip
    finally:
        admin.close()
        server.stop()


def test_the_documented_users_cover_every_role(acl: dict[str, Any]):
    """docs/SECURITY.md defines a user for the producer, router, worker, projector, reader and admin, and turns the default user off."""
    assert acl["users"] == [f"sitrep-{r}" for r in ("producer", "router", "worker", "projector", "reader", "admin")]
    assert ["ACL", "SETUSER", "default", "off"] in acl_rules("x", "y")


@pytest.mark.slow
def test_roles_run_as_their_own_least_privilege_users(acl: dict[str, Any], tmp_path: Path):
    """Router, worker and projector run as their own users; the producer user publishes the seed and the reader user
    waits for it and reads the situation, export and status; nothing is denied but the CONFIG GET the policy check falls back from."""
    ns, url = acl["ns"], acl["url"]
    acl["admin"].acl_log_reset()
    env = base_env("", ns, tmp_path / "home")
    procs = []
    for role in ("router", "worker", "projector"):
        with open(tmp_path / f"{role}.log", "w") as log:
            role_env = env | {"SITREP_REDIS_URL": url(f"sitrep-{role}")}
            procs.append(subprocess.Popen([*SITREP, "run", role], env=role_env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log))
    try:
        published = cli(["publish", str(SEED)], env | {"SITREP_REDIS_URL": url("sitrep-producer")})
        assert published.returncode == 0, published.stderr
        bad = tmp_path / "bad.jsonl"
        bad.write_text('{"source": "x"}\n', encoding="utf-8")
        for _ in range(2):  # the producer user keeps a reject, once
            refused = cli(["publish", str(bad)], env | {"SITREP_REDIS_URL": url("sitrep-producer")})
            assert refused.returncode == 2, refused.stderr
        assert acl["admin"].xlen(f"{ns}:rejects") == 1
        reader = env | {"SITREP_REDIS_URL": url("sitrep-reader")}
        waited = cli(["wait", "--timeout", "90"], reader)
        assert waited.returncode == 0, waited.stderr
        assert json.loads(cli(["situation", "--json"], reader).stdout)["counts"]["updates"] == 16
        assert len(cli(["export", "--jsonl"], reader).stdout.splitlines()) == 16
        status = cli(["status", "--json"], reader)
        assert status.returncode == 0 and json.loads(status.stdout)["groups"][0]["pending"] == 0
        rebuilt = cli(["rebuild"], env | {"SITREP_REDIS_URL": url("sitrep-admin")})
        assert rebuilt.returncode == 0, rebuilt.stderr
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(20)
    denied = {(e["username"], e["object"]) for e in acl["admin"].acl_log(count=1000)}
    assert {obj for _user, obj in denied} <= {"config|get"}, denied
    logs = "".join((tmp_path / f"{r}.log").read_text() for r in ("router", "worker", "projector"))
    assert "NOPERM" not in logs and "Traceback" not in logs


def _denied(call: Any) -> bool:
    try:
        call()
    except redis.exceptions.NoPermissionError:
        return True
    return False


def test_the_producer_user_may_only_append_updates(acl: dict[str, Any], tmp_path: Path):
    """The producer user cannot write the analysis or dead-letter streams, read the read model, delete, flush or touch RQ."""
    ns = acl["ns"]
    r = redis.Redis.from_url(acl["url"]("sitrep-producer"))
    assert r.ping()
    for call in (
        lambda: r.xadd(f"{ns}:analysis", {"type": "update.enriched", "id": "x", "data": "{}"}),
        lambda: r.xadd(f"{ns}:dead", {"x": "1"}),
        lambda: r.get(f"{ns}:rm:current"),
        lambda: r.hgetall(f"{ns}:rm:1:meta"),
        lambda: r.xrange(f"{ns}:updates"),
        lambda: r.delete(f"{ns}:updates"),
        lambda: r.flushall(),
        lambda: r.lpush(f"rq:queue:{ns}", "job"),
        lambda: r.config_set("maxmemory-policy", "allkeys-lru"),
    ):
        assert _denied(call)
    situation = cli(["situation"], base_env(acl["url"]("sitrep-producer"), ns, tmp_path / "home"))
    assert situation.returncode == 1 and "permissions" in situation.stderr
    r.close()


def test_the_reader_user_may_query_but_never_write(acl: dict[str, Any], tmp_path: Path):
    """The reader user reads the situation but cannot publish, append, acknowledge, delete or write the read model."""
    ns = acl["ns"]
    env = base_env(acl["url"]("sitrep-reader"), ns, tmp_path / "home")
    assert cli(["situation", "--json"], env).returncode == 0
    publish = cli(["publish", str(SEED)], env)
    assert publish.returncode == 1 and "permissions" in publish.stderr
    r = redis.Redis.from_url(acl["url"]("sitrep-reader"))
    for call in (
        lambda: r.xadd(f"{ns}:updates", {"x": "1"}),
        lambda: r.xack(f"{ns}:updates", "router", "0-1"),
        lambda: r.hset(f"{ns}:rm:1:meta", "checkpoint", "9-9"),
        lambda: r.delete(f"{ns}:analysis"),
        lambda: r.set(f"{ns}:rm:current", 99),
        lambda: r.publish(f"{ns}:projected", "x"),
    ):
        assert _denied(call)
    r.close()


def test_worker_and_projector_users_stay_in_their_lanes(acl: dict[str, Any]):
    """The worker user cannot forge idempotency keys or write the read model; the projector user cannot write any stream
    or the producer's hashes; the router user cannot append analysis."""
    ns, url = acl["ns"], acl["url"]
    worker = redis.Redis.from_url(url("sitrep-worker"))
    projector = redis.Redis.from_url(url("sitrep-projector"))
    router = redis.Redis.from_url(url("sitrep-router"))
    for call in (
        lambda: worker.hset(f"{ns}:published", "i:forged", "u1"),
        lambda: worker.hset(f"{ns}:rm:1:records", "u1", "{}"),
        lambda: worker.xadd(f"{ns}:rejects", {"x": "1"}),
        lambda: projector.xadd(f"{ns}:analysis", {"x": "1"}),
        lambda: projector.xadd(f"{ns}:updates", {"x": "1"}),
        lambda: projector.hset(f"{ns}:counters", "published", 0),
        lambda: router.xadd(f"{ns}:analysis", {"x": "1"}),
        lambda: router.hset(f"{ns}:rm:1:meta", "x", "1"),
    ):
        assert _denied(call)
    for c in (worker, projector, router):
        c.close()


# ---------------------------------------------------------------- credentials


@pytest.mark.slow
def test_credentials_come_from_the_environment_and_are_never_shown(acl: dict[str, Any], tmp_path: Path):
    """The password in SITREP_REDIS_URL is used (a wrong one fails in one line) and never printed by any command or
    role log; no command takes a URL or password as an argument."""
    from workers.cli import build_parser

    ns, password = acl["ns"], f"pw-{acl['ns']}"
    env = base_env(acl["url"]("sitrep-admin"), ns, tmp_path / "home")
    outputs = []
    for args in (["status"], ["situation"], ["rejects"], ["reset"]):
        result = cli(args, env)
        assert result.returncode == 0, (args, result.stderr)
        outputs.append(result.stdout + result.stderr)
    assert "***" in outputs[-1]  # reset names the server, password hidden
    wrong = cli(["situation"], env | {"SITREP_REDIS_URL": acl["url"]("sitrep-admin").replace(password, "wrong-secret")})
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1
    outputs.append(wrong.stdout + wrong.stderr)
    proj = subprocess.Popen([*SITREP, "run", "projector"], env=env | {"SITREP_REDIS_URL": acl["url"]("sitrep-projector"),
                            "SITREP_LOG_LEVEL": "DEBUG"}, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # fmt: skip
    time.sleep(3)
    proj.terminate()
    outputs.append(proj.communicate(timeout=20)[0])
    assert all(password not in out and "wrong-secret" not in out for out in outputs)
    assert redact("rediss://u:secret@h:1/0?ssl_ca_certs=/ca.pem") == "rediss://u:***@h:1/0?ssl_ca_certs=/ca.pem"
    options = [a.dest for p in build_parser()._subparsers._group_actions[0].choices.values() for a in p._actions]  # type: ignore[union-attr]
    assert not [o for o in options if re.search("pass|url|auth|secret|token", o)]


# ---------------------------------------------------------------- TLS


def test_a_rediss_url_gives_a_verified_tls_connection():
    """A rediss:// URL gives redis-py's SSL connection with the URL's credentials, verifying the certificate and host name by default."""
    client = connect("rediss://sitrep-worker:s3cret@redis.example.org:6380/0?ssl_ca_certs=/etc/sitrep/ca.pem")
    pool = client.connection_pool
    assert issubclass(pool.connection_class, SSLConnection)
    kw = pool.connection_kwargs
    assert (kw["username"], kw["password"], kw["host"], kw["port"]) == ("sitrep-worker", "s3cret", "redis.example.org", 6380)
    conn = pool.make_connection()
    assert conn.cert_reqs == ssl.CERT_REQUIRED and conn.check_hostname and conn.ca_certs == "/etc/sitrep/ca.pem"
    assert isinstance(connect("redis://localhost/0").connection_pool.make_connection(), redis.Connection)


class TlsTerminator(threading.Thread):
    """A TLS front for a plain server (the embedded Valkey has no TLS built in): what a TLS proxy or stunnel does."""

    def __init__(self, cert: Path, key: Path, backend_host: str, backend_port: int):
        super().__init__(daemon=True)
        self.ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ctx.load_cert_chain(cert, key)
        self.backend = (backend_host, backend_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stopped = False

    def run(self) -> None:
        while not self.stopped:
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(raw,), daemon=True).start()

    def serve(self, raw: socket.socket) -> None:
        try:
            tls = self.ctx.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):
            raw.close()
            return
        up = socket.create_connection(self.backend)
        try:
            while not self.stopped:
                ready = [tls] if tls.pending() else select.select([tls, up], [], [], 0.5)[0]
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    (up if sock is tls else tls).sendall(data)
        except (OSError, ssl.SSLError):
            return
        finally:
            tls.close()
            up.close()

    def stop(self) -> None:
        self.stopped = True
        self.listener.close()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_the_pipeline_runs_over_tls_and_refuses_an_unverified_server(settings: Settings, tmp_path: Path):
    """sitrep publishes, analyses, projects and queries over rediss:// (through a TLS terminator in front of Valkey),
    and refuses a server whose certificate it cannot verify."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    backend = urlsplit(str(settings.redis_url))
    if backend.scheme != "redis" or backend.hostname is None:
        pytest.skip("needs a plain redis:// test server to put TLS in front of")
    proxy = TlsTerminator(cert, key, backend.hostname, backend.port or 6379)
    proxy.start()
    url = f"rediss://127.0.0.1:{proxy.port}/0?ssl_ca_certs={cert}"
    st = replace(settings, redis_url=url, keys=Keys(settings.keys.ns + "tls"))
    client = connect(url)
    try:
        assert isinstance(client.connection_pool.get_connection()._sock, ssl.SSLSocket)
        s = Sitrep(client, st)
        assert s.publish([str(SEED)]).published == 16
        drain(client, st)
        assert s.situation()["counts"]["updates"] == 16
        with pytest.raises(redis.ConnectionError, match="certificate verify failed"):
            connect(f"rediss://127.0.0.1:{proxy.port}/0").ping()  # no CA given: the self-signed server is refused
    finally:
        for k in client.scan_iter(match=f"{st.keys.ns}:*"):
            client.delete(k)
        client.close()
        proxy.stop()


# ---------------------------------------------------------------- feed text is never markup or terminal control

EVIL_TEXT = (
    "Kyiv: shelling reported <script>alert(1)</script> <img src=x onerror=alert(2)> "
    "\u202egnillehs\u202c \u009b2J\u009b31m red \u200bzero\u200dwidth [link](http://x) **bold**."
)


def test_feed_text_never_drives_the_terminal(client: redis.Redis, settings: Settings, env_for: dict[str, str], tmp_path: Path):
    """Feed text with escape sequences (C0 and C1), bidi overrides and <script> comes out of situation, export, rejects,
    status and publish's messages as inert text: no raw control character, the markup shown as the text it is."""
    feed = tmp_path / "bad\x1b[31mname.jsonl"
    feed.write_text(
        json.dumps({"text": EVIL_TEXT, "source": "Evil\u009b2J \u202eSource", "id": "1", "title": "<b>\u202etitle</b>"},
                   ensure_ascii=False) + "\n"
        + json.dumps({"text": "Kharkiv: \x1b[2J\x1b[31mexplosions\x07", "source": "AP", "id": "2"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    published = cli(["publish", str(feed)], env_for)
    assert published.returncode == 2  # the one with C0 controls is rejected
    drain(client, settings)
    outputs = {"publish": published.stderr}
    for args in (["situation"], ["situation", "--json"], ["export", "--jsonl"], ["export"], ["rejects"], ["status"], ["report"]):
        result = cli(args, env_for)
        assert result.returncode == 0, (args, result.stderr)
        outputs[" ".join(args)] = result.stdout + result.stderr
    for name, out in outputs.items():
        assert not RAW_CONTROLS.search(out), (name, RAW_CONTROLS.findall(out))
    assert "<script>alert(1)</script>" in outputs["situation"]  # text, shown as text
    exported = json.loads(outputs["export --jsonl"].splitlines()[0])
    assert exported["text"] == EVIL_TEXT  # the same data, only written with escapes
    rejected = json.loads(outputs["rejects"].splitlines()[0])
    assert "\\u001b[2J" in rejected["raw"] and "control character U+001B" in rejected["reason"]  # kept verbatim


def test_log_lines_keep_feed_text_inert():
    """A log line carrying feed text is one JSON line without raw control, C1 or bidi characters (no forged lines), and
    the console renderer gets the same text escaped."""
    from workers import logs

    nasty = EVIL_TEXT + '\x1b[2J\n{"level": "critical", "event": "forged"}\r\x07'
    code = f"from workers import logs; logs.get('sitrep.test').warning('stage failed', error={nasty!r}, update_id='u1')"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={k: v for k, v in os.environ.items() if k != "SITREP_LOG_LEVEL"})  # fmt: skip
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and not RAW_CONTROLS.search(result.stderr)
    line = json.loads(lines[0])
    assert line["event"] == "stage failed" and "<script>alert(1)</script>" in line["error"]
    escaped = logs._escape_controls(None, "warning", {"error": nasty, "bidi": "\u202eΚίεβο\u009b31m", "n": 3})
    assert not RAW_CONTROLS.search(escaped["error"] + escaped["bidi"]) and "\n" not in escaped["error"]
    assert "<script>" in escaped["error"] and escaped["bidi"] == "\\u202eΚίεβο\\u009b31m" and escaped["n"] == 3
