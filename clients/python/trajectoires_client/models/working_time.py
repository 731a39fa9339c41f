from enum import StrEnum


class WorkingTime(StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
