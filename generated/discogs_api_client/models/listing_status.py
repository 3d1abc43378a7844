from typing import Literal

ListingStatus = Literal["Deleted", "Draft", "Expired", "For Sale", "Sold", "Suspended", "Violation"]

LISTING_STATUS_VALUES: set[ListingStatus] = {
    "Deleted",
    "Draft",
    "Expired",
    "For Sale",
    "Sold",
    "Suspended",
    "Violation",
}


def check_listing_status(value: str) -> ListingStatus:
    if value in LISTING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTING_STATUS_VALUES!r}")
