from enum import StrEnum


class Scope(StrEnum):
    ADMIN = "admin"
    INGEST = "ingest"
    READ = "read"

    def __str__(self) -> str:
        return str(self.value)
