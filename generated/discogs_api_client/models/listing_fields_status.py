from typing import Literal

ListingFieldsStatus = Literal["Draft", "For Sale"]

LISTING_FIELDS_STATUS_VALUES: set[ListingFieldsStatus] = {
    "Draft",
    "For Sale",
}


def check_listing_fields_status(value: str) -> ListingFieldsStatus:
    if value in LISTING_FIELDS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LISTING_FIELDS_STATUS_VALUES!r}")
