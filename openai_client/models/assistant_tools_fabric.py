from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, Self, TypedDict

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

if TYPE_CHECKING:
    from ..models.tool_connection_list import ToolConnectionListParam


def _parse_fabric_dataagent(data: Any, strict: bool) -> ToolConnectionList:
    if type(data) is dict or not isinstance(data, ToolConnectionList):
        return ToolConnectionList.from_dict(data, strict)
    return data


def _dump_fabric_dataagent(value: Any) -> Any:
    return value.to_dict()


def _convert_fabric_dataagent(value: ToolConnectionList | ToolConnectionListParam) -> ToolConnectionList:
    """`fabric_dataagent` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_fabric_dataagent(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "fabric_dataagent") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, const="fabric_dataagent"),
    FieldSpec(
        "fabric_dataagent",
        "fabric_dataagent",
        (dict,),
        required=True,
        read=_parse_fabric_dataagent,
        dump=_dump_fabric_dataagent,
    ),
)
_KNOWN = frozenset({"type", "fabric_dataagent"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsFabric(ExtraFields[Any]):
    """Foundry (2025-05-15-preview): asks a Microsoft Fabric data agent.

    Attributes:
        type_ (Literal['fabric_dataagent']): Always `fabric_dataagent`.
        fabric_dataagent (ToolConnectionList): The project connection a Fabric or SharePoint tool goes through.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    fabric_dataagent: ToolConnectionList = _attrs_field(converter=_convert_fabric_dataagent)
    type_: Literal["fabric_dataagent"] = "fabric_dataagent"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "fabric_dataagent"
            field_dict["fabric_dataagent"] = as_request_json(self.fabric_dataagent, _parse_fabric_dataagent)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AssistantToolsFabric from decoded JSON.

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
            obj.type_ = d["type"]
            at = "fabric_dataagent"
            obj.fabric_dataagent = _parse_fabric_dataagent(d["fabric_dataagent"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class AssistantToolsFabricParam(TypedDict, total=False):
    """The dict form of AssistantToolsFabric: what a request takes in its place (checked before sending)."""

    type: Required[Literal["fabric_dataagent"]]
    fabric_dataagent: Required[ToolConnectionList | ToolConnectionListParam]


from ..models.tool_connection_list import ToolConnectionList
