from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    enum_of,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.input_message_role import InputMessageRole
from ..models.input_message_status import InputMessageStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_file_content import InputFileContentParam
    from ..models.input_image_content import InputImageContentParam
    from ..models.input_message_role import InputMessageRoleLiteral
    from ..models.input_message_status import InputMessageStatusLiteral
    from ..models.input_text_content import InputTextContentParam


def _convert_role(value: InputMessageRole | InputMessageRoleLiteral) -> InputMessageRole:
    return InputMessage.__table__.convert("role", value)  # type: ignore[no-any-return]


def _convert_content(
    value: Sequence[
        InputTextContent
        | InputTextContentParam
        | InputImageContent
        | InputImageContentParam
        | InputFileContent
        | InputFileContentParam
        | UnknownInputContent
    ],
) -> list[InputFileContent | InputImageContent | InputTextContent | UnknownInputContent]:
    return InputMessage.__table__.convert("content", value)  # type: ignore[no-any-return]


def _convert_status(value: InputMessageStatus | InputMessageStatusLiteral | Unset) -> InputMessageStatus | Unset:
    return InputMessage.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InputMessage(ExtraFields["Any"]):
    """InputMessage

    Attributes:
        role (InputMessageRole)
        content (list[InputFileContent | InputImageContent | InputTextContent | UnknownInputContent])
        type (Literal['message'] | Unset)
        status (InputMessageStatus | Unset)
    """

    role: InputMessageRole = _attrs_field(converter=_convert_role)
    content: list[InputFileContent | InputImageContent | InputTextContent | UnknownInputContent] = _attrs_field(
        converter=_convert_content
    )
    type: Literal["message"] | Unset = UNSET
    status: InputMessageStatus | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["message"] | Unset]("type")


class InputMessageParam(TypedDict, total=False):
    """The dict form of InputMessage: what a request takes in its place (checked before sending)."""

    role: Required[InputMessageRole | InputMessageRoleLiteral]
    content: Required[
        Sequence[
            InputTextContent
            | InputTextContentParam
            | InputImageContent
            | InputImageContentParam
            | InputFileContent
            | InputFileContentParam
            | UnknownInputContent
        ]
    ]
    type: Literal["message"]
    status: InputMessageStatus | InputMessageStatusLiteral


from ..models.input_file_content import InputFileContent
from ..models.input_image_content import InputImageContent
from ..models.input_text_content import InputTextContent
from ..models.unknown_input_content import UnknownInputContent

table_of(
    InputMessage,
    field("role", enum_of(InputMessageRole), required=True),
    field(
        "content",
        list_of(
            union_of(
                "type",
                {"input_text": InputTextContent, "input_image": InputImageContent, "input_file": InputFileContent},
                fallback=UnknownInputContent,
            )
        ),
        required=True,
    ),
    field("type", const("message")),
    field("status", enum_of(InputMessageStatus)),
    extra=ANY,
)
