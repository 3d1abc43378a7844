from typing import Literal

UserReleaseSort = Literal["added", "artist", "catno", "format", "label", "rating", "title", "year"]

USER_RELEASE_SORT_VALUES: set[UserReleaseSort] = {
    "added",
    "artist",
    "catno",
    "format",
    "label",
    "rating",
    "title",
    "year",
}


def check_user_release_sort(value: str) -> UserReleaseSort:
    if value in USER_RELEASE_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_RELEASE_SORT_VALUES!r}")
