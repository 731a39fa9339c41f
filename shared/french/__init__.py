"""French as people write it: folding, gender and number forms, abbreviations, label search."""

from shared.french.index import LabelIndex, Match, query_terms, stem
from shared.french.text import fold, tokens

__all__ = ["LabelIndex", "Match", "fold", "query_terms", "stem", "tokens"]
