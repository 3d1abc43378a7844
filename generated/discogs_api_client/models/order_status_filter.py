from typing import Literal

OrderStatusFilter = Literal[
    "All",
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

ORDER_STATUS_FILTER_VALUES: set[OrderStatusFilter] = {
    "All",
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


def check_order_status_filter(value: str) -> OrderStatusFilter:
    if value in ORDER_STATUS_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_FILTER_VALUES!r}")
