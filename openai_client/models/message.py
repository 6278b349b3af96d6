from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.conversation_message_role import ConversationMessageRole
from ..models.conversation_message_status import ConversationMessageStatus
from ..models.message_phase_2 import MessagePhase2
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Message(ExtraFields["Any"]):
    """Message

    Attributes:
        type (Literal['message'])
        id (str)
        status (ConversationMessageStatus)
        role (ConversationMessageRole)
        content (list[ComputerScreenshotContent | InputFileContent | InputImageContent | InputTextContent | OutputTextContent | ReasoningTextContent | RefusalContent | SummaryTextContent | TextContent | UnknownMessageContent])
        phase (MessagePhase2 | None | Unset)
    """

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
        | UnknownMessageContent
    ]
    type: Literal["message"] = "message"
    phase: MessagePhase2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["message"]]("type")


from ..models.computer_screenshot_content import ComputerScreenshotContent
from ..models.input_file_content import InputFileContent
from ..models.input_image_content import InputImageContent
from ..models.input_text_content import InputTextContent
from ..models.output_text_content import OutputTextContent
from ..models.reasoning_text_content import ReasoningTextContent
from ..models.refusal_content import RefusalContent
from ..models.summary_text_content import SummaryTextContent
from ..models.text_content import TextContent
from ..models.unknown_message_content import UnknownMessageContent

table_of(
    Message,
    field("type", const("message"), required=True),
    field("id", STRING, required=True),
    field("status", enum_of(ConversationMessageStatus), required=True),
    field("role", enum_of(ConversationMessageRole), required=True),
    field(
        "content",
        list_of(
            union_of(
                "type",
                {
                    "input_text": InputTextContent,
                    "output_text": OutputTextContent,
                    "text": TextContent,
                    "summary_text": SummaryTextContent,
                    "reasoning_text": ReasoningTextContent,
                    "refusal": RefusalContent,
                    "input_image": InputImageContent,
                    "computer_screenshot": ComputerScreenshotContent,
                    "input_file": InputFileContent,
                },
                fallback=UnknownMessageContent,
            )
        ),
        required=True,
    ),
    field("phase", enum_of(MessagePhase2), nullable=True),
    extra=ANY,
)
