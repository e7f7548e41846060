"""Which rule types an incident: the first, in the file's order, whose conditions hold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from newscoder.acled.cues import Matches
from newscoder.acled.rules import AcledRules, Rule


@dataclass
class Scope:
    """What one incident (one or a few sentences and their events) shows."""

    matches: Matches
    cameos: tuple[str, ...]  # the CAMEO codes of its events
    strategic_only: bool  # all its events are verbal or co-operative
    source: str | None  # the side that acts
    target: str | None  # "fighters", "civilian" or None
    source_tokens: frozenset[int] = frozenset()  # tokens of the doers' names
    doers: Mapping[int, str] = field(default_factory=dict)  # verb token → side of its subject
    nearby: frozenset[str] = frozenset()  # "disaster", "crime": what its paragraph tells of


def _near(rule: Rule, matches: Matches) -> bool:
    if rule.near is None or len(rule.needs) < 2:
        return True
    anchors = matches.at(rule.needs[0])
    for name in rule.needs[1:]:
        others = matches.at(name)
        if not any(_gap(a, b) <= rule.near for a in anchors for b in others if a != b):
            return False
    return True


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Tokens between two matches: a long phrase is as near as its nearest word."""
    return max(0, b[0] - a[1], a[0] - b[1])


def _doer(rule: Rule, scope: Scope) -> str | None:
    """Who did what the rule's first cue names: the subject of that verb where the parse
    shows it ("forces loyal to X were driven out as rebels took the town"), else the
    incident's first doer."""
    for start, _ in scope.matches.at(rule.needs[0]) if rule.needs else ():
        if start in scope.doers:
            return scope.doers[start]
    return scope.source


def _target(rule: Rule, scope: Scope) -> bool:
    if rule.target is None:
        return True
    target = scope.target or _target_from_words(scope)
    return target == rule.target


def _target_from_words(scope: Scope) -> str | None:
    """Who is hit, from the words of the incident other than the doers' names."""

    def named(name: str) -> bool:
        return any(start not in scope.source_tokens for start, _ in scope.matches.at(name))

    if named("fighter_targets") or named("state_side") or named("armed_side"):
        return "fighters"
    if named("civilian_side"):
        return "civilian"
    return None


def holds(rule: Rule, scope: Scope) -> bool:
    matches = scope.matches
    if scope.strategic_only and not rule.strategic:
        return False
    if not all(matches.has(name) for name in rule.needs):
        return False
    if any(matches.has(name) for name in rule.unless):
        return False
    if rule.cameo and not any(code.startswith(rule.cameo) for code in scope.cameos):
        return False
    if rule.source is not None and _doer(rule, scope) != rule.source:
        return False
    return _target(rule, scope) and _near(rule, matches)


def excluded(rule: Rule, scope: Scope) -> bool:
    """Disasters and accidents are never ACLED events, ordinary crime only where the rule
    says so; unless the incident names a political or armed actor or a weapon of war. A
    disaster or crime told in the same paragraph counts too ("a plane crashed ... The
    aircraft had declared an emergency" names no air strike)."""
    if scope.matches.has("political_armed"):
        return False
    if scope.matches.has("disaster") or "disaster" in scope.nearby:
        return True
    crime = scope.matches.has("crime") or "crime" in scope.nearby
    return crime and not rule.crime_ok


def first_rule(rules: AcledRules, scope: Scope, backfill_only: bool = False) -> Rule | None:
    for rule in rules.rules:
        if backfill_only and not rule.backfill:
            continue
        if holds(rule, scope):
            return None if excluded(rule, scope) else rule
    return None
