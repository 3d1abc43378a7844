from typing import Literal

InventorySort = Literal[
    "artist", "audio", "catno", "item", "label", "listed", "location", "price", "status"
]

INVENTORY_SORT_VALUES: set[InventorySort] = {
    "artist",
    "audio",
    "catno",
    "item",
    "label",
    "listed",
    "location",
    "price",
    "status",
}


def check_inventory_sort(value: str) -> InventorySort:
    if value in INVENTORY_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVENTORY_SORT_VALUES!r}")
