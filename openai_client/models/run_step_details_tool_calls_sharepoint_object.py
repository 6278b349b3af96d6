from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError


def _parse_sharepoint_grounding(data: Any, strict: bool) -> ToolCallStringMap:
    if type(data) is dict or not isinstance(data, ToolCallStringMap):
        return ToolCallStringMap.from_dict(data, strict)
    return data


def _dump_sharepoint_grounding(value: Any) -> Any:
    return value.to_dict()


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, const="sharepoint_grounding"),
    FieldSpec(
        "sharepoint_grounding",
        "sharepoint_grounding",
        (dict,),
        required=True,
        read=_parse_sharepoint_grounding,
        dump=_dump_sharepoint_grounding,
    ),
)
_KNOWN = frozenset({"id", "type", "sharepoint_grounding"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsSharepointObject(ExtraFields[Any]):
    """Foundry (2025-05-15-preview): a call of the SharePoint grounding tool.

    Attributes:
        id (str): Call ID.
        type_ (Literal['sharepoint_grounding']): Always `sharepoint_grounding`.
        sharepoint_grounding (ToolCallStringMap): What the service records of a call to one of its own tools, as string
            pairs (requests, URLs, results); a value not known yet is `null` while streaming.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    sharepoint_grounding: ToolCallStringMap
    type_: Literal["sharepoint_grounding"] = "sharepoint_grounding"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "id": self.id,
                "type": self.type_,
                "sharepoint_grounding": self.sharepoint_grounding.to_dict(),
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDetailsToolCallsSharepointObject from decoded JSON.

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
            obj.id = d["id"]
            obj.type_ = d["type"]
            at = "sharepoint_grounding"
            value = d["sharepoint_grounding"]
            obj.sharepoint_grounding = (
                ToolCallStringMap.from_dict(value, strict)
                if type(value) is dict
                else _parse_sharepoint_grounding(value, strict)
            )
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.tool_call_string_map import ToolCallStringMap
