from typing import Literal

InventoryStatusFilter = Literal[
    "All", "Deleted", "Draft", "Expired", "For Sale", "Sold", "Suspended", "Violation"
]

INVENTORY_STATUS_FILTER_VALUES: set[InventoryStatusFilter] = {
    "All",
    "Deleted",
    "Draft",
    "Expired",
    "For Sale",
    "Sold",
    "Suspended",
    "Violation",
}


def check_inventory_status_filter(value: str) -> InventoryStatusFilter:
    if value in INVENTORY_STATUS_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVENTORY_STATUS_FILTER_VALUES!r}"
    )
