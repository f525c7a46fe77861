"""How fast the machine runs Python at a moment, and how much CPU the hypervisor took.

A run's figures hold for the machine as it was during the run. A VM's speed
drifts: the same code's stages have run 2.4 times slower within one session
here. The reference is a fixed pure-Python workload that uses none of
sitrep's code (splitting, case folding, dict counting, sorting, a regex over
Latin, Greek and Cyrillic text, as the analysis does), so its rate moves with
the machine only: measured at the start, the middle and the end of a run, it
says whether two runs, or two parts of one run, saw the same machine.
"""

from __future__ import annotations

import os
import random
import re
import time

_DIGITS = re.compile(r"\d+")
_LETTERS = "abcdefghijklmnopqrstuvwxyzαβγδεζηθικλμνξοπρστυφχψωабвгдежзийклмнопрстуфхцчшщыэюяіїє"


def _corpus(words: int = 4000, seed: int = 20261128) -> str:
    rng = random.Random(seed)
    vocabulary = ["".join(rng.choice(_LETTERS) for _ in range(rng.randint(2, 11))) for _ in range(900)]
    out = []
    for _ in range(words):
        word = rng.choice(vocabulary)
        out.append(word.capitalize() if rng.random() < 0.1 else str(rng.randint(1, 999)) if rng.random() < 0.05 else word)
    return " ".join(out)


_TEXT = _corpus()


def _round(text: str = _TEXT) -> int:
    words = text.casefold().split()
    counts: dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:50]
    return len(top) + len(_DIGITS.findall(text)) + sum(map(len, words)) % 7


def reference_rate(cpu_s: float = 0.5) -> float:
    """Rounds of the fixed workload per CPU second of this process (higher: a faster machine)."""
    _round()  # warm
    rounds, start = 0, time.process_time()
    while (spent := time.process_time() - start) < cpu_s:
        _round()
        rounds += 1
    return rounds / spent


def steal_s() -> float:
    """CPU seconds the hypervisor has taken from this VM since boot (/proc/stat; 0 where not known)."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()
    except OSError:
        return 0.0
    return int(fields[8]) / os.sysconf("SC_CLK_TCK") if len(fields) > 8 else 0.0


def drift_text(samples: list[tuple[str, float]]) -> str:
    """'start 400, end 300 rounds/s (end -25% on the start; fastest 33% above slowest)' from (moment, rate) samples."""
    text = ", ".join(f"{moment} {rate:,.0f}" for moment, rate in samples) + " rounds/s"
    rates = [rate for _, rate in samples]
    if len(rates) > 1 and min(rates) > 0:
        change = rates[-1] / rates[0] - 1
        text += f" (end {change:+.0%} on the start; fastest {max(rates) / min(rates) - 1:.0%} above slowest)"
    return text
