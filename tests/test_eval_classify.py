"""Classification measured on the hand-labelled set (tests/data/gold_classify.jsonl, issue 5).

Each update goes through the enricher and then the classifier, as in the
pipeline. Figures: the share of updates whose every gold label is found
("all gold found"), the share whose top label is right, per-label precision and
recall, and the accuracy of negotiation_status, alert_status and
civilian_target.

The gold set is split once and for all: ids with an even number (c002, c004,
...) are the DEV half, the only half the rules and lexicons were tuned on; odd
ids are the HELD-OUT half. The floors below sit a little under the held-out
figures reached, so that a regression fails; the goals of issue 5 are printed
next to them.

    python -m pytest -q -s tests/test_eval_classify.py     # prints the tables
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pytest

from tests.evaluation import Score, load
from workers.stages.classify import LABELS, load_classifier
from workers.stages.enrich import load_enricher
from workers.stages.fallback import is_dev

LANGS = ("el", "en", "uk", "ru", "fr", "de", "es", "ar", "it", "pl", "pt", "tr", "nl", "he", "fa", "hi", "zh", "id", "ja", "ko", "sr", "ro", "bg", "cs", "sk", "vi", "sv", "ur", "be", "ka", "bn", "hu", "sw", "hy", "az", "lt", "da", "fi", "lv", "et", "tl", "ps", "am", "so")
# Serbian, Croatian and Bosnian are one language read with one lexicon: their gold codes share the sr column
COLUMN_OF_LANG = {"hr": "sr", "bs": "sr", "no": "da", "fil": "tl"}
# is_dev: the fallback's own split (even ids dev), so the model never trains on a held-out item




@dataclass(frozen=True)
class Predicted:
    labels: tuple[str, ...]
    negotiation_status: str | None
    alert_status: str | None
    civilian_target: bool


def run(record: dict) -> Predicted:
    """Enrich then classify, as workers/analysis does."""
    e = load_enricher().enrich(record["text"], lang_hint=record["lang"])
    c = load_classifier().classify(record["text"], lang=e.lang, enrichment=e)
    return Predicted(
        labels=tuple(t.label for t in c.types),
        negotiation_status=c.negotiation_status,
        alert_status=c.alert_status,
        civilian_target=c.civilian_target,
    )


ATTRIBUTES = ("negotiation_status", "alert_status", "civilian_target")


@dataclass
class Report:
    n: int = 0
    all_found: int = 0
    top: int = 0
    exact: int = 0
    attrs: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTES, 0))
    per_label: dict[str, Score] = field(default_factory=lambda: {lb: Score() for lb in LABELS})
    micro: Score = field(default_factory=Score)
    errors: list[tuple[str, str, object, object]] = field(default_factory=list)

    def share(self, k: int) -> float:
        return k / self.n if self.n else 1.0


def evaluate(records: Iterable[dict], preds: dict[str, Predicted]) -> Report:
    rep = Report()
    for g in records:
        p = preds[g["id"]]
        rep.n += 1
        got, want = set(p.labels), set(g["labels"])
        rep.all_found += want <= got
        rep.top += p.labels[0] == g["top"]
        rep.exact += got == want
        rep.micro.add(got, want)
        for lb in LABELS:
            rep.per_label[lb].add({lb} & got, {lb} & want)
        if got != want or p.labels[0] != g["top"]:
            rep.errors.append((g["id"], "labels", list(p.labels), g["labels"]))
        for a in ATTRIBUTES:
            ok = getattr(p, a) == g[a]
            rep.attrs[a] += ok
            if not ok:
                rep.errors.append((g["id"], a, getattr(p, a), g[a]))
    return rep


GOALS = {"all gold found": 0.9, "top right": 0.9}


def all_reports(gold: list[dict], preds: dict[str, Predicted]) -> dict[str, Report]:
    out = {
        "dev": evaluate([g for g in gold if is_dev(g["id"])], preds),
        "held-out": evaluate([g for g in gold if not is_dev(g["id"])], preds),
        "all": evaluate(gold, preds),
    }
    for lang in LANGS:
        out[lang] = evaluate([g for g in gold if COLUMN_OF_LANG.get(g["lang"], g["lang"]) == lang], preds)
    return out


def summary_rows(rep: Report) -> dict[str, float]:
    return {
        "all gold found": rep.share(rep.all_found),
        "top right": rep.share(rep.top),
        "exact set": rep.share(rep.exact),
        "micro P": rep.micro.precision,
        "micro R": rep.micro.recall,
        "micro F1": rep.micro.f1,
        **{a: rep.share(rep.attrs[a]) for a in ATTRIBUTES},
    }


def table(reports: dict[str, Report]) -> str:
    cols = list(reports)
    lines = [f"{'figure':<20}" + "".join(f"{c:>10}" for c in cols) + f"{'goal':>8}"]
    lines.append(f"{'n':<20}" + "".join(f"{reports[c].n:>10}" for c in cols))
    rows = {c: summary_rows(r) for c, r in reports.items()}
    for name in rows[cols[0]]:
        goal = GOALS.get(name)
        lines.append(
            f"{name:<20}"
            + "".join(f"{rows[c][name]:>10.3f}" for c in cols)
            + (f"{goal:>8.2f}" if goal else "")
        )
    return "\n".join(lines)


def label_table(reports: dict[str, Report], cols: tuple[str, ...] = ("dev", "held-out", "all")) -> str:
    head = f"{'label':<22}" + "".join(f"{c + ' P':>12}{c + ' R':>12}" for c in cols) + f"{'support':>9}"
    lines = [head]
    for lb in LABELS:
        cells = ""
        for c in cols:
            s = reports[c].per_label[lb]
            cells += f"{s.precision:>12.3f}{s.recall:>12.3f}"
        support = reports["all"].per_label[lb].tp + reports["all"].per_label[lb].fn
        lines.append(f"{lb:<22}{cells}{support:>9}")
    return "\n".join(lines)


# ---------------------------------------------------------------- tests


@pytest.fixture(scope="module")
def results() -> tuple[list[dict], dict[str, Report]]:
    gold = load("gold_classify.jsonl")
    preds = {g["id"]: run(g) for g in gold}
    return gold, all_reports(gold, preds)


# A little under the held-out figures reached after tuning on the dev half (1743
# records: c001-c288 written first, c289-c700 added with issue 5's rule work,
# c701-c977 in round two, c978-c1139 in round three, c1140-c1263 in round four,
# c1264-c1423 in round five, c1424-c1583 in round six, c1584-c1743 in round seven, c1744-c1903 in round
# eight, each batch labelled before the classifier ran on it). Round two aimed its new
# items at the weakest labels, so its held-out half is harder than the rest (0.734
# and 0.727). Round three (weak labels again: force_movement, civil_measure,
# look-alikes of other) showed that most misses there are words the lexicons
# lack, not rules. Round four (other crises: wildfires, quakes, floods, elections,
# naval moves) grew the lexicons from dev misses only: the old held-out half went
# from 0.842 / 0.818 to 0.865 / 0.840, the new one stands at 0.790 / 0.758.
# The learned fallback (workers/stages/fallback.py, trained on the dev half only, for
# updates no rule fires on) took the held-out half from 0.858 / 0.840 to 0.867 / 0.851.
# Round five (160 items, every label in each language, other crises, new wording): before
# any tuning its new held-out half scored 0.925 / 0.900 and the whole held-out half
# 0.874 / 0.857; after tuning on dev misses only, 0.871 / 0.855 (the fallback retrained
# with the new dev items costs one held-out item).
# classify/9 (2,534 lexicon entries of news vocabulary, chosen from dev and the words'
# meanings): held-out 0.883 / 0.869. Round six (160 items written and labelled blind,
# other crises) scored 0.806 / 0.787 out of sample at classify/8 and 0.831 / 0.800 at
# classify/9; with it the held-out half (792) is 0.885 / 0.869, the fallback retrained.
# classify/10 (tuned on round six's dev misses: appeals, anniversaries, what a protest
# opposes, vocabulary): held-out 0.888 / 0.872, dev 0.986 / 0.984.
# classify/11 (precision, from a helper's own probe set of 200 blind-labelled updates:
# contests of sport and votes are no fighting, lay speakers no statement, handouts are
# humanitarian): held-out 0.891 / 0.876, dev unchanged.
# Round seven (c1584-c1743, 160 items written and labelled blind, crises rare in the set and
# texts that tempt over-assignment) scored .825 / .800 out of sample at classify/11; with it the
# held-out half (872) is 0.884 / 0.867. classify/12 (tuned on dev misses only: commentary on
# sanctions, air defence on the move, ceasefire violations, strikes people flee, hideouts,
# tallies over months, roads blocked to press a demand, lay voices, drones shot down, history
# "years ago"; the fallback retrained): held-out 0.888 / 0.870, dev 0.985 / 0.982.
# classify/13 (concepts checked on dev and on a helper's own probe sentences in all four languages:
# a state or force that strikes from afar is no clash, economic figures no statement, battles of
# prices and matches, a past year, violence asked to stop or fled from, things entering into force or
# service, assets seized, warships at sea and equipment gathering on outskirts): held-out 0.889 / 0.870,
# dev 0.985 / 0.982; only two held-out items changed, so the held-out misses lie in other wording.
# Round eight (c1744-c1903, 160 items written and labelled blind: Telegram-style force movement, columns
# crossing borders, trade deals left, fires outside a conflict, and texts that tempt armed_clash,
# territorial_control, statement and other) scored .844 / .825 out of sample at classify/13, its odd half
# .863 / .812; with it the held-out half (952) was 0.887 / 0.866. classify/14 (tuned on dev misses and a
# helper's own probe sentences: equipment unloaded or brought in, columns entering a country and warships
# entering a port move, airspace entered, fires and blasts outside the conflicts, debris of shot-down
# missiles, truces on strikes, proposals turned down, evacuation orders in any words, trade halted, hacked
# websites, raids, artillerymen, missile threats as alerts; films, medics, memories, training, votes,
# conditionals, situations "under control", lay warnings and declined comments make no clash, place or
# statement; a match, a price, a film, a forecast or an opinion keeps the fallback silent): with the
# previous fallback model 0.893 / 0.877; with the fallback retrained on the new dev half, as its build
# does (its cross-validation now picks alpha 0.2 and threshold 0.55, and it fires on more true `other`
# items), 0.887 / 0.871, dev 0.987 / 0.983.
# classify/15: the fallback's cross-validation then counted only the dev items where the rules are silent (36 of 951:
# 4 misses, 32 true `other`), where the model runs; there every threshold lost more true `other` items
# than it won misses, so it chose NEVER and the model is silent: held-out 0.877 / 0.859, dev 0.983 / 0.979
# (the rules, tuned on dev misses, leave few dev misses for the model, so dev undervalues it).
# Round nine (c1904-c2063, 160 items written and labelled blind: reason clauses, demands, airspace closed to
# aircraft, and texts that tempt armed_clash, territorial_control, statement and other, about crises rare in the
# set) scored .831 / .812 out of sample at classify/15, its odd half .800 / .762 (at classify/14, with its earlier
# fallback, .844 / .825 and .825 / .787; three items corrected before tuning, see tests/data/README.md); with it
# the held-out half (1032) is 0.871 / 0.852.
# classify/16 (tuned on round nine's dev misses and a helper's own probe sentences in all four languages: a
# demand or an appeal reports no withdrawal and no captives, a reason given ("citing Western sanctions") is
# background, airspace closed to another state's aircraft is a sanction and closed as such a measure at home,
# the fighting or strikes a tally counts are its subject, plans and "any" deployment have not happened, a
# singer's or a coach's words are no statement, abductions, radio towers, enemy losses, halted gas, rallies at
# a court, delegations "are meeting", children "taken out", a hack before the flights it grounded; the fallback
# rebuilt, still NEVER): held-out 0.875 / 0.855, dev 0.986 / 0.981.
# French (c2184-c2243, 60 items written and labelled blind, a French column of its own): before any French rule
# the English lexicon read them, 0.200 / 0.200 on each half; classify/16+fr (lexicon_fr.json, tuned on the dev
# half and a helper's own probe sentences): dev 1.000 / 1.000, held-out 0.933 / 0.933; the held-out half (1062)
# 0.877 / 0.857, and el/en/uk/ru unchanged.
# German (c2304-c2363, 60 items written and labelled blind before lexicon_de.json existed): with English cues
# only they scored 0.167 / 0.167 (dev half) and 0.133 / 0.133 (odd half); with lexicon_de.json, tuned on the
# dev half and on a helper's own 60 probe sentences, 1.000 / 1.000 and 0.967 / 0.900; the held-out half of
# el/en/uk/ru unchanged (0.875 / 0.855), with the German items (1062) 0.878 / 0.856. Both languages merged: see
# the figures below.
# Round ten (c2064-c2183, 120 items written and labelled blind: blasts, fires and strikes in crises outside the list
# of countries at war and inside it, accidents in peaceful places) scored .825 / .817 out of sample at classify/16,
# its odd half .800 / .800; at classify/17's first commit (a blast is an explosion wherever the text speaks of a war;
# the list a setting) .833 / .825 and .817 / .817; with it the held-out half (1092) was 0.872 / 0.853.
# classify/17 (tuned on round ten's dev misses and probe sentences in all four languages: a gas leak or a short
# circuit is a known cause, an accident whose dead are humanitarian; arson at a school or a hospital is an attack,
# no explosion; "near the market" says where a blast was, "near Haifa" after the depot leaves it hit; strike drones
# shot down struck nothing; a bomb blast is no air strike; firefighters' "under control" takes no territory; an
# accident the authorities report makes no statement; pipelines, "will resume" talks; c1276 relabelled; the
# fallback rebuilt, still NEVER): held-out 0.873 / 0.855, dev 0.984 / 0.978, the round's odd half .833 / .867.
# classify/17+es: Spanish, a first-class language. Sixty updates (c2244-c2303, every label at least twice, written
# and labelled blind) read with the English lexicon scored .200 / .200 on their dev half and .133 / .133 on their
# held-out half; with lexicon_es.json (every concept of the English one, forms and stems, read without lemmas as
# German is; written from the words' meanings and tuned on the Spanish dev half and a helper's own probe sentences,
# never on held-out items), the Spanish place, actor and figure tables and a language tie-break for short lines,
# .967 / .967 and .967 / .933. The held-out half of the other languages is unchanged (1,152 items, 0.877 / 0.859);
# with Spanish the held-out half (1,182) is 0.879 / 0.860.
# classify/19: Turkish, a first-class language. Sixty updates (c2640-c2699, every label at least twice, written and
# labelled blind) read as English scored .067 / .067 on each half; with lexicon_tr.json (every concept of the
# English one, stems for Turkish suffixes, read without lemmas), ı and İ folded to i, Turkish detection, places,
# actors and figures, tuned on the Turkish dev half and probe sentences of a helper's own, never on held-out
# items: dev 1.000 / .900, held-out .900 / .900 (.933 / .933 after the first lexicon, before three rounds of
# probes).
# The held-out half of the other languages (1,182) went from 0.879 / 0.860 to 0.880 / 0.861 (the rebuilt
# fallback); with Turkish the held-out half (1,212) is 0.880 / 0.862.
# classify/19: Italian, a language of its own. Sixty updates (c2460-c2519, every label at least twice and at least
# once in each half, written and labelled blind) read with the English lexicon at classify/18 scored .233 / .333 on
# their dev half and .133 / .200 on their held-out half; with lexicon_it.json (every concept of the English one,
# forms and stems written from the words' meanings, read without lemmas and without English as French is), Italian
# elisions cut from the word in both tokenizers, short-line detection, figures and names: .967 / .967 on each half
# (the first measure of the lexicon as written, before any dev fix, was .900 / .900 and .967 / .967; one dev miss is
# left: markets rising "dopo l'annuncio della tregua" read as talks). The held-out half of the other languages is
# unchanged (1,182 items, 0.879 / 0.860); with Italian the held-out half (1,212) is 0.881 / 0.863.
# classify/19: Portuguese, a language of its own. Sixty updates (c2520-c2579, European and Brazilian wording, every label
# at least twice, written and labelled blind) read with the other lexicons scored .467 / .533 on their dev half and
# .333 / .367 on their held-out half; with lexicon_pt.json (every concept, forms and stems, read without lemmas as
# Spanish is; tuned on the Portuguese dev half and a helper's own probe sentences, never on held-out items), detection
# of short Portuguese lines, 1.000 / 1.000 and .900 / .933. Two rules changed for every language (troops named where
# fighting is reported fight there, no territorial_control; a stance needs its speaker in its own clause): the held-out
# half of the other languages keeps 0.879 / 0.860 (1,182 items; micro P 0.856 -> 0.859); with Portuguese the held-out
# half (1,212) is 0.880 / 0.862.
# classify/19: Polish, a first-class language. Sixty updates (c2580-c2639, every label in each half, written and
# labelled blind) read with the English lexicon scored .167 / .167 on their dev half and .133 / .133 on their
# held-out half; with lexicon_pl.json (every concept of the English one, stems and case forms written from the
# words' meanings, read without lemmas as German and Spanish are; tuned on the Polish dev half and four probe sets
# of a helper's own, never on held-out items), the Polish place, actor and figure tables and Polish letters in
# language detection, 1.000 / 1.000 and .933 / .933. The held-out half of the other languages is unchanged
# (1,182 items, 0.879 / 0.860); with Polish the held-out half (1,212) is 0.880 / 0.862.
# classify/19: Arabic, a first-class language. Sixty updates (c2400-c2459, every label at least twice, written and
# labelled blind) read by no lexicon scored .100 / .100 on each half; with lexicon_ar.json (every concept of the
# English one, forms, broken plurals and stems, clitics, harakat and pronoun suffixes read by rule, no simplemma
# dictionary), the Arabic place, actor, outlet and figure tables, tuned on the Arabic dev half and three probe sets
# of a helper's own, never on held-out items: dev 1.000 / 1.000, held-out .933 / .933. The other languages' columns
# are unchanged; with Arabic the held-out half (1,212) is 0.880 / 0.862.
# Round eleven (c2700-c2819, 120 items written and labelled blind, 30 a language in el/en/uk/ru: crises other than
# the war in Ukraine, quakes, floods, fires, hurricanes, epidemics, coups and mutinies, kidnappings and hostages freed,
# suicide bombings, riots, the Red Sea, nuclear plants, sanctions and aid, hacks, talks on Gaza, Sudan, Congo and
# Armenia-Azerbaijan, denials, every label at least four times) scored .850 / .833 out of sample at classify/18, its
# odd half .850 / .800; with it the held-out half (1,242) was 0.878 / 0.857. classify/19 (tuned on the round's dev half
# and on a helper's own probe sentences in the four languages: a listed form keeps its meaning against its lemma,
# abbreviations end no sentence, suicide bombers and vests, hostages and crews freed, an assault on a school, riots,
# quarantines, aid pledged "for" refugees, the terms and the occasion of talks, what a condemnation names, an attack
# people are arrested over; the fallback rebuilt, still NEVER): held-out 0.885 / 0.859 (without the round 0.885 /
# 0.860), dev 0.987 / 0.983, the round's odd half .883 / .833; every language's column up or unchanged.
# Round twelve (c2820-c2939, 120 items in Greek and English written and labelled blind, the languages alternating in
# pairs of ids: statements against commentary, fighting against control claims, forces moved in many words, outages,
# tallies, displacement, sanctions and aid) scored .875 / .867 out of sample at classify/19, its dev half .900 / .867,
# its odd half .850 / .867; with it the held-out half (1,452) was 0.889 / 0.868. classify/20 (tuned on the round's dev
# misses and on probe sentences of a helper's own: a denial that opens a report and took an event away leads it, who
# or where is not what is denied, sanctions target no battlefield, trains and ports halted, what moved the markets or
# what someone warns of, conditionals, drones that "fell"; el/en words for forces on the move, outages, tallies and
# flight): held-out 0.890 / 0.870 (without the round 0.891 / 0.869 -> 0.892 / 0.870), dev 0.989 / 0.983, the round's
# odd half unchanged (.850 / .867); el held-out 0.850 / 0.847 -> 0.857 / 0.854, en 0.871 / 0.848 unchanged.
# Round twelve (b) (c2940-c3059, 120 items in Ukrainian and Russian, written and labelled blind, aimed at the held-out
# half's weak labels: statements against commentary, fighting against control claims, troop movements in verbs and
# participles, outages, tallies, displacement, sanctions and aid) scored .867 / .833 out of sample at classify/19 (even
# half .867 / .833, odd half .867 / .833); with it the held-out half (1,452) was 0.890 / 0.867. classify/22 (tuned on
# the uk/ru dev misses and a helper's own probe sentences: attempts to advance and attackers falling back "with
# losses" are fighting, units pulled out of a sector redeploy, denials that name their speaker, agreed exchanges,
# colon headings of an office, a strike before the outage it caused, tallies per day and month, "через" before
# violence, sanctions behind economic news; the fallback rebuilt, still NEVER): held-out 0.893 / 0.874 (the items
# before the round 0.891 / 0.869 -> 0.893 / 0.874; uk 0.921 / 0.884 -> 0.921 / 0.888, ru 0.880 / 0.846 -> 0.891 /
# 0.861), dev 0.983 / 0.977 -> 0.990 / 0.983, the round's odd half .900 / .883.
# classify/20: Hebrew, a language of its own. Sixty updates (c3060-c3119, every label at least twice and in each
# half, written and labelled blind) read by no lexicon scored .067 / .067 on their dev half and .100 / .100 on their
# held-out half; with lexicon_he.json (every concept of the English one, forms and stems written from the words'
# meanings, prefixes stripped by rule, niqqud, final letters and gershayim folded, no simplemma dictionary), the
# Hebrew place, actor, outlet and figure tables, tuned on the Hebrew dev half and three probe sets of a helper's own,
# never on held-out items: dev 1.000 / 1.000, held-out .900 / .933 (the same as the lexicon first measured, before
# any dev fix). The other languages' columns are unchanged (the held-out half without Hebrew, 1,392 items, keeps
# 0.891 / 0.869); with Hebrew the held-out half (1,422) is 0.891 / 0.870.
# classify/24: Persian, a language of its own. Sixty updates (c3180-c3239, every label in each half, written and
# labelled blind) read with the Arabic lexicon's whole words only scored .133 / .133 on each half; with
# lexicon_fa.json (every concept, forms and stems; ی/ک and the ZWNJ folded, می/نمی and plural, ezafe and pronoun
# endings stripped by rule, no simplemma dictionary), the Persian figures, names and outlets, and Persian read as
# verb-final (negated verbs after their cue, a denial after what it denies, a protest's cause before its verb),
# tuned on the Persian dev half and three probe sets of a helper's own, never on held-out items: dev 1.000 / .967,
# held-out .967 / .900 (.867 / .800 after the first dev pass). The other languages' columns are unchanged except
# Turkish, whose dev half gains one top label (.900 -> .933: a denial closing what it denies); its held-out half
# keeps .900 / .900. The held-out half (1,602) is 0.896 / 0.878.
# classify/25: Hindi, a language of its own. Sixty updates (c3240-c3299, every label in each half, written and
# labelled blind) read by no lexicon scored .067 / .067 on their dev half and .100 / .100 on their held-out half; with
# lexicon_hi.json (every concept, postpositions as words of their own, forms and stems, the nukta folded, no simplemma
# dictionary) and the Hindi place, actor, outlet and figure tables, tuned on the Hindi dev half and three probe sets of
# a helper's own, never on held-out items: dev 1.000 / .933, held-out .867 / .800 (the lexicon as first written:
# .833 / .767). The other languages' columns are unchanged; with Hindi the held-out half (1,602) is 0.894 / 0.876.
# classify/27: Indonesian, a language of its own. Sixty updates (c3420-c3479, every label in each half, written and
# labelled blind) read as Dutch, Italian or English scored .133 / .133 on their dev half and .167 / .167 on their
# held-out half; with lexicon_id.json (every concept, affixed forms and stems, not read with English, no simplemma
# dictionary), tuned on the Indonesian dev half and probe sentences of a helper's own, never on held-out items: dev
# 1.000 / .967, held-out .933 / .933. The other languages' columns are unchanged; the held-out half (1,692) is
# 0.897 / 0.878.
# classify/30: Serbian, Croatian and Bosnian, one language of its own. Sixty updates (c3600-c3659, Serbian in both
# scripts, Croatian and Bosnian, every label in each half, written and labelled blind) read as Czech, Slovak, Russian
# or by no lexicon scored .267 / .300 on their dev half and .267 / .267 on their held-out half; with lexicon_sr.json
# (every concept, ekavian and ijekavian forms and stems in Latin letters, Cyrillic read through its Latin spelling,
# hr and bs read as sr, no simplemma dictionary) as first written, before any tuning: dev 1.000 / 1.000, held-out
# 1.000 / 1.000. The other languages' columns are unchanged.
# classify/31: Romanian, a language of its own (Romania's and Moldova's usage). Sixty updates (c3540-c3599, every
# label in each half, written and labelled blind) read by no lexicon of their own scored .267 / .267 on their dev half
# and .233 / .233 on their held-out half; with lexicon_ro.json (every concept, stems with the enclitic article, not
# read with English, no simplemma dictionary), tuned on the Romanian dev half and probe sentences of a helper's own,
# never on held-out items: dev 1.000 / 1.000, held-out .933 / .967 (.900 / .933 before the letters ă ș ț counted in
# detection, from probe sentences). The other languages' columns are unchanged; the held-out half (1,752) is 0.897 /
# 0.877.
# classify/32: Bulgarian, a language of its own. Sixty updates (c3720-c3779, every label in each half, written and
# labelled blind) read as Russian scored .300 / .300 on their dev half and .433 / .500 on their held-out half; with
# lexicon_bg.json (every concept, forms and stems with the postposed article, no simplemma dictionary, read by
# Bulgarian updates alone) and Bulgarian detected by its own words, tuned on the Bulgarian dev half only: dev
# 1.000 / .967, held-out .933 / .900. The other languages' columns are unchanged; the held-out half (1,752) is
# 0.897 / 0.876.
# classify/33: Czech and Slovak, languages of their own read with one lexicon. Sixty updates (c3660-c3719, 40 Czech
# and 20 Slovak, every label in each half, written and labelled blind) read by no lexicon scored .200 / .200 on their
# dev half and .267 / .267 on their held-out half; with lexicon_cs.json (every concept, both languages' case forms
# and stems, not read with English, no simplemma dictionary), tuned on the dev half and probe sentences of a helper's
# own, never on held-out items: dev 1.000 / 1.000, held-out 1.000 / 1.000 (the lexicon as first written: .867 / .867
# and .967 / .967). The other languages' columns are unchanged; the held-out half (1,752) is 0.898 / 0.878.
# classify/34: Vietnamese, a language of its own. Sixty updates (c3780-c3839, every label in each half, written and
# labelled blind) read by no lexicon of their own scored .133 / .133 on each half; with lexicon_vi.json (every concept,
# phrases of syllables read folded, a syllable that folds onto a frequent other one only inside a longer phrase, no
# simplemma dictionary, not read with English), tuned on the Vietnamese dev half and probe sentences of a helper's own,
# never on held-out items: dev 1.000 / 1.000, held-out .967 / .867. The other languages' columns are unchanged; the
# held-out half (1,842) is 0.900 / 0.879.
# classify/35-39 (2026-11-28, helpers, each in a worktree of its own, merged one by one with every other language's
# column compared cell by cell): Swedish (c3960-c4019), Urdu (c4020-c4079), Belarusian (c3840-c3899) and Georgian
# (c3900-c3959), sixty updates each written and labelled blind before any rule for them, read before by no lexicon of
# their own (held-out halves .167 / .167, .100 / .100, .200 / .200, .133 / .133), tuned on their dev halves and probe
# sentences only: held-out 1.000 / .967, .933 / .933, .967 / .933, .967 / .967. The core round (c4080-c4139, fifteen
# blind updates a language in el, en, uk and ru aimed at look-alikes of the weak labels): its held-out half .833 /
# .833 -> .867 / .867, the core four's held-out .863 -> .864 top right. The held-out half (2,052) is 0.905 / 0.885.
# classify/40-41: Bengali (c4200-c4259) and Hungarian (c4140-c4199) the same way: held-out .100 / .100 -> .867 / .900
# and .167 / .167 -> .933 / .933; the held-out half (2,112) is 0.905 / 0.886.
# classify/70 (round fifteen, el and en): sixty updates (c5340-c5399) written and labelled blind, measured once before
# tuning: dev .933 / .967, held-out .800 / .800; tuned on the dev half, dev misses and probe sentences only: .967 / 1.000
# and .833 / .867. The held-out halves before it: en .860 / .840 -> .863 / .845, el .869 / .877 -> .874 / .882; ru and sw
# columns up, every other column unchanged. The held-out half (2,682) is 0.913 / 0.897.
# classify/71: round fifteen (c5400-c5459, 30 Ukrainian and 30 Russian updates written and labelled blind, aimed at
# clash and statement look-alikes, troops and ships moving, Telegram posts, milbloggers and other crises) scored .900 /
# .800 on its dev half and .800 / .767 on its held-out half at classify/68; tuned on its dev half, the uk/ru dev misses
# and probe sentences of a helper's own: dev 1.000 / 1.000, its held-out half unchanged; the older held-out items in
# Russian 0.908 / 0.888 -> 0.911 / 0.891, in Ukrainian unchanged (0.922 / 0.905). The held-out half (2,682, without the en/el batch) was 0.912 / 0.895.
# Both batches merged with this session's own fixes (classify/69-71): the held-out half (2,712) is 0.912 / 0.896.
# classify/72: a ja/hi/ko pass tuned on their dev misses and probe sentences (no new gold): held-out ja 0.867 / 0.767,
# hi 0.867 / 0.800 unchanged, ko 0.933 / 0.867 -> 0.933 / 0.900; every other column unchanged; the held-out half
# (2,712) is 0.912 / 0.897.
# classify/74: a fr/es/it/pt/de pass tuned on their dev misses and probe sentences (no new gold): held-out pt
# 0.900 / 0.933 -> 0.933 / 0.967, fr, es, it, de unchanged; a coach's or a witness's quotation no statement also lifted
# ko 0.933 / 0.900 -> 0.967 / 0.933, be 0.967 / 0.933 -> 1.000 / 0.967, ka 0.967 / 0.967 -> 1.000 / 1.000 and uk
# 0.914 / 0.901 -> 0.917 / 0.904, no cell fell; the held-out half (2,712) is 0.914 / 0.899.
# classify/75: an English pass tuned on its dev misses and about 380 probe sentences (no new gold): held-out en
# 0.860 / 0.846 -> 0.863 / 0.848; only the en and el columns moved, both up; on its own the held-out half (2,712) was 0.913 / 0.897; merged after classify/74, 0.914 / 0.899.
# classify/76-80 (no new gold): one news sentence written in 29 languages for each of fourteen kinds of event (76: the
# all-clear, kidnappings, rejected talks, wildfires, 'due to'; alert_status and negotiation_status cells up, no other
# cell moved), then helpers' probe passes on ja/hi/tr/az/zh/bg (77), en (78), el (79) and ru/uk (80), each merged with
# every language's held-out line at least as on either side: the held-out half (2,712) is 0.917 / 0.902 (2,488 and
# 2,447 items), micro P/R 0.888 / 0.928; en 0.867 / 0.853, el 0.879 / 0.887, uk 0.922 / 0.906, ru 0.918 / 0.893.
FLOORS_HELD_OUT = {
    "all gold found": 0.88,  # reached 0.894 with round twelve, Dutch and Hebrew (goal 0.9)
    "top right": 0.86,  # 0.877 (goal 0.9)
    "micro P": 0.855,  # 0.870
    "micro R": 0.895,  # 0.906
    "negotiation_status": 0.97,  # 0.991
    "alert_status": 0.98,  # 0.998
    "civilian_target": 0.96,  # 0.983
}


def test_table_of_figures(results):
    """Prints the summary and the per-label table (run with -s)."""
    gold, reports = results
    print("\nclassification on gold_classify.jsonl (dev = even ids, held-out = odd ids)")
    print(table(reports))
    print()
    print(label_table(reports))
    assert reports["all"].n == len(gold) == 5423


@pytest.mark.parametrize("name", list(FLOORS_HELD_OUT))
def test_held_out_figures_stay_above_their_floors(results, name):
    """Each summary figure on the held-out half stays at or above its floor."""
    _, reports = results
    assert summary_rows(reports["held-out"])[name] >= FLOORS_HELD_OUT[name], table(reports)


def test_every_label_is_found_somewhere(results):
    """No label of the taxonomy is dead: each has recall above zero on the whole set."""
    _, reports = results
    dead = [lb for lb, s in reports["all"].per_label.items() if s.tp + s.fn and s.recall == 0]
    assert not dead, dead


if __name__ == "__main__":  # pragma: no cover - the error list used while tuning on dev
    import sys

    gold = load("gold_classify.jsonl")
    preds = {g["id"]: run(g) for g in gold}
    reports = all_reports(gold, preds)
    print(table(reports))
    print(label_table(reports))
    which = sys.argv[1] if len(sys.argv) > 1 else "dev"
    text_of = {g["id"]: g for g in gold}
    for rid, name, got, want in reports[which].errors:
        print(f"{rid} {name}: got {got} want {want}  | {text_of[rid]['text'][:220]}")
