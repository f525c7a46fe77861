"""Duplicates and stories measured on the hand-labelled set (tests/data/gold_dedup.jsonl)."""

from __future__ import annotations

from datetime import UTC, datetime

from events.parsers import parse_time, update_id
from events.schema import UpdatePublished
from tests.evaluation import Score, load, pairs
from workers.offline import analyse_in_process

RECEIVED = datetime(2024, 1, 1, tzinfo=UTC)


def gold_updates() -> tuple[list[dict], list[UpdatePublished], dict[str, str]]:
    gold = load("gold_dedup.jsonl")
    updates, uid_of = [], {}
    for g in gold:
        uid = update_id(g["source"], g["id"], g["text"])
        uid_of[g["id"]] = uid
        updates.append(UpdatePublished(
            id=uid, source=g["source"], text=g["text"], external_id=g["id"], lang_hint=g.get("lang"),
            published_at=parse_time(g["published_at"]), received_at=RECEIVED,
        ))
    return gold, updates, uid_of


def evaluate(updates: list[UpdatePublished], gold: list[dict], uid_of: dict[str, str]) -> tuple[Score, Score]:
    model = analyse_in_process(updates)
    gid_of = {v: k for k, v in uid_of.items()}
    dup = Score()
    dup.add(
        {(g["id"], gid_of[d]) for g in gold if (d := model.duplicate_of(uid_of[g["id"]]))},
        {(g["id"], g["duplicate_of"]) for g in gold if g["duplicate_of"]},
    )
    story = Score()
    story.add(pairs({g["id"]: model.story_of(uid_of[g["id"]]) or g["id"] for g in gold}), pairs({g["id"]: g["story"] for g in gold}))
    return dup, story


# Floors at what the stages reach now (issue 4 asks for 0.95 and 0.9): a
# change that makes them worse fails here.
DUPLICATE_F1_FLOOR = 0.92
STORY_PAIR_F1_FLOOR = 0.68


def test_duplicates_and_stories_on_the_gold_set():
    """Duplicates and story pairs on 226 labelled updates in four languages stay above their floors."""
    gold, updates, uid_of = gold_updates()
    dup, story = evaluate(updates, gold, uid_of)
    print(f"\nduplicates: {dup}\nstory pairs: {story}")
    assert dup.f1 >= DUPLICATE_F1_FLOOR
    assert story.f1 >= STORY_PAIR_F1_FLOOR


def test_gold_set_result_does_not_depend_on_order():
    """The same labelled updates in reverse order give the same duplicates and stories."""
    gold, updates, uid_of = gold_updates()
    forward = evaluate(updates, gold, uid_of)
    backward = evaluate(list(reversed(updates)), gold, uid_of)
    assert str(forward[0]) == str(backward[0]) and str(forward[1]) == str(backward[1])
