"""The skill catalogue: labels for skills given by code, and how much a shared skill tells."""

from __future__ import annotations

from matching.metiers.catalogue import SkillCatalogue, SkillLabel


def make_catalogue() -> SkillCatalogue:
    return SkillCatalogue(
        skills={
            "300001": SkillLabel("Travailler en équipe", "savoir_etre", fiches=900),
            "100003": SkillLabel("Servir en salle", "savoir_faire", fiches=3),
        },
        fiche_count=1000,
    )


class TestIdf:
    def test_a_rare_skill_weighs_more_than_a_common_one(self) -> None:
        catalogue = make_catalogue()
        assert catalogue.idf("100003") > 3 * catalogue.idf("300001")

    def test_a_skill_every_fiche_lists_still_counts(self) -> None:
        catalogue = SkillCatalogue(
            skills={"1": SkillLabel("x", "savoir", fiches=10)}, fiche_count=10
        )
        assert catalogue.idf("1") == 1.0

    def test_an_unknown_skill_counts_as_the_rarest(self) -> None:
        catalogue = make_catalogue()
        assert catalogue.idf("999999") > catalogue.idf("100003")

    def test_get_gives_the_label_or_none(self) -> None:
        catalogue = make_catalogue()
        known = catalogue.get("100003")
        assert known is not None
        assert known.label == "Servir en salle"
        assert catalogue.get("42") is None
