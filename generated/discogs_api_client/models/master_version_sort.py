from typing import Literal

MasterVersionSort = Literal["catno", "country", "format", "label", "released", "title"]

MASTER_VERSION_SORT_VALUES: set[MasterVersionSort] = {
    "catno",
    "country",
    "format",
    "label",
    "released",
    "title",
}


def check_master_version_sort(value: str) -> MasterVersionSort:
    if value in MASTER_VERSION_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASTER_VERSION_SORT_VALUES!r}")
