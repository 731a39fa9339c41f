from enum import StrEnum


class Riasec(StrEnum):
    A = "A"
    C = "C"
    E = "E"
    I = "I"
    R = "R"
    S = "S"

    def __str__(self) -> str:
        return str(self.value)
