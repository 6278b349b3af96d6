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
from ..models.easy_input_message_role import EasyInputMessageRole
from ..models.message_phase import MessagePhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.easy_input_message_role import EasyInputMessageRoleLiteral
    from ..models.input_file_content import InputFileContentParam
    from ..models.input_image_content import InputImageContentParam
    from ..models.input_text_content import InputTextContentParam
    from ..models.message_phase import MessagePhaseLiteral


def _convert_role(value: EasyInputMessageRole | EasyInputMessageRoleLiteral) -> EasyInputMessageRole:
    return EasyInputMessage.__table__.convert("role", value)  # type: ignore[no-any-return]


def _convert_content(
    value: str
    | Sequence[
        InputTextContent
        | InputTextContentParam
        | InputImageContent
        | InputImageContentParam
        | InputFileContent
        | InputFileContentParam
        | UnknownInputContent
    ],
) -> list[InputFileContent | InputImageContent | InputTextContent | UnknownInputContent] | str:
    return EasyInputMessage.__table__.convert("content", value)  # type: ignore[no-any-return]


def _convert_phase(value: MessagePhase | MessagePhaseLiteral | None | Unset) -> MessagePhase | None | Unset:
    return EasyInputMessage.__table__.convert("phase", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class EasyInputMessage(ExtraFields["Any"]):
    """EasyInputMessage

    Attributes:
        role (EasyInputMessageRole)
        content (list[InputFileContent | InputImageContent | InputTextContent | UnknownInputContent] | str)
        phase (MessagePhase | None | Unset)
        type (Literal['message'] | Unset)
    """

    role: EasyInputMessageRole = _attrs_field(converter=_convert_role)
    content: list[InputFileContent | InputImageContent | InputTextContent | UnknownInputContent] | str = _attrs_field(
        converter=_convert_content
    )
    phase: MessagePhase | None | Unset = _attrs_field(default=UNSET, converter=_convert_phase)
    type: Literal["message"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["message"] | Unset]("type")


class EasyInputMessageParam(TypedDict, total=False):
    """The dict form of EasyInputMessage: what a request takes in its place (checked before sending)."""

    role: Required[EasyInputMessageRole | EasyInputMessageRoleLiteral]
    content: Required[
        str
        | Sequence[
            InputTextContent
            | InputTextContentParam
            | InputImageContent
            | InputImageContentParam
            | InputFileContent
            | InputFileContentParam
            | UnknownInputContent
        ]
    ]
    phase: MessagePhase | MessagePhaseLiteral | None
    type: Literal["message"]


from ..models.input_file_content import InputFileContent
from ..models.input_image_content import InputImageContent
from ..models.input_text_content import InputTextContent
from ..models.unknown_input_content import UnknownInputContent

table_of(
    EasyInputMessage,
    field("role", enum_of(EasyInputMessageRole), required=True),
    field(
        "content",
        union_of(
            None,
            {},
            others=(
                STRING,
                list_of(
                    union_of(
                        "type",
                        {
                            "input_text": InputTextContent,
                            "input_image": InputImageContent,
                            "input_file": InputFileContent,
                        },
                        fallback=UnknownInputContent,
                    )
                ),
            ),
        ),
        required=True,
    ),
    field("phase", enum_of(MessagePhase), nullable=True),
    field("type", const("message")),
    extra=ANY,
)
