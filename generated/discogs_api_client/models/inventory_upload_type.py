from typing import Literal

InventoryUploadType = Literal["add", "change", "delete"]

INVENTORY_UPLOAD_TYPE_VALUES: set[InventoryUploadType] = {
    "add",
    "change",
    "delete",
}


def check_inventory_upload_type(value: str) -> InventoryUploadType:
    if value in INVENTORY_UPLOAD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVENTORY_UPLOAD_TYPE_VALUES!r}")
