from enum import StrEnum


class SuggestionKind(StrEnum):
    APPELLATION = "appellation"
    METIER = "metier"
    OFFER = "offer"
    SKILL = "skill"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
