from typing import Literal

ArtistReleaseSort = Literal["format", "title", "year"]

ARTIST_RELEASE_SORT_VALUES: set[ArtistReleaseSort] = {
    "format",
    "title",
    "year",
}


def check_artist_release_sort(value: str) -> ArtistReleaseSort:
    if value in ARTIST_RELEASE_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTIST_RELEASE_SORT_VALUES!r}")
