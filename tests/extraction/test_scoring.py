"""The shipped skill scorer: fitted on the features the code computes, probabilities out."""

from __future__ import annotations

import json
from importlib import resources

from extraction.extract.scoring import FEATURES, Calibration, Features, calibration


def _features(**values: float) -> Features:
    return Features(dict(values))


class TestShippedCalibration:
    def test_was_fitted_on_the_features_the_code_computes(self) -> None:
        raw = json.loads(
            resources.files("extraction.extract").joinpath("calibration.json").read_text()
        )
        assert raw["features"] == list(FEATURES)
        assert len(calibration().weights) == len(FEATURES)
        assert 0 < calibration().threshold < 1

    def test_a_label_said_word_for_word_in_its_metier_outscores_a_stray_one(self) -> None:
        said = _features(lexical=1.0, lexical_words=0.75, semantic=0.8, in_metier=1.0, core=1.0,
                         metier_score=0.8, units=0.7)  # fmt: skip
        stray = _features(semantic=0.2)
        high, low = calibration().scores([said, stray])
        assert 0 < low < high < 1


class TestCalibration:
    def test_scores_follow_the_logistic_of_the_weighted_features(self) -> None:
        model = Calibration(weights=(2.0,) + (0.0,) * (len(FEATURES) - 1), bias=-1.0,
                            threshold=0.5, fitted_on="test")  # fmt: skip
        [score] = model.scores([_features(lexical=0.5)])
        assert abs(score - 0.5) < 1e-9

    def test_no_candidate_gives_no_score(self) -> None:
        assert calibration().scores([]).shape == (0,)

    def test_a_feature_is_kept_at_its_highest(self) -> None:
        features = _features()
        features.raise_to("semantic", 0.4)
        features.raise_to("semantic", 0.2)
        assert features.vector()[FEATURES.index("semantic")] == 0.4
