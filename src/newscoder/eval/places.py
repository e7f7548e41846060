"""Geoparsing evaluation on toponym corpora (LGL, GeoVirus): ``newscoder eval places FILE``.

Every line is ``{"text", "date"?, "toponyms": [{"start", "end", "geonameid"?, "lat", "lon"}]}``.
A gold toponym is detected when a predicted place overlaps it. Reported: detection P/R/F1;
accuracy within 161 km (100 miles, the usual threshold) on the detected toponyms and end to
end (an undetected or unresolved toponym counts as wrong); mean error in km on detected ones;
exact GeoNames-id accuracy where the gold has an id.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newscoder.eval import gold_records
from newscoder.model import Document, Place
from newscoder.places.gazetteer import distance_km
from newscoder.read.datelines import mark_datelines

THRESHOLD_KM = 161.0
STAGES = ("entities", "places")


def read_gold(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    for _, record in gold_records(path, limit, ("text", "toponyms")):
        yield record


def predict(record: dict[str, Any]) -> list[Place]:
    from newscoder.pipeline import analyze_document

    date = (record.get("date") or "")[:10] or None
    document = Document(id=str(record.get("id", "")), text=record["text"], published=date)
    mark_datelines(document)  # as the reader does for every document it reads
    return analyze_document(document, stages=STAGES).places


def _best_overlap(gold: dict[str, Any], places: list[Place]) -> Place | None:
    best, best_len = None, 0
    for place in places:
        overlap = min(gold["end"], place.end) - max(gold["start"], place.start)
        if overlap > best_len:
            best, best_len = place, overlap
    return best


class Tally:
    """Counts accumulated over a corpus."""

    def __init__(self) -> None:
        self.gold = self.predicted = self.detected = self.used = 0
        self.with_coords = self.detected_with_coords = self.close = 0
        self.with_id = self.same_id = 0
        self.errors_km: list[float] = []

    def add(self, toponyms: list[dict[str, Any]], places: list[Place]) -> None:
        self.gold += len(toponyms)
        self.predicted += len(places)
        used: set[int] = set()
        for gold in toponyms:
            place = _best_overlap(gold, places)
            if place is not None:
                self.detected += 1
                used.add(id(place))
            self._score(gold, place)
        self.used += len(used)

    def _score(self, gold: dict[str, Any], place: Place | None) -> None:
        if gold.get("lat") is not None and gold.get("lon") is not None:
            self.with_coords += 1
            if place is not None:
                self.detected_with_coords += 1
                if place.lat is not None and place.lon is not None:
                    km = distance_km(place.lat, place.lon, gold["lat"], gold["lon"])
                    self.errors_km.append(km)
                    self.close += km <= THRESHOLD_KM
                else:
                    self.errors_km.append(20_000.0)
        if gold.get("geonameid") and place is not None:
            self.with_id += 1
            self.same_id += str(place.geonameid) == str(gold["geonameid"])

    def figures(self) -> dict[str, float]:
        precision = self.used / self.predicted if self.predicted else 0.0
        recall = self.detected / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        errors = sorted(self.errors_km)
        figures = {
            "toponyms": float(self.gold),
            "detection_precision": round(precision, 4),
            "detection_recall": round(recall, 4),
            "detection_f1": round(f1, 4),
            "acc161_matched": round(self.close / self.detected_with_coords, 4)
            if self.detected_with_coords else 0.0,
            "acc161_end_to_end": round(self.close / self.with_coords, 4)
            if self.with_coords else 0.0,
            "median_error_km_matched": round(errors[len(errors) // 2], 1) if errors else 0.0,
        }
        if self.with_id:  # GeoVirus has coordinates only
            figures["geonameid_accuracy_matched"] = round(self.same_id / self.with_id, 4)
        return figures


def evaluate(path: Path, limit: int | None = None) -> dict[str, float]:
    tally = Tally()
    for record in read_gold(path, limit):
        tally.add(record["toponyms"], predict(record))
    return tally.figures()
