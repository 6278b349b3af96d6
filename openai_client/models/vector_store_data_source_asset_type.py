from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar, Literal, Self, TypeAlias, cast


class VectorStoreDataSourceAssetType(StrEnum):
    ID_ASSET = "id_asset"
    URI_ASSET = "uri_asset"

    known: ClassVar[Callable[[object], "VectorStoreDataSourceAssetType | None"]]
    """The known member for a value, else None, in one dictionary lookup (what readers try first)."""

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True when the API sent a value this client's spec does not list."""
        return self._value_ not in type(self)._value2member_map_

    @classmethod
    def from_value(cls, value: object) -> Self:
        """The member for `value`; an unknown string gives an unknown member, anything else ValueError."""
        member = cls._value2member_map_.get(value)
        if member is not None:
            return cast(Self, member)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid {cls.__name__}")
        return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "VectorStoreDataSourceAssetType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


VectorStoreDataSourceAssetType.known = cast(
    "Callable[[object], VectorStoreDataSourceAssetType | None]", VectorStoreDataSourceAssetType._value2member_map_.get
)

VectorStoreDataSourceAssetTypeLiteral: TypeAlias = Literal["id_asset", "uri_asset"]
"""The values of VectorStoreDataSourceAssetType as plain strings, which requests take in its place."""
