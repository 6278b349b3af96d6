from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_object_tool_resources import ThreadObjectToolResourcesParam


def _parse_tool_resources(data: Any, strict: bool) -> None | ThreadObjectToolResources | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return ThreadObjectToolResources.from_dict(data, strict)
    if isinstance(data, ThreadObjectToolResources):
        return data
    if isinstance(data, Mapping):
        return _parse_tool_resources(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_tool_resources(value: Any) -> Any:
    if isinstance(value, ThreadObjectToolResources):
        return value.to_dict()
    return value


def _convert_tool_resources(
    value: ThreadObjectToolResources | ThreadObjectToolResourcesParam | None | Unset,
) -> None | ThreadObjectToolResources | Unset:
    """`tool_resources` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tool_resources(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tool_resources") from exc


def _parse_metadata(data: Any, strict: bool) -> Metadata | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    if isinstance(data, Metadata):
        return data
    if isinstance(data, Mapping):
        return _parse_metadata(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_metadata(value: Any) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    """`metadata` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_metadata(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "metadata") from exc


_FIELD_SPECS = (
    FieldSpec(
        "tool_resources",
        "tool_resources",
        (dict,),
        nullable=True,
        read=_parse_tool_resources,
        dump=_dump_tool_resources,
    ),
    FieldSpec("metadata", "metadata", (dict,), nullable=True, read=_parse_metadata, dump=_dump_metadata),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ModifyThreadRequest(Model):
    """The fields of a thread to change; those left out keep their value.

    Attributes:
        tool_resources (None | ThreadObjectToolResources | Unset): Files for the code interpreter, and the vector store
            for file search.
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    tool_resources: None | ThreadObjectToolResources | Unset = _attrs_field(
        default=UNSET, converter=_convert_tool_resources
    )
    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            at = "tool_resources"
            if (tool_resources := self.tool_resources) is not UNSET:
                field_dict["tool_resources"] = as_request_json(tool_resources, _parse_tool_resources)
            at = "metadata"
            if (metadata := self.metadata) is not UNSET:
                field_dict["metadata"] = as_request_json(metadata, _parse_metadata)
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ModifyThreadRequest from decoded JSON.

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
            at = "tool_resources"
            obj.tool_resources = _parse_tool_resources(d.get("tool_resources", UNSET), strict)
            at = "metadata"
            obj.metadata = _parse_metadata(d.get("metadata", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


class ModifyThreadRequestParam(TypedDict, total=False):
    """The dict form of ModifyThreadRequest: what a request takes in its place (checked before sending)."""

    tool_resources: ThreadObjectToolResources | ThreadObjectToolResourcesParam | None
    metadata: Metadata | Mapping[str, str] | None


from ..models.metadata import Metadata
from ..models.thread_object_tool_resources import ThreadObjectToolResources
