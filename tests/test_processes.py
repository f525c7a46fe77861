"""The roles as separate processes, as docker-compose runs them, and the compose file itself."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SEED

SITREP = [sys.executable, "-m", "workers.cli"]


def run(args: list[str], env: dict[str, str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(SITREP + args, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT, **kw)


def test_compose_file_parses_and_every_command_is_real(env_for: dict[str, str]):
    """docker-compose.yml parses; each sitrep service's command is a real command (it answers --help)."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"redis", "router", "worker", "projector", "producer", "dashboard"} <= set(services)
    assert "--appendonly" in services["redis"]["command"] and "yes" in services["redis"]["command"]
    assert services["dashboard"]["profiles"] == ["dashboard"]
    follower = services["follower"]  # opt-in: it needs the sources to follow
    assert follower["profiles"] == ["follow"] and "exec sitrep follow " in follower["command"][-1]
    assert run(["follow", "--help"], env_for).returncode == 0
    for name in ("router", "worker", "projector", "producer"):
        command = services[name]["command"]
        assert command[0] == "sitrep"
        result = run([*command[1:2], "--help"], env_for)
        assert result.returncode == 0, (name, result.stderr)
        if command[1] == "run":
            assert command[2] in result.stdout  # the role is one the command knows


def test_roles_as_separate_processes_project_the_seed(env_for: dict[str, str], tmp_path: Path):
    """Router, two workers and the projector as separate processes bring the seed into the read model, and stop
    within seconds of a SIGTERM (a worker's session ends at its next read, not at its deadline)."""
    env_for = {**env_for, "SITREP_VISIBILITY_S": "60", "SITREP_SESSION_S": "30", "SITREP_SESSION_IDLE_S": "30"}
    procs = []
    for i, role in enumerate(["router", "worker", "worker", "projector"]):
        with open(tmp_path / f"{role}{i}.log", "w") as log:  # the child keeps its own handle
            procs.append(subprocess.Popen([*SITREP, "run", role], env=env_for, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log))
    try:
        started = time.monotonic()
        published = run(["publish", str(SEED)], env_for)
        assert published.returncode == 0, published.stderr
        waited = run(["wait", "--timeout", "120"], env_for)
        assert waited.returncode == 0, waited.stderr
        elapsed = time.monotonic() - started
        sit = json.loads(run(["situation", "--json"], env_for).stdout)
        assert sit["counts"]["updates"] == 16
        status = json.loads(run(["status", "--json"], env_for).stdout)
        assert status["groups"][0]["pending"] == 0 and status["projector"]["behind"] == 0
        print(f"\nseed through separate processes: 16 updates in {elapsed:.2f} s")
    finally:
        stopping = time.monotonic()
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(20)
    assert time.monotonic() - stopping < 5
    logs = "".join((tmp_path / f).read_text() for f in (f"{r}{i}.log" for i, r in enumerate(["router", "worker", "worker", "projector"])))
    assert '"level": "error"' not in logs and "Traceback" not in logs


def test_publish_exit_codes(env_for: dict[str, str], tmp_path: Path):
    """publish exits 0 when all is published, 2 when some records are rejected, 1 when nothing can be done."""
    good = tmp_path / "good.jsonl"
    good.write_text('{"text": "Shelling reported in Kharkiv.", "source": "AP", "id": "1"}\n')
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text('{"text": "Fine.", "source": "AP", "id": "2"}\n{"source": "AP"}\n')
    assert run(["publish", str(good)], env_for).returncode == 0
    assert run(["publish", str(good)], env_for).returncode == 0  # already there
    result = run(["publish", str(mixed)], env_for)
    assert result.returncode == 2 and "mixed.jsonl:2" in result.stderr
    missing = run(["publish", str(tmp_path / "nope.txt")], env_for)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    unreachable = run(["publish", str(good)], {**env_for, "SITREP_REDIS_URL": "redis://127.0.0.1:1/0"})
    assert unreachable.returncode == 1 and "sitrep:" in unreachable.stderr


@pytest.mark.slow
def test_demo_on_the_embedded_server(tmp_path: Path):
    """`sitrep demo` with no server configured starts the embedded one, projects the seeds and stops what it started."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env["SITREP_HOME"] = str(tmp_path / "home")
    result = run(["demo", "--json"], env)  # default: everything in seeds/
    assert result.returncode == 0, result.stderr
    sit = json.loads(result.stdout)
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert len(seeds) >= 4 and f"published {sit['counts']['updates']}," in result.stderr
    assert sit["counts"]["updates"] >= 50
    assert not (tmp_path / "home" / "valkey.sock").exists()  # stopped again
    # like a database file: the next command sees the same data
    again = run(["situation", "--json"], env)
    assert json.loads(again.stdout)["counts"]["updates"] == sit["counts"]["updates"]
    run(["reset"], env)
    assert not (tmp_path / "home").exists()


def test_watch_shows_stories_and_quits_cleanly_on_ctrl_c(env_for: dict[str, str]):
    """`sitrep watch` draws the stories, redraws on new ones, and exits 0 on Ctrl-C."""
    import signal

    projector = subprocess.Popen([*SITREP, "run", "projector"], env=env_for, cwd=ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    router = subprocess.Popen([*SITREP, "run", "router"], env=env_for, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([*SITREP, "run", "worker"], env=env_for, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watch = subprocess.Popen([*SITREP, "watch"], env={**env_for, "COLUMNS": "200"}, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(2)
        assert run(["publish", str(SEED)], env_for).returncode == 0
        assert run(["wait", "--timeout", "60"], env_for).returncode == 0
        time.sleep(1.5)
        watch.send_signal(signal.SIGINT)
        out, err = watch.communicate(timeout=20)
    finally:
        for p in (projector, router, worker):
            p.terminate()
            p.wait(20)
    assert watch.returncode == 0, err
    assert "Stories" in out and "Active alerts" in out
    assert "Kyiv" in out or "Κίεβο" in out
