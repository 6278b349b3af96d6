from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError

_FIELDS = (
    FieldSpec("type", (str,), required=True, const="static"),
    FieldSpec("static", (dict,), required=True),
)


@_attrs_define
class StaticChunkingStrategy:
    """Fixed chunk size and overlap.

    Attributes:
        type_ (Literal['static']): Always `static`.
        static (StaticChunkingOptions): Chunk size and overlap, in tokens.
    """

    static: StaticChunkingOptions
    type_: Literal["static"] = "static"
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            "type": self.type_,
            "static": self.static.to_dict(),
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a StaticChunkingStrategy from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS)
        at = ""
        try:
            v_type_ = d.pop("type")
            at = "static"
            v_static = StaticChunkingOptions.from_dict(d.pop("static"), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            type_=v_type_,
            static=v_static,
        )
        return obj


from ..models.static_chunking_options import StaticChunkingOptions
