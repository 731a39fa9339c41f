from enum import StrEnum


class ContractType(StrEnum):
    ALTERNANCE = "alternance"
    CDD = "CDD"
    CDI = "CDI"
    LIB = "LIB"
    MIS = "MIS"
    OTHER = "other"
    SAI = "SAI"
    STAGE = "stage"

    def __str__(self) -> str:
        return str(self.value)
