from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define

from ..errors import InvalidPayloadError

T = TypeVar("T", bound="StaticChunkingStrategy")


@_attrs_define
class StaticChunkingStrategy:
    """Fixed chunk size and overlap.

    Attributes:
        type_ (Literal['static']): Always `static`.
        static (StaticChunkingOptions): Chunk size and overlap, in tokens.
    """

    static: StaticChunkingOptions
    type_: Literal["static"] = "static"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        static = self.static.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "static": static,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a StaticChunkingStrategy from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                type_: Literal["static"] = d.pop("type")
                if type_ != "static":
                    raise ValueError(f"type must match const 'static', got '{type_}'")
            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "type") from _exc

            try:
                static = StaticChunkingOptions.from_dict(d.pop("static"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "static") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        static_chunking_strategy = cls(
            type_=type_,
            static=static,
        )

        return static_chunking_strategy


from ..models.static_chunking_options import StaticChunkingOptions
