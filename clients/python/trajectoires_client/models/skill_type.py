from enum import StrEnum


class SkillType(StrEnum):
    SAVOIR = "savoir"
    SAVOIR_ETRE = "savoir_etre"
    SAVOIR_FAIRE = "savoir_faire"

    def __str__(self) -> str:
        return str(self.value)
