"""
Public type aliases, for annotating code that works with :mod:`bilateral` objects.
"""

from __future__ import annotations

import datetime
from typing import TypeAlias

from bilateral.model import (
    Agreement,
    Country,
    Meeting,
    Money,
    Official,
    Organisation,
    PartialDate,
    Quantity,
    Statement,
    Target,
    Visit,
)

__all__ = ["Amount", "DateLike", "Party", "Record"]

Party: TypeAlias = Country | Organisation
"""A party to a relation, either a country or an international organisation."""

DateLike: TypeAlias = datetime.date | PartialDate
"""A full date, or a date known only to the year or the month."""

Amount: TypeAlias = Money | Quantity
"""An exact amount, either money in a currency or a quantity in a unit."""

Record: TypeAlias = Official | Visit | Meeting | Agreement | Target | Statement
"""Any record a :class:`~bilateral.Report` holds."""
