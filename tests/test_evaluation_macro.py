"""The development-set scores' macro F1."""

from __future__ import annotations

from bilateral.evaluation import Score, Scores


class TestMacroF1:
    def test_mean_of_record_types(self):
        """The macro F1 is the mean of the record types' F1, and the table prints it."""
        scores = Scores()
        scores.records["officials"] = Score(matched=1, predicted=2, expected=2)  # F1 0.5

        assert 1 - 0.5 / 6 == scores.macro_f1
        assert "macro                       0.917  (mean F1 of the records)" in scores.table()
