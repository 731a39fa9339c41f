from enum import StrEnum


class ConstraintMode(StrEnum):
    EXCLUDE = "exclude"
    FLAG = "flag"

    def __str__(self) -> str:
        return str(self.value)
