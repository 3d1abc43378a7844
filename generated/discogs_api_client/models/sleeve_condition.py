from typing import Literal

SleeveCondition = Literal[
    "Fair (F)",
    "Generic",
    "Good (G)",
    "Good Plus (G+)",
    "Mint (M)",
    "Near Mint (NM or M-)",
    "No Cover",
    "Not Graded",
    "Poor (P)",
    "Very Good (VG)",
    "Very Good Plus (VG+)",
]

SLEEVE_CONDITION_VALUES: set[SleeveCondition] = {
    "Fair (F)",
    "Generic",
    "Good (G)",
    "Good Plus (G+)",
    "Mint (M)",
    "Near Mint (NM or M-)",
    "No Cover",
    "Not Graded",
    "Poor (P)",
    "Very Good (VG)",
    "Very Good Plus (VG+)",
}


def check_sleeve_condition(value: str) -> SleeveCondition:
    if value in SLEEVE_CONDITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SLEEVE_CONDITION_VALUES!r}")
