from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool_annotations_type_0 import MCPListToolsToolAnnotationsType0Param
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchemaParam


def _parse_input_schema(data: Any, strict: bool) -> MCPListToolsToolInputSchema:
    if type(data) is dict or not isinstance(data, MCPListToolsToolInputSchema):
        return MCPListToolsToolInputSchema.from_dict(data, strict)
    return data


def _dump_input_schema(value: Any) -> Any:
    return value.to_dict()


def _convert_input_schema(
    value: MCPListToolsToolInputSchema | MCPListToolsToolInputSchemaParam,
) -> MCPListToolsToolInputSchema:
    """`input_schema` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_input_schema(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "input_schema") from exc


def _parse_annotations(data: Any, strict: bool) -> MCPListToolsToolAnnotationsType0 | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return MCPListToolsToolAnnotationsType0.from_dict(data, strict)
    if isinstance(data, MCPListToolsToolAnnotationsType0):
        return data
    if isinstance(data, Mapping):
        return _parse_annotations(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_annotations(value: Any) -> Any:
    if isinstance(value, MCPListToolsToolAnnotationsType0):
        return value.to_dict()
    return value


def _convert_annotations(
    value: MCPListToolsToolAnnotationsType0 | MCPListToolsToolAnnotationsType0Param | None | Unset,
) -> MCPListToolsToolAnnotationsType0 | None | Unset:
    """`annotations` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_annotations(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "annotations") from exc


_FIELD_SPECS = (
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec(
        "input_schema", "input_schema", (dict,), required=True, read=_parse_input_schema, dump=_dump_input_schema
    ),
    FieldSpec("description", "description", (str,), nullable=True),
    FieldSpec("annotations", "annotations", (dict,), nullable=True, read=_parse_annotations, dump=_dump_annotations),
)
_KNOWN = frozenset({"name", "input_schema", "description", "annotations"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPListToolsTool(ExtraFields[Any]):
    """MCPListToolsTool

    Attributes:
        name (str):
        input_schema (MCPListToolsToolInputSchema):
        description (None | str | Unset):
        annotations (MCPListToolsToolAnnotationsType0 | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    name: str
    input_schema: MCPListToolsToolInputSchema = _attrs_field(converter=_convert_input_schema)
    description: None | str | Unset = UNSET
    annotations: MCPListToolsToolAnnotationsType0 | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_annotations
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["name"] = self.name
            at = "input_schema"
            field_dict["input_schema"] = as_request_json(self.input_schema, _parse_input_schema)
            if (description := self.description) is not UNSET:
                field_dict["description"] = description
            at = "annotations"
            if (annotations := self.annotations) is not UNSET:
                field_dict["annotations"] = as_request_json(annotations, _parse_annotations)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MCPListToolsTool from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        at = ""
        try:
            obj.name = d["name"]
            at = "input_schema"
            obj.input_schema = _parse_input_schema(d["input_schema"], strict)
            obj.description = d.get("description", UNSET)
            at = "annotations"
            obj.annotations = _parse_annotations(d.get("annotations", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2 + (obj.description is not UNSET) + (obj.annotations is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class MCPListToolsToolParam(TypedDict, total=False):
    """The dict form of MCPListToolsTool: what a request takes in its place (checked before sending)."""

    name: Required[str]
    input_schema: Required[MCPListToolsToolInputSchema | MCPListToolsToolInputSchemaParam]
    description: str | None
    annotations: MCPListToolsToolAnnotationsType0 | MCPListToolsToolAnnotationsType0Param | None


from ..models.mcp_list_tools_tool_annotations_type_0 import MCPListToolsToolAnnotationsType0
from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema
