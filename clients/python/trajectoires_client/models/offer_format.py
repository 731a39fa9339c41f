from enum import StrEnum


class OfferFormat(StrEnum):
    AUTO = "auto"
    FRANCE_TRAVAIL = "france_travail"
    NEUTRAL = "neutral"

    def __str__(self) -> str:
        return str(self.value)
