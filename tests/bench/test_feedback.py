"""The feedback report: relevance per kind of suggestion and per rank shown."""

from __future__ import annotations

from bench.feedback import Verdict, precision, render


class TestPrecision:
    def test_verdicts_count_in_every_cut_their_rank_falls_in(self) -> None:
        table = precision(
            [
                Verdict("metier", 1, True),
                Verdict("metier", 2, False),
                Verdict("metier", 7, True),
                Verdict("metier", None, False),
            ]
        )
        assert table["metier"] == {"all": (4, 2), "@1": (1, 1), "@3": (2, 1), "@10": (3, 2)}

    def test_kinds_are_kept_apart(self) -> None:
        table = precision([Verdict("offer", 1, False), Verdict("training", 1, True)])
        assert table["offer"]["@1"] == (1, 0)
        assert table["training"]["@1"] == (1, 1)


class TestRender:
    def test_shares_are_percentages_with_their_counts(self) -> None:
        report = render(
            precision([Verdict("offer", 1, True), Verdict("offer", 2, False)]), scope="x"
        )
        assert "| offer | 100 % (1) | 50 % (2) | 50 % (2) | 50 % (2) |" in report

    def test_no_feedback_says_so(self) -> None:
        assert "No feedback stored yet." in render({}, scope="x")
