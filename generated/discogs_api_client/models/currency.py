from typing import Literal

Currency = Literal[
    "AUD", "BRL", "CAD", "CHF", "EUR", "GBP", "JPY", "MXN", "NZD", "SEK", "USD", "ZAR"
]

CURRENCY_VALUES: set[Currency] = {
    "AUD",
    "BRL",
    "CAD",
    "CHF",
    "EUR",
    "GBP",
    "JPY",
    "MXN",
    "NZD",
    "SEK",
    "USD",
    "ZAR",
}


def check_currency(value: str) -> Currency:
    if value in CURRENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CURRENCY_VALUES!r}")
