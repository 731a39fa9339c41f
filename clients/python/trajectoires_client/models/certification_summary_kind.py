from enum import StrEnum


class CertificationSummaryKind(StrEnum):
    RNCP = "RNCP"
    RS = "RS"

    def __str__(self) -> str:
        return str(self.value)
