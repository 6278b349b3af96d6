from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset


def _parse_allowed_tools_type_0(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_allowed_tools_type_0(value: Any) -> Any:
    return list(value)


def _parse_allowed_tools(data: Any, strict: bool) -> list[str] | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_allowed_tools_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_allowed_tools(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    return value


def _convert_allowed_tools(value: Sequence[str] | None | Unset) -> list[str] | None | Unset:
    """`allowed_tools` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_allowed_tools(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "allowed_tools") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, const="mcp"),
    FieldSpec("server_label", "server_label", (str,), required=True),
    FieldSpec("server_url", "server_url", (str,), required=True),
    FieldSpec(
        "allowed_tools", "allowed_tools", (list,), nullable=True, read=_parse_allowed_tools, dump=_dump_allowed_tools
    ),
)
_KNOWN = frozenset({"type", "server_label", "server_url", "allowed_tools"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsMcp(ExtraFields[Any]):
    """Foundry (2025-05-15-preview): the tools of a Model Context Protocol server. Calls may need the caller's approval
    first (see `RunRequiredActionSubmitToolApproval`).

    Attributes:
        type_ (Literal['mcp']): Always `mcp`.
        server_label (str): A label for the server, unique among the agent's MCP tools.
        server_url (str): The server's endpoint.
        allowed_tools (list[str] | None | Unset): The server's tools the model may call (all when left out or `null`).
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    server_label: str
    server_url: str
    type_: Literal["mcp"] = "mcp"
    allowed_tools: list[str] | None | Unset = _attrs_field(default=UNSET, converter=_convert_allowed_tools)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["server_label"] = self.server_label
            field_dict["server_url"] = self.server_url
            at = "allowed_tools"
            if (allowed_tools := self.allowed_tools) is not UNSET:
                field_dict["allowed_tools"] = as_request_json(allowed_tools, _parse_allowed_tools)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AssistantToolsMcp from decoded JSON.

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
            obj.server_label = d["server_label"]
            obj.server_url = d["server_url"]
            at = "allowed_tools"
            obj.allowed_tools = _parse_allowed_tools(d.get("allowed_tools", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3 + (obj.allowed_tools is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class AssistantToolsMcpParam(TypedDict, total=False):
    """The dict form of AssistantToolsMcp: what a request takes in its place (checked before sending)."""

    type: Required[Literal["mcp"]]
    server_label: Required[str]
    server_url: Required[str]
    allowed_tools: Sequence[str] | None
