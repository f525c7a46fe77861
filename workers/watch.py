"""`sitrep watch`: a live terminal view of stories and alerts.

It redraws when the projector announces a commit (pub/sub), not on a timer,
and quits cleanly on Ctrl-C. Feed text goes into rich as `Text` objects, never
as markup, so a feed cannot inject styles or links.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from workers.api import Sitrep
from workers.textview import safe


def render(sit: dict[str, Any], previous: dict[str, int]) -> Group:
    c = sit["counts"]
    header = Text(
        f"as of {sit.get('as_of') or '-'}  |  {c['updates']} updates  {c['stories']} stories  "
        f"{c['duplicates']} duplicates  {c['rejected']} rejected"
    )
    stories = Table(title="Stories (newest first)", expand=True)
    for col in ("last", "headline", "types", "places", "updates", "sources"):
        stories.add_column(col)
    for story in sit["stories"][:15]:
        grown = len(story["updates"]) - previous.get(story["id"], len(story["updates"]))
        count = Text(str(len(story["updates"])) + (f" (+{grown})" if grown > 0 else ""))
        if story["id"] not in previous:
            count.stylize("bold green")
        stories.add_row(
            Text(story["last_at"] or ""),
            Text(safe(story["headline"])),
            Text(", ".join(story["types"][:3])),
            Text(safe(", ".join(story.get("place_names", [])[:3]))),
            count,
            Text(safe(", ".join(story["sources"][:3]))),
        )
    alerts = Table(title="Active alerts", expand=True)
    alerts.add_column("place")
    alerts.add_column("since")
    for alert in [a for a in sit["alerts"] if a["active"]][:20]:
        alerts.add_row(Text(safe(alert["name"]), style="bold red"), Text(alert["since"] or ""))
    talks = sit.get("negotiations") or {}
    footer = Text(f"talks: {talks.get('status') or '-'}" + (f" (venue {safe(talks['venue'])})" if talks.get("venue") else ""))
    return Group(header, stories, alerts, footer)


def watch(s: Sitrep, *, interval: float = 1.0) -> int:
    pubsub = s.client.pubsub(ignore_subscribe_messages=True)
    pubsub.subscribe(s.keys.projected_channel)
    previous: dict[str, int] = {}
    try:
        sit = s.situation()
        with Live(render(sit, previous), refresh_per_second=4, screen=False) as live:
            while True:
                previous = {st["id"]: len(st["updates"]) for st in sit["stories"]}
                if pubsub.get_message(timeout=interval) is None:
                    continue
                while pubsub.get_message(timeout=0.01) is not None:
                    pass  # several commits at once: draw once
                sit = s.situation()
                live.update(render(sit, previous))
    except KeyboardInterrupt:
        return 0
    finally:
        pubsub.close()
