from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.conversation_message_role import ConversationMessageRole
from ..models.conversation_message_status import ConversationMessageStatus
from ..models.message_phase_2 import MessagePhase2
from ..models.message_type import MessageType
from ..types import UNSET, Unset


def _parse_type_(data: Any, strict: bool) -> MessageType:
    return MessageType.known(data) or MessageType.from_value(data)


def _parse_status(data: Any, strict: bool) -> ConversationMessageStatus:
    return ConversationMessageStatus.known(data) or ConversationMessageStatus.from_value(data)


def _parse_role(data: Any, strict: bool) -> ConversationMessageRole:
    return ConversationMessageRole.known(data) or ConversationMessageRole.from_value(data)


def _parse_content_item(
    data: Any, strict: bool
) -> (
    ComputerScreenshotContent
    | InputFileContent
    | InputImageContent
    | InputTextContent
    | OutputTextContent
    | ReasoningTextContent
    | RefusalContent
    | SummaryTextContent
    | TextContent
):
    if type(data) is dict:
        return InputTextContent.from_dict(data, strict)
    if isinstance(
        data,
        (
            InputTextContent,
            OutputTextContent,
            TextContent,
            SummaryTextContent,
            ReasoningTextContent,
            RefusalContent,
            InputImageContent,
            ComputerScreenshotContent,
            InputFileContent,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_content_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_content_item(value: Any) -> Any:
    if isinstance(
        value,
        (
            InputTextContent,
            OutputTextContent,
            TextContent,
            SummaryTextContent,
            ReasoningTextContent,
            RefusalContent,
            InputImageContent,
            ComputerScreenshotContent,
            InputFileContent,
        ),
    ):
        return value.to_dict()
    return value


def _parse_content(
    data: Any, strict: bool
) -> list[
    ComputerScreenshotContent
    | InputFileContent
    | InputImageContent
    | InputTextContent
    | OutputTextContent
    | ReasoningTextContent
    | RefusalContent
    | SummaryTextContent
    | TextContent
]:
    listed = data if type(data) is list else as_list(data)
    items: list[
        ComputerScreenshotContent
        | InputFileContent
        | InputImageContent
        | InputTextContent
        | OutputTextContent
        | ReasoningTextContent
        | RefusalContent
        | SummaryTextContent
        | TextContent
    ] = []
    try:
        for item in listed:
            items.append(_parse_content_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_content(value: Any) -> Any:
    return [_dump_content_item(item) for item in value]


def _parse_phase(data: Any, strict: bool) -> MessagePhase2 | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return MessagePhase2.known(data) or MessagePhase2.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_phase(value: Any) -> Any:
    return value


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec("role", "role", (str,), required=True, read=_parse_role),
    FieldSpec("content", "content", (list,), required=True, read=_parse_content, dump=_dump_content),
    FieldSpec("phase", "phase", (str,), nullable=True, read=_parse_phase, dump=_dump_phase),
)
_KNOWN = frozenset({"type", "id", "status", "role", "content", "phase"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Message(ExtraFields[Any]):
    """Message

    Attributes:
        type_ (MessageType):  Default: MessageType.MESSAGE.
        id (str):
        status (ConversationMessageStatus):
        role (ConversationMessageRole):
        content (list[ComputerScreenshotContent | InputFileContent | InputImageContent | InputTextContent |
            OutputTextContent | ReasoningTextContent | RefusalContent | SummaryTextContent | TextContent]):
        phase (MessagePhase2 | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: MessageType
    id: str
    status: ConversationMessageStatus
    role: ConversationMessageRole
    content: list[
        ComputerScreenshotContent
        | InputFileContent
        | InputImageContent
        | InputTextContent
        | OutputTextContent
        | ReasoningTextContent
        | RefusalContent
        | SummaryTextContent
        | TextContent
    ]
    phase: MessagePhase2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "id": self.id,
                "status": self.status,
                "role": self.role,
                "content": [_dump_content_item(item) for item in self.content],
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (phase := self.phase) is not UNSET:
            field_dict["phase"] = _dump_phase(phase)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a Message from decoded JSON.

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
            at = "type"
            value = d["type"]
            obj.type_ = MessageType.known(value) or MessageType.from_value(value)
            obj.id = d["id"]
            at = "status"
            value = d["status"]
            obj.status = ConversationMessageStatus.known(value) or ConversationMessageStatus.from_value(value)
            at = "role"
            value = d["role"]
            obj.role = ConversationMessageRole.known(value) or ConversationMessageRole.from_value(value)
            at = "content"
            obj.content = _parse_content(d["content"], strict)
            at = "phase"
            value = d.get("phase", UNSET)
            obj.phase = None if value is None else _parse_phase(value, strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5 + (obj.phase is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.computer_screenshot_content import ComputerScreenshotContent
from ..models.input_file_content import InputFileContent
from ..models.input_image_content import InputImageContent
from ..models.input_text_content import InputTextContent
from ..models.output_text_content import OutputTextContent
from ..models.reasoning_text_content import ReasoningTextContent
from ..models.refusal_content import RefusalContent
from ..models.summary_text_content import SummaryTextContent
from ..models.text_content import TextContent
