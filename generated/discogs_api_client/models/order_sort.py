from typing import Literal

OrderSort = Literal["buyer", "created", "id", "last_activity", "status"]

ORDER_SORT_VALUES: set[OrderSort] = {
    "buyer",
    "created",
    "id",
    "last_activity",
    "status",
}


def check_order_sort(value: str) -> OrderSort:
    if value in ORDER_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_SORT_VALUES!r}")
