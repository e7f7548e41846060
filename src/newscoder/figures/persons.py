"""Words that tell one person apart from another: contrast words and ages.

Shared by the readings that decide whether two mentions are one person
(:mod:`newscoder.figures.outcomes`, :mod:`newscoder.figures.members`).
"""

from __future__ import annotations

import re

from newscoder.figures.lexicon import lexicon

DISTINCT = lexicon().distinct  # lexicons/en/figures/figures.toml [persons]
AGE = re.compile(r"(\d+)[- ](?:year|month)s?[- ]old")
