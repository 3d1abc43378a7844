from typing import Literal

OrderStatus = Literal[
    "Buyer Contacted",
    "Cancelled",
    "Cancelled (Item Unavailable)",
    "Cancelled (Non-Paying Buyer)",
    "Cancelled (Per Buyer's Request)",
    "Cancelled (Refund Received)",
    "In Progress",
    "Invoice Sent",
    "Merged",
    "New Order",
    "Order Changed",
    "Payment Pending",
    "Payment Received",
    "Refund Sent",
    "Shipped",
]

ORDER_STATUS_VALUES: set[OrderStatus] = {
    "Buyer Contacted",
    "Cancelled",
    "Cancelled (Item Unavailable)",
    "Cancelled (Non-Paying Buyer)",
    "Cancelled (Per Buyer's Request)",
    "Cancelled (Refund Received)",
    "In Progress",
    "Invoice Sent",
    "Merged",
    "New Order",
    "Order Changed",
    "Payment Pending",
    "Payment Received",
    "Refund Sent",
    "Shipped",
}


def check_order_status(value: str) -> OrderStatus:
    if value in ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_VALUES!r}")
