"""Build the offline world basemap (``static/land.svg``) from Natural Earth land polygons.

Run once at development time on the TopoJSON of npm's ``world-atlas`` package (Natural Earth
1:110m land, public domain; world-atlas is ISC-licensed):

    npm pack world-atlas@2 && tar xzf world-atlas-*.tgz
    python -m newscoder.web.basemap package/land-110m.json

The SVG uses the plate carrée projection the map page draws points in: x = lon + 180,
y = 90 - lat, in a 360 x 180 view box, so no projection code runs in the browser.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).with_name("static") / "land.svg"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) points of every arc of a quantised TopoJSON topology."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    if geometry["type"] == "GeometryCollection":
        return [p for g in geometry["geometries"] for p in polygons(g)]
    return []


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes made continuous, so a ring crossing the antimeridian draws no chord."""
    out: list[tuple[float, float]] = []
    for lon, lat in points:
        if out:
            while lon - out[-1][0] > 180:
                lon -= 360
            while lon - out[-1][0] < -180:
                lon += 360
        out.append((lon, lat))
    return out


def svg_path(topology: dict, name: str = "land") -> str:
    arcs = decode_arcs(topology)
    parts = []
    for polygon in polygons(topology["objects"][name]):
        for ring in polygon:
            points = unwrap(ring_points(ring, arcs))
            lons = [lon for lon, _ in points]
            # A ring that runs past the edge is drawn again from the other side; the view
            # box clips both copies.
            shifts = [0.0] + ([-360.0] if max(lons) > 180 else []) + \
                ([360.0] if min(lons) < -180 else [])
            for shift in shifts:
                coords = " ".join(f"{lon + shift + 180:.1f},{90 - lat:.1f}" for lon, lat in points)
                parts.append(f"M{coords}Z")
    return "".join(parts)


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    path = svg_path(topology)
    OUT.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180">'
        "<!-- Natural Earth 1:110m land (public domain), via world-atlas (ISC) -->"
        '<rect width="360" height="180" fill="#dfeaf2"/>'
        f'<path fill="#f4f1ea" stroke="#b9b2a3" stroke-width="0.2" d="{path}"/></svg>\n',
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
