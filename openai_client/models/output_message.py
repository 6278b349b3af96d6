from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

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
from ..models.message_phase import MessagePhase
from ..models.output_message_status import OutputMessageStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_phase import MessagePhaseLiteral
    from ..models.output_message_status import OutputMessageStatusLiteral
    from ..models.output_text_content import OutputTextContentParam
    from ..models.refusal_content import RefusalContentParam


def _convert_content(
    value: Sequence[
        OutputTextContent | OutputTextContentParam | RefusalContent | RefusalContentParam | UnknownOutputMessageContent
    ],
) -> list[OutputTextContent | RefusalContent | UnknownOutputMessageContent]:
    return OutputMessage.__table__.convert("content", value)  # type: ignore[no-any-return]


def _convert_status(value: OutputMessageStatus | OutputMessageStatusLiteral) -> OutputMessageStatus:
    return OutputMessage.__table__.convert("status", value)  # type: ignore[no-any-return]


def _convert_phase(value: MessagePhase | MessagePhaseLiteral | None | Unset) -> MessagePhase | None | Unset:
    return OutputMessage.__table__.convert("phase", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class OutputMessage(ExtraFields["Any"]):
    """OutputMessage

    Attributes:
        id (str)
        type (Literal['message'])
        role (Literal['assistant'])
        content (list[OutputTextContent | RefusalContent | UnknownOutputMessageContent])
        status (OutputMessageStatus)
        phase (MessagePhase | None | Unset)
    """

    id: str
    content: list[OutputTextContent | RefusalContent | UnknownOutputMessageContent] = _attrs_field(
        converter=_convert_content
    )
    status: OutputMessageStatus = _attrs_field(converter=_convert_status)
    type: Literal["message"] = "message"
    role: Literal["assistant"] = "assistant"
    phase: MessagePhase | None | Unset = _attrs_field(default=UNSET, converter=_convert_phase)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["message"]]("type")


class OutputMessageParam(TypedDict, total=False):
    """The dict form of OutputMessage: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: Required[Literal["message"]]
    role: Required[Literal["assistant"]]
    content: Required[
        Sequence[
            OutputTextContent
            | OutputTextContentParam
            | RefusalContent
            | RefusalContentParam
            | UnknownOutputMessageContent
        ]
    ]
    status: Required[OutputMessageStatus | OutputMessageStatusLiteral]
    phase: MessagePhase | MessagePhaseLiteral | None


from ..models.output_text_content import OutputTextContent
from ..models.refusal_content import RefusalContent
from ..models.unknown_output_message_content import UnknownOutputMessageContent

table_of(
    OutputMessage,
    field("id", STRING, required=True),
    field("type", const("message"), required=True),
    field("role", const("assistant"), required=True),
    field(
        "content",
        list_of(
            union_of(
                "type",
                {"output_text": OutputTextContent, "refusal": RefusalContent},
                fallback=UnknownOutputMessageContent,
            )
        ),
        required=True,
    ),
    field("status", enum_of(OutputMessageStatus), required=True),
    field("phase", enum_of(MessagePhase), nullable=True),
    extra=ANY,
)
