"""Which rule types an incident: the first, in the file's order, whose conditions hold."""

from __future__ import annotations

from dataclasses import dataclass

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


def _near(rule: Rule, matches: Matches) -> bool:
    if rule.near is None or len(rule.needs) < 2:
        return True
    anchors = matches.at(rule.needs[0])
    for name in rule.needs[1:]:
        others = matches.at(name)
        if not any(abs(a[0] - b[0]) <= rule.near for a in anchors for b in others if a != b):
            return False
    return True


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
    if rule.source is not None and scope.source != rule.source:
        return False
    return _target(rule, scope) and _near(rule, matches)


def excluded(rules: AcledRules, rule: Rule, matches: Matches) -> bool:
    """Disasters and accidents are never ACLED events, ordinary crime only where the rule
    says so; unless the text names a political or armed actor or a weapon of war."""
    if matches.has("political_armed"):
        return False
    if matches.has("disaster"):
        return True
    return matches.has("crime") and not rule.crime_ok


def first_rule(rules: AcledRules, scope: Scope, backfill_only: bool = False) -> Rule | None:
    for rule in rules.rules:
        if backfill_only and not rule.backfill:
            continue
        if holds(rule, scope):
            return None if excluded(rules, rule, scope.matches) else rule
    return None
