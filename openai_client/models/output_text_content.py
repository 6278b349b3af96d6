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
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields

if TYPE_CHECKING:
    from ..models.container_file_citation_body import ContainerFileCitationBodyParam
    from ..models.file_citation_body import FileCitationBodyParam
    from ..models.file_path import FilePathParam
    from ..models.log_prob import LogProbParam
    from ..models.url_citation_body import UrlCitationBodyParam


def _convert_annotations(
    value: Sequence[
        FileCitationBody
        | FileCitationBodyParam
        | UrlCitationBody
        | UrlCitationBodyParam
        | ContainerFileCitationBody
        | ContainerFileCitationBodyParam
        | FilePath
        | FilePathParam
        | UnknownAnnotation
    ],
) -> list[ContainerFileCitationBody | FileCitationBody | FilePath | UnknownAnnotation | UrlCitationBody]:
    return OutputTextContent.__table__.convert("annotations", value)  # type: ignore[no-any-return]


def _convert_logprobs(value: Sequence[LogProb | LogProbParam]) -> list[LogProb]:
    return OutputTextContent.__table__.convert("logprobs", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class OutputTextContent(ExtraFields["Any"]):
    """OutputTextContent

    Attributes:
        type (Literal['output_text'])
        text (str)
        annotations (list[ContainerFileCitationBody | FileCitationBody | FilePath | UnknownAnnotation | UrlCitationBody])
        logprobs (list[LogProb])
    """

    text: str
    annotations: list[ContainerFileCitationBody | FileCitationBody | FilePath | UnknownAnnotation | UrlCitationBody] = (
        _attrs_field(converter=_convert_annotations)
    )
    logprobs: list[LogProb] = _attrs_field(converter=_convert_logprobs)
    type: Literal["output_text"] = "output_text"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["output_text"]]("type")


class OutputTextContentParam(TypedDict, total=False):
    """The dict form of OutputTextContent: what a request takes in its place (checked before sending)."""

    type: Required[Literal["output_text"]]
    text: Required[str]
    annotations: Required[
        Sequence[
            FileCitationBody
            | FileCitationBodyParam
            | UrlCitationBody
            | UrlCitationBodyParam
            | ContainerFileCitationBody
            | ContainerFileCitationBodyParam
            | FilePath
            | FilePathParam
            | UnknownAnnotation
        ]
    ]
    logprobs: Required[Sequence[LogProb | LogProbParam]]


from ..models.container_file_citation_body import ContainerFileCitationBody
from ..models.file_citation_body import FileCitationBody
from ..models.file_path import FilePath
from ..models.log_prob import LogProb
from ..models.unknown_annotation import UnknownAnnotation
from ..models.url_citation_body import UrlCitationBody

table_of(
    OutputTextContent,
    field("type", const("output_text"), required=True),
    field("text", STRING, required=True),
    field(
        "annotations",
        list_of(
            union_of(
                "type",
                {
                    "file_citation": FileCitationBody,
                    "url_citation": UrlCitationBody,
                    "container_file_citation": ContainerFileCitationBody,
                    "file_path": FilePath,
                },
                fallback=UnknownAnnotation,
            )
        ),
        required=True,
    ),
    field("logprobs", list_of(model_of(LogProb)), required=True),
    extra=ANY,
)
