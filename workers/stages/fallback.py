"""A learned fallback for the updates the rules leave as `other`.

The rules fire on the lexicons' words; an update whose decisive words the
lexicons lack ("бронетехніку перекидають", a verb nobody listed) gets only
`other`. There a small multinomial naive Bayes model over the update's folded
words (the classifier's own `tokenize` and `fold`, each word counted once)
proposes the top label, or abstains. It never adds to what the rules found.

It is trained on the DEV half of tests/data/gold_classify.jsonl only (even ids;
the odd ones stay held out), and its smoothing and abstain threshold are chosen
by k-fold cross-validation over those dev items. The folds train on every dev
item, but each fold is scored only on its items where the rules are silent (the
classifier, after the enricher as in the pipeline, would ask the model): the
model speaks nowhere else, so the rest of dev says nothing about its gain.
Anyone can rebuild the shipped file byte for byte:

    python -m workers.stages.fallback build     # writes workers/data/fallback_model.json
    python -m workers.stages.fallback cv        # prints the cross-validated figures

The model abstains when its own top class is `other` or when the posterior of
its top class is under the threshold; the threshold NEVER, chosen when no
threshold wins more top labels than it loses, silences it. Its label's score is the posterior scaled
by SCORE_SCALE, under the rules' THRESHOLD, and its evidence says it is a
model's guess and names the words that weighed most.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from events.schema import Label
from workers.stages.classify import DATA_DIR, LABELS, fold, tokenize

MODEL_FILE = "fallback_model.json"
MODEL_FORMAT = "fallback-nb/1"
GOLD = Path(__file__).resolve().parents[2] / "tests" / "data" / "gold_classify.jsonl"

MIN_WORD = 3  # shorter words are mostly particles and prepositions: noise at this size
FOLDS = 10
ALPHAS = (0.05, 0.1, 0.2)  # additive smoothing tried by cross-validation
NEVER = 2.0  # a threshold over any posterior: the model abstains on everything
# 0.50 ... 0.95, and NEVER: where no threshold wins more than it loses, the model stays silent
THRESHOLDS = (*(round(0.5 + 0.05 * i, 2) for i in range(10)), NEVER)
SCORE_SCALE = 0.45  # a model's guess scores under every label the rules report (THRESHOLD 0.5 up)
EVIDENCE_WORDS = 4
EVIDENCE_HEAD = "model: naive Bayes over words"


def features(text: str) -> list[str]:
    """The distinct folded words of a text, in sorted order (no number, no short word)."""
    return sorted({fold(w) for w in tokenize(text).words if len(w) >= MIN_WORD and w[0].isalpha()})


def is_dev(record_id: str) -> bool:
    """The gold set's DEV half: ids with an even number (tests/test_eval_classify.py)."""
    return int(record_id[1:]) % 2 == 0


# ---------------------------------------------------------------- the model


@dataclass(frozen=True)
class Counts:
    """What training counts: documents per class, and per word the documents of each class that hold it."""

    classes: tuple[str, ...]
    docs: tuple[int, ...]
    words: dict[str, dict[int, int]]  # word -> {class index: documents}


def count(examples: Iterable[tuple[str, str]]) -> Counts:
    """Counts over (text, top label) pairs; classes in the taxonomy's order."""
    pairs = [(features(text), label) for text, label in examples]
    classes = tuple(lb for lb in LABELS if any(label == lb for _, label in pairs))
    index = {lb: i for i, lb in enumerate(classes)}
    docs = [0] * len(classes)
    words: dict[str, dict[int, int]] = {}
    for feats, label in pairs:
        c = index[label]
        docs[c] += 1
        for f in feats:
            per = words.setdefault(f, {})
            per[c] = per.get(c, 0) + 1
    return Counts(classes, tuple(docs), {w: dict(sorted(words[w].items())) for w in sorted(words)})


class NaiveBayes:
    """Multinomial naive Bayes with additive smoothing, scored sparsely: a class's
    log-probability starts from every known word being unseen in it, and each word
    seen in the class adds its bonus, so a text costs one look-up per word."""

    def __init__(self, counts: Counts, alpha: float, threshold: float):
        self.classes = counts.classes
        self.alpha = alpha
        self.threshold = threshold
        n_classes, n_docs, vocab = len(counts.classes), sum(counts.docs), len(counts.words)
        tokens = [0] * n_classes
        for per in counts.words.values():
            for c, k in per.items():
                tokens[c] += k
        self.prior = [math.log(d / n_docs) for d in counts.docs]
        self.unseen = [math.log(alpha / (t + alpha * vocab)) for t in tokens]
        self.bonus = {
            w: tuple((c, math.log((k + alpha) / alpha)) for c, k in per.items())
            for w, per in counts.words.items()
        }

    def posterior(self, feats: Sequence[str]) -> tuple[list[float], list[str]]:
        """Posterior of every class, and the known words it rests on."""
        known = [f for f in feats if f in self.bonus]
        logp = [p + len(known) * u for p, u in zip(self.prior, self.unseen, strict=True)]
        for f in known:
            for c, b in self.bonus[f]:
                logp[c] += b
        top = max(logp)
        exp = [math.exp(v - top) for v in logp]
        total = sum(exp)
        return [e / total for e in exp], known

    def predict(self, feats: Sequence[str]) -> tuple[str, float, list[str]]:
        """(top class, its posterior, the known words that favour it most over any other class);
        ties go to the taxonomy's order."""
        post, known = self.posterior(feats)
        best = max(range(len(post)), key=lambda c: (post[c], -c))
        weight = {}
        for f in known:
            bonus = dict(self.bonus[f])
            weight[f] = bonus.get(best, 0.0) - max((b for c, b in bonus.items() if c != best), default=0.0)
        favouring = sorted((f for f in known if weight[f] > 0), key=lambda f: (-weight[f], f))
        return self.classes[best], post[best], favouring[:EVIDENCE_WORDS]

    def label(self, text: str) -> Label | None:
        """The model's top label for a text, or None when it abstains."""
        label, p, words = self.predict(features(text))
        if label == "other" or p < self.threshold:
            return None
        evidence = [EVIDENCE_HEAD] + ([f"model words: {', '.join(words)}"] if words else [])
        return Label(label=label, score=round(SCORE_SCALE * p, 3), evidence=evidence)


# ---------------------------------------------------------------- cross-validation and the file


@dataclass(frozen=True)
class Fold:
    """One (alpha, threshold)'s cross-validated figures over the dev items where the rules are silent."""

    alpha: float
    threshold: float
    news: int  # silent dev items whose gold top label is not `other` (the rules' misses)
    right: int  # ... that the model labels, rightly
    fired: int  # ... that the model labels at all
    quiet: int  # silent dev items whose gold label is `other`
    false: int  # ... that the model labels anyway

    @property
    def precision(self) -> float:
        return self.right / self.fired if self.fired else 1.0

    @property
    def coverage(self) -> float:
        return self.fired / self.news if self.news else 0.0

    @property
    def false_on_other(self) -> float:
        return self.false / self.quiet if self.quiet else 0.0

    @property
    def gain(self) -> float:
        """Top labels won minus top labels lost, per silent item: a fire on a miss that
        is right wins one, a fire on a true `other` loses one (a wrong fire on a miss
        leaves it wrong). This is the change in top-right the model makes on dev."""
        return (self.right - self.false) / (self.news + self.quiet)


@dataclass(frozen=True)
class Example:
    """A dev item: its text, its gold top label, and whether the rules leave it to the model."""

    id: str
    text: str
    top: str
    silent: bool


class _Asked:
    """A fallback that abstains and remembers being asked: the classifier's own test of silence,
    so that this module keeps no copy of it."""

    def __init__(self) -> None:
        self.asked = False

    def label(self, text: str) -> Label | None:
        self.asked = True
        return None


def rules_silent(records: Sequence[dict]) -> list[bool]:
    """For each gold record, whether the rules leave it to the model, enriched first as in the pipeline."""
    from workers.stages.classify import RuleClassifier, load_classifier
    from workers.stages.enrich import load_enricher  # only the build needs the enricher

    probe = _Asked()
    rules = RuleClassifier(load_classifier().lexicon, fallback=probe)
    enricher = load_enricher()
    out = []
    for r in records:
        probe.asked = False
        e = enricher.enrich(r["text"], lang_hint=r["lang"])
        rules.classify(r["text"], lang=e.lang, enrichment=e)
        out.append(probe.asked)
    return out


def dev_examples(path: Path = GOLD) -> list[Example]:
    """The gold set's dev half, in file order."""
    with open(path, encoding="utf-8") as fh:
        records = [r for r in (json.loads(line) for line in fh if line.strip()) if is_dev(r["id"])]
    return [Example(r["id"], r["text"], r["top"], s) for r, s in zip(records, rules_silent(records), strict=True)]


def cross_validate(examples: Sequence[Example], folds: int = FOLDS) -> list[Fold]:
    """Every (alpha, threshold) of the grid, scored by k-fold cross-validation (item i in fold i mod k):
    each fold trains on every dev item outside it and is scored on its own silent items."""
    # alpha -> (gold top, predicted, posterior) of every silent dev item, predicted by the folds without it
    predicted: dict[float, list[tuple[str, str, float]]] = {a: [] for a in ALPHAS}
    for k in range(folds):
        train = [(x.text, x.top) for i, x in enumerate(examples) if i % folds != k]
        test = [(x.text, x.top) for i, x in enumerate(examples) if i % folds == k and x.silent]
        counts = count(train)
        for alpha in ALPHAS:
            model = NaiveBayes(counts, alpha, 0.0)
            for text, top in test:
                label, p, _ = model.predict(features(text))
                predicted[alpha].append((top, label, p))
    out = []
    for alpha in ALPHAS:
        for t in THRESHOLDS:
            news = [(g, lb, p) for g, lb, p in predicted[alpha] if g != "other"]
            quiet = [(g, lb, p) for g, lb, p in predicted[alpha] if g == "other"]
            fired = [(g, lb) for g, lb, p in news if lb != "other" and p >= t]
            out.append(Fold(
                alpha, t, len(news), sum(g == lb for g, lb in fired), len(fired),
                len(quiet), sum(1 for _, lb, p in quiet if lb != "other" and p >= t),
            ))  # fmt: skip
    return out


def choose(grid: Sequence[Fold]) -> Fold:
    """The best gain; on a tie the higher threshold, then the stronger smoothing (the more cautious)."""
    return max(grid, key=lambda f: (round(f.gain, 9), f.threshold, f.alpha))


def build(path: Path = GOLD) -> bytes:
    """The model file's bytes: counts over every dev item, the cross-validated alpha and threshold."""
    examples = dev_examples(path)
    chosen = choose(cross_validate(examples))
    counts = count((x.text, x.top) for x in examples)
    doc = {
        "format": MODEL_FORMAT,
        "trained_on": "tests/data/gold_classify.jsonl, dev half (even ids)",
        "alpha": chosen.alpha,
        "threshold": chosen.threshold,
        "cv": {
            "folds": FOLDS,
            "scored_on": "dev items where the rules are silent",
            "silent": chosen.news + chosen.quiet,
            "gain": round(chosen.gain, 4),
            "precision": round(chosen.precision, 4),
            "coverage": round(chosen.coverage, 4),
            "false_on_other": round(chosen.false_on_other, 4),
        },
        "classes": list(counts.classes),
        "docs": list(counts.docs),
        # word -> [class index, documents, class index, documents, ...]
        "words": {w: [x for c, k in per.items() for x in (c, k)] for w, per in counts.words.items()},
    }
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def load_model(data_dir: Path = DATA_DIR) -> NaiveBayes | None:
    """The shipped model, or None when the file is absent (the rules then stand alone)."""
    path = data_dir / MODEL_FILE
    if not path.exists():
        return None
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc.get("format") != MODEL_FORMAT:
        raise ValueError(f"{path}: format {doc.get('format')!r}, expected {MODEL_FORMAT!r}")
    words = {w: {flat[i]: flat[i + 1] for i in range(0, len(flat), 2)} for w, flat in doc["words"].items()}
    counts = Counts(tuple(doc["classes"]), tuple(doc["docs"]), words)
    return NaiveBayes(counts, doc["alpha"], doc["threshold"])


def main(argv: Sequence[str]) -> int:
    cmd = argv[0] if argv else "build"
    if cmd == "cv":
        examples = dev_examples()
        grid = cross_validate(examples)
        best = choose(grid)
        print(f"{len(examples)} dev items; the rules are silent on {best.news + best.quiet}"
              f" ({best.news} with a gold label, {best.quiet} gold `other`); figures on those")  # fmt: skip
        print(f"{'alpha':>6}{'threshold':>10}{'precision':>10}{'coverage':>10}{'false/other':>12}{'gain':>8}")
        for f in grid:
            mark = "  <- chosen" if f == best else ""
            threshold = "never" if f.threshold == NEVER else f.threshold
            print(f"{f.alpha:>6}{threshold:>10}{f.precision:>10.3f}{f.coverage:>10.3f}"
                  f"{f.false_on_other:>12.3f}{f.gain:>8.3f}{mark}")  # fmt: skip
        return 0
    if cmd == "build":
        out = DATA_DIR / MODEL_FILE
        data = build()
        out.write_bytes(data)
        print(f"wrote {out} ({len(data):,} bytes)")
        return 0
    print("usage: python -m workers.stages.fallback build|cv", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
