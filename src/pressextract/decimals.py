"""Exact amounts written out in full, the one way every component and record writes them.

    4.97E+9 → 4970000000      11.40 → 11.4      1E-11 → 0.00000000001 (never an exponent, never rounded)
"""

from __future__ import annotations

from decimal import Context, Decimal


def plain_decimal(value: Decimal) -> Decimal:
    """A finite amount written out in full: 4.97E+9 → 4970000000, 11.40 → 11.4."""
    if not value.is_finite():
        raise ValueError("amount must be a finite number")
    exact = Context(prec=max(28, len(value.as_tuple().digits), value.adjusted() + 1))  # never rounds
    if value == value.to_integral_value(context=exact):
        return value.quantize(Decimal(1), context=exact)
    return value.normalize(context=exact)


def decimal_string(value: Decimal) -> str:
    """An amount as digits and a point, never an exponent (0.00000000001, not 1E-11)."""
    return format(plain_decimal(value), "f")
