"""Instructions an update of a worker's stages costs, counted by callgrind (dev time only).

On a shared 2-core VM the CPU seconds of one stage swing by 10-20% from run to
run (a neighbour on the other hyperthread is enough); callgrind counts
instructions, the same for the same code, inputs and interpreter whatever else
runs. So an A/B of a change to a stage compares these counts; the bench's
updates per second stay the measure of record.

    python bench/tools/stage_instructions.py enrich|classify|prepare|decide [--updates 300] [--root DIR]

`enrich` and `classify` alone on 500-character texts; `prepare` (enrich,
classify, fingerprint, features: all a worker does to one update on its own)
and `decide` (the duplicate and story decisions against the index's
candidates) on the bench's generated feed, in its order, the index (in memory)
holding every update before the measured ones, as in the benchmark's run.

`--root` measures another checkout's code (an old revision unpacked with
`git archive REV | tar -x -C DIR`) with this one's interpreter. The script
loads the stage and warms it on 200 of the bench's 500-character updates
(`bench.stages.sample_texts`) uninstrumented, then switches instrumentation on
(`callgrind_control -i on`) and counts only the measured loop, run under
`itertools.starmap`, which nothing else in sitrep calls (`--toggle-collect`).
Loading under callgrind would take minutes; this way a count takes about 90 s.
Needs valgrind (Debian's package).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WARM = 200

_CHILD = r"""
import collections, itertools, os, sys, time
sys.path.insert(0, sys.argv[1])
from bench.stages import sample_texts
from workers.stages.classify import load_classifier
from workers.stages.enrich import load_enricher
stage, n, warm = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
enricher, classifier = load_enricher(), load_classifier()
texts = sample_texts(n + warm)
# the measured updates are enriched beforehand only when classify is measured (it reads the enrichment):
# an enrich measured on texts it has seen would count its warm caches
enriched = [enricher.enrich(t, lang_hint=h) for t, h in (texts if stage == "classify" else texts[:warm])]
for (t, _), e in zip(texts[:warm], enriched):
    classifier.classify(t, lang=e.lang, enrichment=e)
measured = texts[warm:]
# the collector settled as in a worker: otherwise a data file's size moves when collections fall in the loop
try:
    from workers.analysis import settle_collector
except ImportError:  # an old checkout, measured with --root
    import gc
    settle_collector = lambda: (gc.collect(), gc.freeze())
settle_collector()
open(os.environ["SITREP_CG_READY"], "w").close()
while not os.path.exists(os.environ["SITREP_CG_GO"]):
    time.sleep(0.2)
if stage == "enrich":
    collections.deque(itertools.starmap(lambda t, h: enricher.enrich(t, lang_hint=h), measured), 0)
else:
    pairs = [(t, e) for (t, _), e in zip(measured, enriched[warm:])]
    collections.deque(itertools.starmap(lambda t, e: classifier.classify(t, lang=e.lang, enrichment=e), pairs), 0)
"""

# prepare and decide: the bench's feed in order, an index holding what came before
_FEED_CHILD = r"""
import collections, itertools, os, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from bench import gen
from workers.analysis import _items
from workers.index import MemoryIndex
from workers.offline import DEDUP_WINDOW_H, STORY_WINDOW_H, accepted_updates, default_analyser, preload
from workers.stages.stories import decide
stage, n, warm = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
feed = gen.write_jsonl(Path(tempfile.mkdtemp()) / "feed.jsonl", 5 * (n + warm), seed=7)
updates = accepted_updates([str(feed)])
before, measured = updates[: len(updates) - n], updates[len(updates) - n :]
preload()
analyser = default_analyser(DEDUP_WINDOW_H * 3600, STORY_WINDOW_H * 3600)
index = MemoryIndex(DEDUP_WINDOW_H * 3600, STORY_WINDOW_H * 3600)
for first in range(0, len(before), 500):
    analyser.analyse(before[first : first + 500], index)
if stage == "decide":
    prepared = [analyser.prepare(u) for u in measured]
    candidates = index.add_and_query(_items(prepared))
    pairs = [(u.id, p.item.features, c) for u, p, c in zip(measured, prepared, candidates)]
else:
    for u in before[-warm:]:
        analyser.prepare(u)  # warm caches: the measured updates themselves are new to the stages
# the collector settled as in a worker: otherwise a data file's size moves when collections fall in the loop
try:
    from workers.analysis import settle_collector
except ImportError:  # an old checkout, measured with --root
    import gc
    settle_collector = lambda: (gc.collect(), gc.freeze())
settle_collector()
open(os.environ["SITREP_CG_READY"], "w").close()
while not os.path.exists(os.environ["SITREP_CG_GO"]):
    time.sleep(0.2)
if stage == "decide":
    windows = dict(dedup_window_s=DEDUP_WINDOW_H * 3600, story_window_s=STORY_WINDOW_H * 3600)
    collections.deque(itertools.starmap(lambda i, f, c: decide(i, f, c, **windows), pairs), 0)
else:
    collections.deque(itertools.starmap(lambda u: analyser.prepare(u), ((u,) for u in measured)), 0)
"""


def count(stage: str, updates: int, root: Path) -> float:
    """Millions of instructions an update of `stage` costs, over `updates` updates."""
    with tempfile.TemporaryDirectory(prefix="sitrep-callgrind-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "SITREP_CG_READY": str(work / "ready"), "SITREP_CG_GO": str(work / "go")}
        out = work / "callgrind.out"
        cmd = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--instr-atstart=no",
            "--collect-atstart=no", "--toggle-collect=starmap_next",
            sys.executable, "-c", _CHILD if stage in ("enrich", "classify") else _FEED_CHILD,
            str(root), stage, str(updates), str(WARM),
        ]  # fmt: skip
        errors = (work / "stderr").open("wb")
        proc = subprocess.Popen(cmd, env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=errors)
        while not (work / "ready").exists():
            if proc.poll() is not None:
                raise RuntimeError(f"the stage process ended early:\n{(work / 'stderr').read_text()[-2000:]}")
            time.sleep(0.5)
        subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
        (work / "go").touch()
        failed = proc.wait() != 0
        errors.close()
        if failed:
            raise RuntimeError(f"the stage process failed:\n{(work / 'stderr').read_text()[-2000:]}")
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1]) / updates / 1e6
    raise RuntimeError("callgrind wrote no totals")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stage", choices=("enrich", "classify", "prepare", "decide"))
    ap.add_argument("--updates", type=int, default=300)
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code is measured")
    args = ap.parse_args()
    print(f"{args.stage} at {args.root}: {count(args.stage, args.updates, args.root.resolve()):.3f} M instructions an update")


if __name__ == "__main__":
    main()
