from typing import Literal

MediaCondition = Literal[
    "Fair (F)",
    "Good (G)",
    "Good Plus (G+)",
    "Mint (M)",
    "Near Mint (NM or M-)",
    "Poor (P)",
    "Very Good (VG)",
    "Very Good Plus (VG+)",
]

MEDIA_CONDITION_VALUES: set[MediaCondition] = {
    "Fair (F)",
    "Good (G)",
    "Good Plus (G+)",
    "Mint (M)",
    "Near Mint (NM or M-)",
    "Poor (P)",
    "Very Good (VG)",
    "Very Good Plus (VG+)",
}


def check_media_condition(value: str) -> MediaCondition:
    if value in MEDIA_CONDITION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDIA_CONDITION_VALUES!r}")
