"""UNSET: an optional argument or field left out (as opposed to `None`). Re-exported by `types`."""

from __future__ import annotations

import enum
from typing import Literal


class Unset(enum.Enum):
    """The type of UNSET: an optional field left out of the JSON (as opposed to `null`).

    An enum of one member, so that it stays one object through pickle and copy, and so that
    type checkers narrow `x is UNSET` / `x is not UNSET`.
    """

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Literal[Unset.UNSET] = Unset.UNSET
