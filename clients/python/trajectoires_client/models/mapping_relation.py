from enum import StrEnum


class MappingRelation(StrEnum):
    BROADMATCH = "broadMatch"
    CLOSEMATCH = "closeMatch"
    EXACTMATCH = "exactMatch"
    NARROWMATCH = "narrowMatch"

    def __str__(self) -> str:
        return str(self.value)
