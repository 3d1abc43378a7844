from typing import Literal

OrderStatusUpdate = Literal[
    "Buyer Contacted",
    "Cancelled (Item Unavailable)",
    "Cancelled (Non-Paying Buyer)",
    "Cancelled (Per Buyer's Request)",
    "In Progress",
    "Invoice Sent",
    "New Order",
    "Payment Pending",
    "Payment Received",
    "Refund Sent",
    "Shipped",
]

ORDER_STATUS_UPDATE_VALUES: set[OrderStatusUpdate] = {
    "Buyer Contacted",
    "Cancelled (Item Unavailable)",
    "Cancelled (Non-Paying Buyer)",
    "Cancelled (Per Buyer's Request)",
    "In Progress",
    "Invoice Sent",
    "New Order",
    "Payment Pending",
    "Payment Received",
    "Refund Sent",
    "Shipped",
}


def check_order_status_update(value: str) -> OrderStatusUpdate:
    if value in ORDER_STATUS_UPDATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_UPDATE_VALUES!r}")
