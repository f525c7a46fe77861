"""Nothing lost, nothing counted twice: the whole pipeline under kill -9, a Redis restart and poison updates.

`test_nothing_lost_nothing_doubled_under_faults` runs router, workers and
projector as separate processes on a Valkey of its own and prints its figures
(run with `-s` to see them). The poison and dead-letter tests run the roles in
this process and make a stage raise by monkeypatching the analyser (fault
injection in the test, not in production code).
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from rq.exceptions import NoSuchJobError
from rq.registry import StartedJobRegistry
from rq.serializers import JSONSerializer
from rq.worker import SimpleWorker

from events.codec import from_fields
from events.connection import Settings
from events.keys import Keys
from events.parsers import idempotency_keys, parse
from events.schema import DeadLettered, UpdatePublished
from tests.conftest import ROOT, ServerProcess
from workers.analysis import default_analyser
from workers.api import Sitrep
from workers.fold import Model, record_decoder, record_encoder
from workers.index import CANDIDATE_LIMIT
from workers.jobs import READ_UPDATES, SafeJob, make_queue
from workers.offline import analyse_in_process
from workers.projector import Projector
from workers.router import Router

SITREP = [sys.executable, "-m", "workers.cli"]

# ---------------------------------------------------------------- a realistic generated feed

PLACES = [  # en, uk, ru, el
    ("Kyiv", "Київ", "Киев", "Κίεβο"),
    ("Kharkiv", "Харків", "Харьков", "Χάρκοβο"),
    ("Odesa", "Одеса", "Одесса", "Οδησσός"),
    ("Lviv", "Львів", "Львов", "Λβιβ"),
    ("Mariupol", "Маріуполь", "Мариуполь", "Μαριούπολη"),
    ("Chernihiv", "Чернігів", "Чернигов", "Τσερνίχιβ"),
    ("Mykolaiv", "Миколаїв", "Николаев", "Μικολάιβ"),
    ("Zaporizhzhia", "Запоріжжя", "Запорожье", "Ζαπορίζια"),
    ("Dnipro", "Дніпро", "Днепр", "Ντνίπρο"),
    ("Sumy", "Суми", "Сумы", "Σούμι"),
    ("Kherson", "Херсон", "Херсон", "Χερσώνα"),
    ("Irpin", "Ірпінь", "Ирпень", "Ίρπιν"),
]
LANGS = ("en", "uk", "ru", "el")
SOURCES = {
    "en": ["Reuters", "Associated Press", "BBC", "CNN", "The Guardian"],
    "uk": ["Ukrinform", "Ukrainska Pravda", "Suspilne", "Telegram: КМДА"],
    "ru": ["Interfax", "TASS", "Meduza", "RIA Novosti"],
    "el": ["ΕΡΤ", "Καθημερινή", "in.gr", "ΑΠΕ-ΜΠΕ"],
}
# What happened, per kind and language, in a few wordings ({p} place, {k} {i} figures, {t} time).
BODY = {
    "strike": {
        "en": ["Shelling of residential areas in {p} killed {k} people and injured {i}, the regional governor said.",
               "Russian missiles hit {p} at {t}; {k} people were killed and {i} wounded.",
               "At least {k} civilians died and {i} were hurt when rockets struck {p}."],
        "uk": ["{p}: внаслідок обстрілу житлових кварталів загинули {k} людей, ще {i} поранені.",
               "Ракетний удар по місту {p} о {t}: {k} загиблих, {i} поранених."],
        "ru": ["{p}: в результате обстрела жилых кварталов погибли {k} человек, ещё {i} ранены.",
               "Ракетный удар по городу {p} в {t}: {k} погибших, {i} раненых."],
        "el": ["{p}: {k} νεκροί και {i} τραυματίες από βομβαρδισμούς σε κατοικημένες περιοχές.",
               "Πύραυλοι έπληξαν το {p} στις {t}, με {k} νεκρούς και {i} τραυματίες."],
    },
    "alert": {
        "en": ["Air raid alert in {p} at {t}. Residents are urged to go to shelters.",
               "Sirens sounded across {p} at {t}, officials told people to take cover.",
               "{p} is under an air raid warning since {t}.",
               "Air defence is working over {p}, an alert was declared at {t}."],
        "uk": ["{p}! Повітряна тривога о {t}! Всі негайно в укриття!", "О {t} у місті {p} оголошено повітряну тривогу."],
        "ru": ["В {t} в городе {p} объявлена воздушная тревога.", "{p}: сирены воздушной тревоги зазвучали в {t}."],
        "el": ["Σειρήνες αεροπορικής επιδρομής ηχούν στο {p} στις {t}.", "Συναγερμός στο {p} στις {t}, οι κάτοικοι στα καταφύγια."],
    },
    "blast": {
        "en": ["Explosions were heard in {p} at {t}, and a fuel depot is burning.",
               "A series of blasts shook {p} around {t}, local officials said."],
        "uk": ["У місті {p} о {t} пролунали вибухи, горить нафтобаза.", "Серія вибухів у місті {p} близько {t}."],
        "ru": ["В городе {p} в {t} прогремели взрывы, горит нефтебаза.", "Серия взрывов в городе {p} около {t}."],
        "el": ["Εκρήξεις ακούστηκαν στο {p} στις {t} και καίγεται αποθήκη καυσίμων.", "Σειρά εκρήξεων στο {p} γύρω στις {t}."],
    },
    "aid": {
        "en": ["A humanitarian corridor from {p} opened at {t}, and {k} buses carried civilians out.",
               "Evacuation from {p}: {k} buses left at {t} with women and children."],
        "uk": ["З міста {p} відкрили гуманітарний коридор, {k} автобусів вивезли цивільних.",
               "Евакуація з міста {p}: о {t} виїхали {k} автобусів."],
        "ru": ["Из города {p} открыт гуманитарный коридор, {k} автобусов вывезли мирных жителей.",
               "Эвакуация из города {p}: в {t} выехали {k} автобусов."],
        "el": ["Άνοιξε ανθρωπιστικός διάδρομος από το {p}, {k} λεωφορεία απομάκρυναν αμάχους.",
               "Απομάκρυνση αμάχων από το {p}: {k} λεωφορεία αναχώρησαν στις {t}."],
    },
    "talks": {
        "en": ["Ukrainian and Russian delegations will meet in {p} on March {d} for a new round of talks.",
               "A new round of negotiations between Kyiv and Moscow is planned in {p} for March {d}."],
        "uk": ["Делегації України та Росії зустрінуться у {p} {d} березня для нового раунду переговорів."],
        "ru": ["Делегации России и Украины встретятся в {p} {d} марта для нового раунда переговоров."],
        "el": ["Οι αντιπροσωπείες Ουκρανίας και Ρωσίας θα συναντηθούν στο {p} στις {d} Μαρτίου για νέο γύρο συνομιλιών."],
    },
}
# Context sentences: three per update, so that unrelated reports do not read alike.
CONTEXT = {
    "en": ["Power was cut in several districts.", "Firefighters were still at the scene.",
           "Schools will stay closed tomorrow.", "The mayor asked people not to share photos of the damage.",
           "Trains to the west were delayed.", "Volunteers handed out water and blankets.",
           "Hospitals called for blood donors.", "A curfew starts at nine in the evening.",
           "Mobile networks were patchy for hours.", "Queues formed outside pharmacies.",
           "Bridges on the ring road were closed.", "Shelters in the metro were full by midnight.",
           "The police cordoned off the square.", "Rescue teams searched the rubble overnight."],
    "uk": ["У кількох районах зникло світло.", "Рятувальники працюють на місці.", "Школи завтра не працюватимуть.",
           "Мер просить не публікувати фото руйнувань.", "Поїзди на захід затримуються.",
           "Волонтери роздають воду та ковдри.", "Лікарні просять донорів крові.", "Комендантська година з дев'ятої вечора.",
           "Мобільний зв'язок працює з перебоями.", "Біля аптек утворилися черги.", "Мости на кільцевій дорозі закриті.",
           "Укриття в метро переповнені."],
    "ru": ["В нескольких районах пропал свет.", "Спасатели работают на месте.", "Школы завтра будут закрыты.",
           "Мэр просит не публиковать фото разрушений.", "Поезда на запад задерживаются.",
           "Волонтёры раздают воду и одеяла.", "Больницы просят доноров крови.", "Комендантский час с девяти вечера.",
           "Мобильная связь работает с перебоями.", "У аптек выстроились очереди.", "Мосты на кольцевой дороге закрыты.",
           "Укрытия в метро переполнены."],
    "el": ["Διακοπή ρεύματος σε αρκετές συνοικίες.", "Οι πυροσβέστες βρίσκονται ακόμη στο σημείο.",
           "Τα σχολεία θα μείνουν κλειστά αύριο.", "Ο δήμαρχος ζήτησε να μη δημοσιεύονται φωτογραφίες.",
           "Καθυστερήσεις στα τρένα προς τα δυτικά.", "Εθελοντές μοιράζουν νερό και κουβέρτες.",
           "Τα νοσοκομεία ζητούν αιμοδότες.", "Απαγόρευση κυκλοφορίας από τις εννέα το βράδυ.",
           "Προβλήματα στο κινητό δίκτυο για ώρες.", "Ουρές έξω από τα φαρμακεία.",
           "Κλειστές οι γέφυρες στον περιφερειακό.", "Γεμάτα τα καταφύγια στο μετρό."],
}
TALKS_VENUES = [("Gomel", "Гомель", "Гомель", "Γκόμελ"), ("Istanbul", "Стамбул", "Стамбул", "Κωνσταντινούπολη"),
                ("Brest", "Брест", "Брест", "Μπρεστ"), ("Antalya", "Анталія", "Анталья", "Αττάλεια")]
KINDS = {"strike": 30, "alert": 20, "blast": 15, "aid": 15, "talks": 4}  # how often, relatively
DAYS = 8  # the feed's span


def _render(rnd: random.Random, kind: str, lang: str, place: str, when: datetime, killed: int, injured: int) -> str:
    body = rnd.choice(BODY[kind][lang]).format(p=place, k=killed, i=injured, t=f"{when:%H:%M}", d=when.day + 2)
    return " ".join([body, *rnd.sample(CONTEXT[lang], 3)])


def generate_feed(n: int, seed: int = 6) -> list[dict[str, Any]]:
    """n JSON Lines records, always the same for a seed: el/en/uk/ru updates over eight days with
    exact and near duplicates, cross-language retellings, rising casualty chains and re-sent records."""
    rnd = random.Random(seed)
    start = datetime(2022, 3, 1, tzinfo=UTC)
    out: list[dict[str, Any]] = []
    serial = 0

    def record(text: str, lang: str, source: str, when: datetime, place: str | None = None) -> dict[str, Any]:
        nonlocal serial
        serial += 1
        rec: dict[str, Any] = {
            "text": text, "source": source, "id": f"{lang}-{serial:06d}",
            "published_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "lang": lang,
        }  # fmt: skip
        if place:
            rec["place"] = place
        return rec

    while len(out) < n:
        kind = rnd.choices(list(KINDS), weights=list(KINDS.values()))[0]
        lang = rnd.choice(LANGS)
        pi = rnd.randrange(len(TALKS_VENUES) if kind == "talks" else len(PLACES))
        name = (TALKS_VENUES if kind == "talks" else PLACES)[pi][LANGS.index(lang)]
        when = start + timedelta(minutes=rnd.randrange(0, DAYS * 24 * 60))
        killed, injured = rnd.randint(1, 40), rnd.randint(0, 90)
        source = rnd.choice(SOURCES[lang])
        text = _render(rnd, kind, lang, name, when, killed, injured)
        base = record(text, lang, source, when, place=name if rnd.random() < 0.5 else None)
        out.append(base)
        roll = rnd.random()
        if roll < 0.10:  # the same text from another outlet: an exact duplicate
            other = rnd.choice([s for s in SOURCES[lang] if s != source])
            out.append(record(text, lang, other, when + timedelta(minutes=rnd.randint(1, 30))))
        elif roll < 0.18:  # a near duplicate
            near = text.replace(". ", " , ", 1).rstrip(".") + " (updated)."
            out.append(record(near, lang, rnd.choice(SOURCES[lang]), when + timedelta(minutes=rnd.randint(1, 60))))
        elif roll < 0.28 and kind == "strike":  # an update chain: the figures rise
            for step in range(1, rnd.randint(2, 4)):
                killed += rnd.randint(1, 5)
                injured += rnd.randint(0, 9)
                later = when + timedelta(minutes=40 * step)
                out.append(record(_render(rnd, kind, lang, name, later, killed, injured), lang, source, later, place=name))
        elif roll < 0.33:  # the same story told in another language
            l2 = rnd.choice([x for x in LANGS if x != lang])
            name2 = (TALKS_VENUES if kind == "talks" else PLACES)[pi][LANGS.index(l2)]
            later = when + timedelta(minutes=rnd.randint(1, 90))
            out.append(record(_render(rnd, kind, l2, name2, when, killed, injured), l2, rnd.choice(SOURCES[l2]), later))
        elif roll < 0.36:  # the very same record sent again (same source and id): already published
            out.append(dict(base))
    return out[:n]


BAD_LINES = [
    b'{"source": "Reuters", "id": "no-text"}',
    b'{"text": "Kyiv: sirens.", "source": "Reuters", "published_at": "yesterday"}',
    b'{"text": "\x01\x02", "source": "AP"}',
]


def write_chunks(records: list[dict[str, Any]], folder: Path, chunks: int) -> list[Path]:
    """The feed as `chunks` JSONL files, three bad lines in each."""
    folder.mkdir(parents=True, exist_ok=True)
    size = -(-len(records) // chunks)
    paths = []
    for c in range(chunks):
        lines = [json.dumps(r, ensure_ascii=False).encode() for r in records[c * size : (c + 1) * size]]
        for j, bad in enumerate(BAD_LINES):
            lines.insert((j + 1) * len(lines) // 4, bad)
        path = folder / f"feed-{c:02d}.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        paths.append(path)
    return paths


def expected_updates(paths: list[Path]) -> list[UpdatePublished]:
    """What the producer accepts from these files: each record once (as `workers.offline.accepted_updates`)."""
    seen: set[str] = set()
    out = []
    for path in paths:
        for rec in parse(path.read_bytes(), name=path.name):
            if isinstance(rec, UpdatePublished) and not any(k in seen for k in idempotency_keys(rec)):
                seen.update(idempotency_keys(rec))
                out.append(rec)
    return out


def densest_lookup(updates: list[UpdatePublished], settings: Settings) -> int:
    """The most updates any one index lookup key holds within its time span.

    Above CANDIDATE_LIMIT the index returns only some candidates, and which ones
    depends on arrival order; below it the links, and so the situation, do not.
    """
    analyser = default_analyser(settings.dedup_window_h * 3600, settings.story_window_h * 3600)
    times: dict[tuple[float, str], list[float]] = defaultdict(list)
    for update in updates:
        item = analyser.prepare(update).item
        f = item.features
        for key in ([f"x:{f.exact}"] if f.exact else []) + [f"b:{b}" for b in item.bands]:
            times[(settings.dedup_window_h * 3600, key)].append(f.t)
        for bucket in item.buckets:
            times[(settings.story_window_h * 3600, bucket)].append(f.t)
    worst = 0
    for (span, _key), ts in times.items():
        ts.sort()
        for t in ts:
            worst = max(worst, bisect.bisect_right(ts, t + span) - bisect.bisect_left(ts, t - span))
    return worst


# ---------------------------------------------------------------- roles as processes


class Roles:
    """sitrep roles as separate processes (`python -m workers.cli run ROLE`), each logging to a file."""

    def __init__(self, env: dict[str, str], logs: Path):
        self.env = env
        self.logs = logs
        self.procs: dict[int, tuple[str, subprocess.Popen]] = {}
        self.killed: set[int] = set()
        self.started = 0
        logs.mkdir(parents=True, exist_ok=True)

    def start(self, role: str) -> subprocess.Popen:
        self.started += 1
        log = open(self.logs / f"{self.started:02d}-{role}.log", "wb")  # noqa: SIM115 - the child owns it
        proc = subprocess.Popen([*SITREP, "run", role], env=self.env, cwd=ROOT, stdout=log, stderr=log)
        log.close()
        self.procs[proc.pid] = (role, proc)
        return proc

    def of(self, role: str) -> list[subprocess.Popen]:
        return [p for r, p in self.procs.values() if r == role and p.poll() is None]

    def kill9(self, proc: subprocess.Popen) -> None:
        self.killed.add(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

    def exited_by_themselves(self) -> list[str]:
        """Roles that quit although nobody killed them (a role must survive a server restart)."""
        return [f"{r} (pid {p.pid}, exit {p.returncode})" for r, p in self.procs.values()
                if p.poll() is not None and p.pid not in self.killed]  # fmt: skip

    def stop_all(self) -> None:
        live = [p for _, p in self.procs.values() if p.poll() is None]
        for p in live:
            p.send_signal(signal.SIGTERM)
        for p in live:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()

    def log_lines(self, role: str) -> list[dict[str, Any]]:
        out = []
        for path in sorted(self.logs.glob(f"*-{role}.log")):
            for line in path.read_text(errors="replace").splitlines():
                if line.startswith("{"):
                    with contextlib.suppress(ValueError):
                        out.append(json.loads(line))
        return out


def cli(args: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(SITREP + args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def pending_ids(r: redis.Redis, keys: Keys) -> set[str]:
    try:
        rows = r.xpending_range(keys.updates, keys.group, min="-", max="+", count=100_000)
    except redis.ResponseError:
        return set()
    return {row["message_id"].decode() for row in rows}


def busy_worker(r: redis.Redis, keys: Keys, pids: set[int]) -> tuple[str, int, list[str]] | None:
    """(worker name, pid, the entry ids it is working on) of one of our workers in the middle of a batch:
    a batch job's entries, or those a session has read and not yet committed."""
    queue = keys.queue
    registry = StartedJobRegistry(queue, connection=r, serializer=JSONSerializer, job_class=SafeJob)
    for job_id in registry.get_job_ids(cleanup=False):
        try:
            job = SafeJob.fetch(job_id, connection=r, serializer=JSONSerializer)
        except NoSuchJobError:
            continue
        if not job.worker_name:
            continue
        pid = int(r.hget(f"rq:worker:{job.worker_name}", "pid") or 0)
        if pid not in pids:
            continue
        if job.func_name == READ_UPDATES:
            rows = r.xpending_range(keys.updates, keys.group, "-", "+", 100_000, consumername=job.worker_name)
            if rows:
                return job.worker_name, pid, [row["message_id"].decode() for row in rows]
        else:
            return job.worker_name, pid, list(job.args[0])
    return None


def settled(s: Sitrep) -> bool:
    done, published = s.progress()
    return done >= published and not pending_ids(s.client, s.keys)


def wait_until(predicate, timeout: float, step: float = 0.02) -> float:
    """Seconds until predicate() held (ignoring connection errors meanwhile); fails after timeout."""
    started = time.monotonic()
    while True:
        try:
            if predicate():
                return time.monotonic() - started
        except redis.ConnectionError:
            pass
        if time.monotonic() - started > timeout:
            raise AssertionError(f"not within {timeout} s: {predicate}")
        time.sleep(step)


@pytest.mark.slow
def test_nothing_lost_nothing_doubled_under_faults(tmp_path: Path):
    """Under six kill -9s of busy workers, a killed router and projector and a Redis restart, every accepted
    update of a 4,000-record multilingual feed is projected exactly once and the situation equals a clean run's."""
    server = ServerProcess(tmp_path / "valkey")
    keys = Keys("faults")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env |= {
        "SITREP_REDIS_URL": server.url, "SITREP_NAMESPACE": keys.ns, "SITREP_HOME": str(tmp_path / "home"),
        "SITREP_VISIBILITY_S": "2", "SITREP_BACKOFF_S": "0.2", "SITREP_BATCH_MAX": "200", "SITREP_LOG_LEVEL": "INFO",
        # the feed's eight days arrive in random order, as an archive replayed out of order: the
        # projector keeps members over that disorder, or late updates would join nothing it forgot
        "SITREP_RETENTION_H": str(2 * DAYS * 24),
    }  # fmt: skip
    settings = replace(Settings(), redis_url=server.url, keys=keys)
    paths = write_chunks(generate_feed(4000), tmp_path / "feed", chunks=10)
    expected = expected_updates(paths)
    # The feed stays within the index's candidate limit, so a clean run's situation is order-free.
    assert densest_lookup(expected, settings) < CANDIDATE_LIMIT
    server.start()  # after the checks above, so a failed one leaves no server behind
    roles = Roles(env, tmp_path / "logs")
    client = redis.Redis.from_url(server.url, socket_timeout=10)
    s = Sitrep(client, settings)
    kills: list[tuple[str, float, float]] = []  # (what, reclaim s, settled again s)
    not_mid_batch = 0
    republished = 0
    started = time.monotonic()
    try:
        for role in ("router", "worker", "worker", "projector"):
            roles.start(role)

        def publish(path: Path) -> subprocess.Popen:
            return subprocess.Popen([*SITREP, "publish", str(path)], env=env, cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip

        def finish(pub: subprocess.Popen, path: Path) -> None:
            nonlocal republished
            _out, err = pub.communicate(timeout=120)
            if pub.returncode == 1:  # the server went away under it: publishing again is idempotent
                republished += 1
                again = cli(["publish", str(path)], env)
                assert again.returncode == 2, again.stderr  # 2: the bad lines are rejected, the rest is there
            else:
                assert pub.returncode == 2, err

        def kill_busy_worker(pub: subprocess.Popen) -> bool:
            """kill -9 a worker in the middle of a batch, start a replacement, time the recovery; False if the chunk
            was through before a worker could be caught mid-batch (the kill is then owed to the next chunk)."""
            nonlocal not_mid_batch
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                found = busy_worker(client, keys, {p.pid for p in roles.of("worker")})
                if found is None:
                    if pub.poll() is not None and settled(s):
                        return False
                    time.sleep(0.003)
                    continue
                _name, pid, batch = found
                roles.kill9(roles.procs[pid][1])
                at = time.monotonic()
                roles.start("worker")
                left = pending_ids(client, keys) & set(batch)
                if not left:  # it had committed already: not mid-batch, try again
                    not_mid_batch += 1
                    continue
                reclaim = wait_until(lambda left=left: not (pending_ids(client, keys) & left), 120)
                wait_until(lambda: settled(s), 120)
                kills.append((f"worker ({len(left)} of its {len(batch)} entries pending)", reclaim, time.monotonic() - at))
                return True
            raise AssertionError("the pipeline neither got busy nor settled within 60 s")

        def kill_role(role: str) -> None:
            victim = roles.of(role)[0]
            roles.kill9(victim)
            at = time.monotonic()
            roles.start(role)
            wait_until(lambda: settled(s), 120)
            kills.append((role, float("nan"), time.monotonic() - at))

        def restart_server(pub: subprocess.Popen, path: Path) -> None:
            # while a worker is in the middle of a job (if one can be caught) and the publish may still be running
            with contextlib.suppress(AssertionError):
                wait_until(lambda: busy_worker(client, keys, {p.pid for p in roles.of("worker")}), 10, step=0.003)
            at = time.monotonic()
            server.stop()  # SIGTERM: the server flushes its AOF and exits
            server.start()  # same port, same dir: the AOF brings back everything acknowledged
            finish(pub, path)
            wait_until(lambda: settled(s), 180)
            kills.append(("redis server (SIGTERM, restart)", float("nan"), time.monotonic() - at))

        plan = ["worker", "worker", "router", "worker", "redis", "worker", "projector", "worker", "worker", None]
        clean_chunk = float("nan")
        owed = 0  # worker kills not yet done (a chunk can be through before a worker is caught mid-batch)
        for path, fault in zip(paths, plan, strict=True):
            pub = publish(path)
            if fault == "redis":
                restart_server(pub, path)
                continue
            owed += fault == "worker"
            killed = owed > 0 and kill_busy_worker(pub)
            owed -= killed
            finish(pub, path)
            if fault in ("router", "projector"):
                kill_role(fault)
            if fault is None and not killed:
                clean_chunk = wait_until(lambda: settled(s), 120)

        waited = cli(["wait", "--timeout", "180"], env)
        assert waited.returncode == 0, waited.stderr
        elapsed = time.monotonic() - started
        assert not roles.exited_by_themselves()

        # ---- the log: each accepted update appended once, analysed once
        updates = [from_fields(f) for _, f in client.xrange(keys.updates)]
        ids = [u.id for u in updates if isinstance(u, UpdatePublished)]
        assert len(ids) == len(set(ids)), "an update was appended twice"
        assert set(ids) == {u.id for u in expected}
        derived = Counter(f[b"id"].decode() for _, f in client.xrange(keys.analysis))
        doubled_events = sum(c - 1 for c in derived.values())
        assert doubled_events == 0 and len(derived) == 4 * len(ids)

        # ---- the read model: every update exactly once
        exported = [json.loads(line) for line in cli(["export", "--jsonl"], env).stdout.splitlines()]
        export_ids = [e["id"] for e in exported]
        lost = set(ids) - set(export_ids)
        doubled = len(export_ids) - len(set(export_ids))
        assert not lost and doubled == 0 and set(export_ids) == set(ids)
        assert all(e["projected"] for e in exported)

        # ---- nothing left behind
        assert client.xpending(keys.updates, keys.group)["pending"] == 0
        queued = make_queue(client, replace(settings, keys=keys)).get_jobs()
        assert {job.func_name for job in queued} <= {READ_UPDATES}  # spare sessions wait, no batch does
        assert client.xlen(keys.dead) == 0

        # ---- the same situation as a clean run of the same updates in one process
        situation = json.loads(cli(["situation", "--json"], env).stdout)
        log_order = [u for u in updates if isinstance(u, UpdatePublished)]
        clean = json.loads(json.dumps(analyse_in_process(log_order).situation(rejected=0)))
        rejected = situation["counts"].pop("rejected")
        clean["counts"].pop("rejected")
        assert json.dumps(situation, sort_keys=True) == json.dumps(clean, sort_keys=True)
        assert rejected >= 3 * len(paths)

        reclaimed = sum(int(x.get("entries", 0)) for x in roles.log_lines("router") if x.get("event") == "reclaimed")
        # a batch job logs each batch, a session its totals at its end (a killed one: nothing)
        lines = [x for x in roles.log_lines("worker") if x.get("event") in ("batch committed", "session committed")]
        skipped = sum(int(x.get("skipped", 0)) for x in lines)  # deliveries whose entries were acked already
        committed_batches = sum(int(x.get("batches", 1)) for x in lines)
        worker_kills = [k for k in kills if k[0].startswith("worker")]
        print(f"\nfault run: {len(ids)} updates accepted of {sum(1 for _ in generate_feed(4000))} records "
              f"(+{3 * len(paths)} bad lines, {rejected} rejects kept) in {elapsed:.1f} s")  # fmt: skip
        print(f"  faults survived: {len(worker_kills)} worker kill -9 mid-batch (+{not_mid_batch} between batches), "
              f"1 router kill -9, 1 projector kill -9, 1 Redis restart; publishes repeated after the restart: {republished}")
        print(f"  redeliveries: {reclaimed} entries reclaimed by the router and enqueued again; {skipped} entry deliveries "
              f"found their entry acked already and changed nothing (the XACK guard); {committed_batches} batches committed")
        for what, reclaim, recover in kills:
            extra = f"its batch acked again after {reclaim:.2f} s, " if reclaim == reclaim else ""
            print(f"  {what}: {extra}everything settled {recover:.2f} s after the fault")
        print(f"  a fault-free chunk settles in {clean_chunk:.2f} s")
        print(f"  lost = {len(lost)}, doubled = {doubled} (read model), doubled derived events = {doubled_events}, "
              f"stories = {len(situation['stories'])}, duplicates = {situation['counts']['duplicates']}")
        assert len(worker_kills) >= 5 and reclaimed > 0  # six planned; a chunk may be through before one is caught
    except BaseException:
        print("\nroles that quit by themselves:", roles.exited_by_themselves())
        print(cli(["status"], env, timeout=30).stdout)
        raise
    finally:
        roles.stop_all()
        client.close()
        server.stop()


# ---------------------------------------------------------------- a projector that restarts


def test_a_reloaded_model_keeps_every_story_and_duplicate_link():
    """A model loaded from stored records, in any order, gives the situation of the model that folded them."""
    updates = [rec for rec in parse(jsonl(generate_feed(600, seed=16)), name="feed.jsonl") if isinstance(rec, UpdatePublished)]
    updates = list({u.id: u for u in updates}.values())
    folded = analyse_in_process(updates)
    expected = json.dumps(folded.situation(), sort_keys=True, default=str)
    records = [record_decoder.decode(record_encoder.encode(r)) for r in folded.records.values()]
    assert sum(1 for r in records if r.links) > 100
    for order in (records, records[::-1], sorted(records, key=lambda r: r.id)):
        fresh = [record_decoder.decode(record_encoder.encode(r)) for r in order]
        assert json.dumps(Model().load(fresh).situation(), sort_keys=True, default=str) == expected


# ---------------------------------------------------------------- poison updates and dead letters

MARKER = "POISON-PILL-6"


def jsonl(records: list[dict[str, Any]]) -> bytes:
    return ("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n").encode()


class _FaultyEnricher:
    """Wraps the real enricher; raises on texts that carry the marker while `on` (fault injection)."""

    def __init__(self, real: Any):
        self.real = real
        self.on = True
        self.calls: list[float] = []

    def enrich(self, text: str, **kw: Any) -> Any:
        if self.on and MARKER in text:
            self.calls.append(time.monotonic())
            raise RuntimeError(f"injected fault: the enricher chokes on {text[:30]!r}")
        return self.real.enrich(text, **kw)


@pytest.fixture
def faulty(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> _FaultyEnricher:
    analyser = default_analyser(settings.dedup_window_h * 3600, settings.story_window_h * 3600)
    # warm up: lexicons and lemmatisers load lazily, on an update's first use of a language
    analyse_in_process([u for u in parse(jsonl(generate_feed(40, seed=60)), name="w.jsonl") if isinstance(u, UpdatePublished)])
    wrapper = _FaultyEnricher(analyser.enricher)
    monkeypatch.setattr(analyser, "enricher", wrapper)
    return wrapper


class InProcess:
    """Router, worker and projector of the real code, in this process, one turn at a time."""

    def __init__(self, client: redis.Redis, settings: Settings):
        self.router = Router(client, settings, name="router-t")
        self.router.store.ensure_group(settings.keys.updates, settings.keys.group)
        self.projector = Projector(client, settings, name="projector-t")
        self.projector.load()
        self.worker = SimpleWorker([make_queue(client, settings)], connection=client, serializer=JSONSerializer, job_class=SafeJob)
        self.sitrep = Sitrep(client, settings)
        self.store = self.sitrep.store

    def turn(self) -> None:
        while self.router.step(block_ms=1):
            pass
        self.worker.work(burst=True, with_scheduler=False)
        while self.projector.step(block_ms=None):
            pass

    def publish(self, records: list[dict[str, Any]], name: str) -> list[str]:
        from events.producer import Producer

        return Producer(self.store).publish_bytes(jsonl(records), name=name).ids

    def projected(self, ids: list[str]) -> set[str]:
        return {uid for uid, rec in self.sitrep.model_store.records(ids).items() if rec.complete}

    def run_until(self, done, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            assert time.monotonic() < deadline, f"not done within {timeout} s: {self.sitrep.progress()}"
            self.turn()
            time.sleep(0.01)


def test_poison_update_is_retried_with_backoff_then_dead_lettered(
    client: redis.Redis, settings: Settings, faulty: _FaultyEnricher, monkeypatch: pytest.MonkeyPatch
):
    """An update a stage keeps raising on is tried SITREP_MAX_ATTEMPTS times with doubling back-off, then dead-lettered
    with its error and traceback; healthy updates in its batch and published after it are projected within 3 s."""
    st = replace(settings, visibility_s=1.0, backoff_s=1.0, max_attempts=3)
    monkeypatch.setenv("SITREP_MAX_ATTEMPTS", "3")  # the job reads its settings from the environment
    run = InProcess(client, st)
    batch_a = generate_feed(60, seed=61)
    batch_a[20] = {**batch_a[20], "text": batch_a[20]["text"] + " " + MARKER}
    published: dict[str, float] = {}
    projected: dict[str, float] = {}
    ids_a = run.publish(batch_a, "a.jsonl")
    poison = ids_a[20]
    published |= dict.fromkeys(ids_a, time.monotonic())
    ids_b: list[str] = []
    deadline = time.monotonic() + 30
    while run.store.counters().get("dead", 0) < 1 or len(projected) < len(published) - 1:
        assert time.monotonic() < deadline, run.sitrep.progress()
        run.turn()
        now = time.monotonic()
        waiting = [u for u in published if u not in projected and u != poison]
        projected |= dict.fromkeys(run.projected(waiting), now)
        if not ids_b and len(faulty.calls) == 2:  # the poison is between its retries: publish more
            ids_b = run.publish(generate_feed(40, seed=62), "b.jsonl")
            published |= dict.fromkeys(ids_b, time.monotonic())
        time.sleep(0.01)
    assert ids_b, "batch b was published while the poison was being retried"
    delays = {u: projected[u] - published[u] for u in projected}
    worst_a = max(delays[u] for u in ids_a if u != poison)
    worst_b = max(delays[u] for u in ids_b)
    assert worst_a < 3.0 and worst_b < 3.0
    assert max(projected[u] for u in ids_a if u != poison) < faulty.calls[1]  # its neighbours did not wait for a retry

    # tried three times, the gaps growing with the back-off (visibility + 1 s, then visibility + 2 s)
    assert len(faulty.calls) == 3
    gap1, gap2 = faulty.calls[1] - faulty.calls[0], faulty.calls[2] - faulty.calls[1]
    assert gap1 >= st.visibility_s + st.backoff_s - 0.1 and gap2 >= st.visibility_s + 2 * st.backoff_s - 0.1

    dead = run.store.dead_letters()
    assert len(dead) == 1 and isinstance(dead[0].event, DeadLettered)
    letter = dead[0].event
    assert letter.update_id == poison and letter.attempts == 3
    assert "injected fault" in letter.error and "RuntimeError" in letter.traceback and "enrich" in letter.traceback
    assert client.xpending(st.keys.updates, st.keys.group)["pending"] == 0
    assert run.sitrep.situation()["counts"]["updates"] == len(published) - 1
    print(f"\npoison: tried 3 times, gaps {gap1:.2f} s then {gap2:.2f} s, dead-lettered; healthy neighbours projected "
          f"within {worst_a:.2f} s (same batch) and {worst_b:.2f} s (published during its retries); bound 3 s")  # fmt: skip


def test_dlq_list_retry_and_drop_through_the_cli(
    client: redis.Redis, settings: Settings, faulty: _FaultyEnricher, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
):  # fmt: skip
    """`sitrep dlq list` shows each dead letter with its error and traceback; `dlq retry ID` projects the update once the
    fault is gone, exactly once; `dlq drop ID` gives one up for good; an unknown ID is an error."""
    from workers.cli import main

    st = replace(settings, max_attempts=1)
    monkeypatch.setenv("SITREP_MAX_ATTEMPTS", "1")  # the job reads its settings from the environment
    run = InProcess(client, st)
    records = generate_feed(12, seed=63)
    for i in (3, 7):
        records[i] = {**records[i], "text": records[i]["text"] + " " + MARKER}
    ids = run.publish(records, "c.jsonl")
    run.run_until(lambda: run.store.counters().get("dead", 0) == 2 and len(run.projected(ids)) == 10, 20)
    for name, value in (("SITREP_REDIS_URL", st.redis_url), ("SITREP_NAMESPACE", st.keys.ns), ("SITREP_HOME", str(st.home))):
        monkeypatch.setenv(name, value or "")
    capsys.readouterr()

    assert main(["dlq", "list"]) == 0
    letters = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(x["update_id"] for x in letters) == sorted([ids[3], ids[7]])
    assert all("injected fault" in x["error"] and "Traceback" in x["traceback"] for x in letters)

    faulty.on = False  # the fault is fixed
    assert main(["dlq", "retry", ids[3]]) == 0
    assert "retrying" in capsys.readouterr().err
    run.run_until(lambda: ids[3] in run.projected([ids[3]]), 20)
    drop = next(x["entry"] for x in letters if x["update_id"] == ids[7])
    assert main(["dlq", "drop", drop]) == 0
    assert main(["dlq", "list"]) == 0 and capsys.readouterr().out == ""
    assert main(["dlq", "retry", "nope"]) == 1 and "no dead letter nope" in capsys.readouterr().err
    assert main(["wait", "--timeout", "10"]) == 0
    exported = [x["id"] for x in run.sitrep.export() if x["projected"]]
    assert sorted(exported) == sorted(u for u in ids if u != ids[7])  # the retried one once, the dropped one not
    counters = run.store.counters()
    assert counters.get("dead", 0) == 0 and counters.get("dropped") == 1
    assert run.sitrep.situation()["counts"]["updates"] == 11


# ---------------------------------------------------------------- no silent data loss in Redis

COMMANDS = [
    ["run", "router"], ["run", "worker"], ["run", "projector"], ["publish", "SEED"], ["wait", "--timeout", "1"],
    ["situation"], ["export"], ["status"], ["rebuild"], ["rejects"], ["dlq", "list"], ["report"], ["up"],
]  # fmt: skip


@pytest.mark.slow
def test_every_command_refuses_a_server_that_would_evict(tmp_path: Path):
    """Every role and command exits 1 with a one-line reason when the server's maxmemory-policy evicts keys,
    also for a user who may not run CONFIG (the policy is read from INFO then)."""
    from tests.conftest import SEED

    server = ServerProcess(tmp_path / "valkey")
    server.start()
    try:
        admin = redis.Redis.from_url(server.url)
        admin.config_set("maxmemory-policy", "allkeys-lru")
        admin.acl_setuser("noconfig", enabled=True, passwords=["+pw"], keys=["*"], channels=["*"], commands=["+@all", "-config"])
        env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
        env |= {"SITREP_REDIS_URL": server.url, "SITREP_NAMESPACE": "evict", "SITREP_HOME": str(tmp_path / "home")}
        limited = env | {"SITREP_REDIS_URL": f"redis://noconfig:pw@127.0.0.1:{server.port}/0"}
        runs = [(args, e) for args in COMMANDS for e in (env,)] + [(["situation"], limited), (["run", "worker"], limited)]
        procs = [
            (args, subprocess.Popen(SITREP + [str(SEED) if a == "SEED" else a for a in args], env=e, cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
            for args, e in runs
        ]  # fmt: skip
        for args, proc in procs:
            try:
                _out, err = proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise AssertionError(f"{args} did not refuse: it kept running") from None
            assert proc.returncode == 1, (args, err)
            assert "maxmemory-policy" in err and "noeviction" in err and err.count("\n") == 1, (args, err)
        assert admin.xlen("evict:updates") == 0  # nothing was written
        print(f"\nmaxmemory-policy allkeys-lru: {len(procs)} commands and roles refused to start")
    finally:
        server.stop()


def test_producer_stops_when_the_backlog_is_full_and_keeps_what_it_published(
    client: redis.Redis, settings: Settings, env_for: dict[str, str], tmp_path: Path
):
    """With no workers and SITREP_BACKLOG_MAX=100 the producer stops after its first 500 records with a clear
    message (exit 1) and keeps what it appended; publishing again appends the rest and nothing twice."""
    from tests.pipeline import drain

    records = generate_feed(1200, seed=64)
    path = tmp_path / "big.jsonl"
    path.write_bytes(jsonl(records))
    first_500 = expected_updates([_write(tmp_path / "first.jsonl", jsonl(records[:500]))])
    everything = expected_updates([path])
    env = env_for | {"SITREP_BACKLOG_MAX": "100", "SITREP_BACKLOG_WAIT_S": "0.5"}
    stopped = cli(["publish", str(path)], env)
    assert stopped.returncode == 1 and stopped.stderr.count("\n") == 1
    assert "SITREP_BACKLOG_MAX=100" in stopped.stderr and "what was published is kept" in stopped.stderr
    assert _logged_ids(client, settings.keys) == [u.id for u in first_500]
    again = cli(["publish", str(path)], env_for | {"SITREP_BACKLOG_MAX": "0"})
    assert again.returncode == 0, again.stderr
    assert _logged_ids(client, settings.keys) == [u.id for u in everything]
    drain(client, settings)
    assert Sitrep(client, settings).situation()["counts"]["updates"] == len(everything)


def _logged_ids(client: redis.Redis, keys: Keys) -> list[str]:
    return [e.id for _, f in client.xrange(keys.updates) if isinstance(e := from_fields(f), UpdatePublished)]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_no_code_trims_the_log():
    """No sitrep code trims a stream (XTRIM, MAXLEN, MINID); the only entries ever deleted are dead letters
    being retried or dropped, so an entry not yet acknowledged can never be trimmed away."""
    offenders = []
    for path in sorted([*ROOT.glob("events/*.py"), *ROOT.glob("workers/**/*.py")]):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            lowered = line.lower()
            if "deque(" in line:
                continue  # a bounded deque in memory, not a stream
            if any(word in lowered for word in ("xtrim", "maxlen", "minid", "approximate=")):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
            if "xdel" in lowered and "keys.dead" not in line:
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert not offenders
