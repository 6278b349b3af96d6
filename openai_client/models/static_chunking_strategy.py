from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    FieldSpec,
    Model,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError

if TYPE_CHECKING:
    from ..models.static_chunking_options import StaticChunkingOptionsParam


def _parse_static(data: Any, strict: bool) -> StaticChunkingOptions:
    if type(data) is dict or not isinstance(data, StaticChunkingOptions):
        return StaticChunkingOptions.from_dict(data, strict)
    return data


def _dump_static(value: Any) -> Any:
    return value.to_dict()


def _convert_static(value: StaticChunkingOptions | StaticChunkingOptionsParam) -> StaticChunkingOptions:
    """`static` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_static(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "static") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, const="static"),
    FieldSpec("static", "static", (dict,), required=True, read=_parse_static, dump=_dump_static),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class StaticChunkingStrategy(Model):
    """Fixed chunk size and overlap.

    Attributes:
        type_ (Literal['static']): Always `static`.
        static (StaticChunkingOptions): Chunk size and overlap, in tokens.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    static: StaticChunkingOptions = _attrs_field(converter=_convert_static)
    type_: Literal["static"] = "static"

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            field_dict["type"] = self.type_
            at = "static"
            field_dict["static"] = as_request_json(self.static, _parse_static)
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a StaticChunkingStrategy from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, closed=True)
        obj = _new(cls)
        at = ""
        try:
            obj.type_ = d["type"]
            at = "static"
            obj.static = _parse_static(d["static"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


class StaticChunkingStrategyParam(TypedDict, total=False):
    """The dict form of StaticChunkingStrategy: what a request takes in its place (checked before sending)."""

    type: Required[Literal["static"]]
    static: Required[StaticChunkingOptions | StaticChunkingOptionsParam]


from ..models.static_chunking_options import StaticChunkingOptions
