from enum import StrEnum


class SkillMethod(StrEnum):
    LEXICAL = "lexical"
    LEXICALSEMANTIC = "lexical+semantic"
    SEMANTIC = "semantic"

    def __str__(self) -> str:
        return str(self.value)
