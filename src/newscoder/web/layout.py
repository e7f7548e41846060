"""Chart geometry computed on the server, so pages need no script: bars and a graph layout."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np

WIDTH, HEIGHT = 900, 240
GRAPH_SIZE = 800
GRAVITY = 0.6


def timeline_bars(days: list[dict[str, Any]], width: int = WIDTH,
                  height: int = HEIGHT) -> dict[str, Any]:
    """Bars of events per period (day, or month when the span is long)."""
    totals: dict[str, int] = defaultdict(int)
    valid = [d for d in days if d["date"] and len(d["date"]) >= 7]
    long_span = len({d["date"][:10] for d in valid}) > 120
    for row in valid:
        period = row["date"][:7] if long_span else row["date"][:10]
        totals[period] += row["n"]
    periods = sorted(totals)
    if not periods:
        return {"bars": [], "width": width, "height": height, "max": 0, "unit": "day"}
    peak = max(totals.values())
    step = width / len(periods)
    bars = []
    for i, period in enumerate(periods):
        h = (height - 30) * totals[period] / peak
        bars.append({"x": round(i * step + 1, 1), "y": round(height - 20 - h, 1),
                     "w": round(max(step - 2, 1), 1), "h": round(h, 1),
                     "label": period, "n": totals[period]})
    return {"bars": bars, "width": width, "height": height, "max": peak,
            "unit": "month" if long_span else "day", "first": periods[0], "last": periods[-1]}


def force_layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]],
                 size: int = GRAPH_SIZE, iterations: int = 120) -> dict[str, Any]:
    """Fruchterman-Reingold positions (numpy, deterministic seed) for the actor network."""
    if not nodes:
        return {"nodes": [], "edges": [], "size": size}
    index = {n["id"]: i for i, n in enumerate(nodes)}
    count = len(nodes)
    rng = np.random.default_rng(7)
    pos = rng.uniform(-1, 1, size=(count, 2))
    pairs = np.array([(index[e["source"]], index[e["target"]]) for e in edges
                      if e["source"] in index and e["target"] in index], dtype=int).reshape(-1, 2)
    k = np.sqrt(4.0 / count)
    temperature = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        force = (delta / dist[..., None] * (k * k / dist)[..., None]).sum(axis=1)
        if len(pairs):
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            length = np.maximum(np.linalg.norm(d, axis=1), 1e-3)
            pull = d * (length / k)[:, None]
            np.add.at(force, pairs[:, 0], -pull)
            np.add.at(force, pairs[:, 1], pull)
        force -= GRAVITY * pos * np.linalg.norm(pos, axis=1)[:, None]  # keep components near
        norm = np.maximum(np.linalg.norm(force, axis=1), 1e-9)
        pos += force / norm[:, None] * np.minimum(norm, temperature)[:, None]
        temperature *= 0.97
    pos -= pos.min(axis=0)
    span = np.maximum(pos.max(axis=0), 1e-9)
    pos = 40 + pos / span * np.array([size - 240, size - 80])  # room for labels on the right
    peak = max(n["degree"] for n in nodes) or 1
    placed = [{**n, "x": round(float(pos[i, 0]), 1), "y": round(float(pos[i, 1]), 1),
               "r": round(4 + 10 * (n["degree"] / peak) ** 0.5, 1)} for i, n in enumerate(nodes)]
    lines = [{"x1": placed[a]["x"], "y1": placed[a]["y"], "x2": placed[b]["x"],
              "y2": placed[b]["y"], "n": e["n"]} for (a, b), e in zip(pairs.tolist(), edges,
                                                                       strict=False)]
    return {"nodes": placed, "edges": lines, "size": size}
