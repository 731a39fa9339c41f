from enum import StrEnum


class CreateReferentialImportName(StrEnum):
    CERTIFICATIONS = "certifications"
    ESCO = "esco"
    FORMACODE = "formacode"
    ROME = "rome"

    def __str__(self) -> str:
        return str(self.value)
