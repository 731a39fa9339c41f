from enum import StrEnum


class TrainingKind(StrEnum):
    CERTIFICATION = "certification"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
