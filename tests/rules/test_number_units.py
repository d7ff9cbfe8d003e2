"""Units keep their prefix: the value is the number as written, so the unit must say what it
counts in ("16 GB" is 16 gigabytes, not 16 bytes), and percentage points are not percent."""

from __future__ import annotations

import pytest

from .test_quantities import approx, claim_at

# (text, anchor, value, unit)
PREFIXED = [
    ("The detector sees electrons of 27 keV and more.", "27", 27, "keV"),
    ("The beam reached 21 MeV in the test.", "21", 21, "MeV"),
    ("The radio station broadcasts on 98.5 MHz.", "98.5", 98.5, "MHz"),
    ("The chip runs at 3.2 GHz.", "3.2", 3.2, "GHz"),
    ("The tyres were pumped to 220 kPa.", "220", 220, "kPa"),
    ("Pressure at the centre fell to 950 hPa.", "950", 950, "hPa"),
    ("The phone ships with 256 GB of storage.", "256", 256, "GB"),
    ("The plan gives 500 MB of data a month.", "500", 500, "MB"),
    ("The drug worked at 10 μM in the dish.", "10", 10, "µM"),
    ("The rocks formed 66 Ma ago.", "66", 66, "Ma"),
    ("The signal lasted 40 ms.", "40", 40, "ms"),
    ("A serving holds 250 kcal.", "250", 250, "kcal"),
    ("Ozone reached 80 ppb in the city.", "80", 80, "ppb"),
    ("Unemployment rose 1.5 percentage points in a year.", "1.5", 1.5, "percentage points"),
    ("Unemployment rose 1.5% in a year.", "1.5", 1.5, "percent"),
]


@pytest.mark.parametrize(("text", "anchor", "value", "unit"), PREFIXED)
def test_a_prefixed_unit_is_its_own_unit(nlp, text, anchor, value, unit):
    q = claim_at(nlp, text, anchor)
    assert q.value == approx(value)
    assert q.unit == unit
