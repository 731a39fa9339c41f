from enum import StrEnum


class DocumentKind(StrEnum):
    ANSWERS = "answers"
    CV = "cv"
    OFFER = "offer"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
