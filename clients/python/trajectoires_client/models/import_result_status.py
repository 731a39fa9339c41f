from enum import StrEnum


class ImportResultStatus(StrEnum):
    IMPORTED = "imported"
    UNCHANGED = "unchanged"

    def __str__(self) -> str:
        return str(self.value)
