"""Words that tell one person apart from another: contrast words and ages.

Shared by the readings that decide whether two mentions are one person
(:mod:`newscoder.figures.outcomes`, :mod:`newscoder.figures.members`).
"""

from __future__ import annotations

import re

DISTINCT = frozenset({"another", "second", "third", "fourth", "other", "both", "older",
                      "younger", "elder", "eldest", "youngest", "oldest"})
AGE = re.compile(r"(\d+)[- ](?:year|month)s?[- ]old")
