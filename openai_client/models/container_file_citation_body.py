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
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.container_file_citation_body_type import ContainerFileCitationBodyType

if TYPE_CHECKING:
    from ..models.container_file_citation_body_type import ContainerFileCitationBodyTypeLiteral


def _parse_type_(data: Any, strict: bool) -> ContainerFileCitationBodyType:
    return ContainerFileCitationBodyType.known(data) or ContainerFileCitationBodyType.from_value(data)


def _convert_type_(
    value: ContainerFileCitationBodyType | ContainerFileCitationBodyTypeLiteral,
) -> ContainerFileCitationBodyType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("container_id", "container_id", (str,), required=True),
    FieldSpec("file_id", "file_id", (str,), required=True),
    FieldSpec("start_index", "start_index", (int,), required=True),
    FieldSpec("end_index", "end_index", (int,), required=True),
    FieldSpec("filename", "filename", (str,), required=True),
)
_KNOWN = frozenset({"type", "container_id", "file_id", "start_index", "end_index", "filename"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ContainerFileCitationBody(ExtraFields[Any]):
    """ContainerFileCitationBody

    Attributes:
        type_ (ContainerFileCitationBodyType):  Default: ContainerFileCitationBodyType.CONTAINER_FILE_CITATION.
        container_id (str):
        file_id (str):
        start_index (int):
        end_index (int):
        filename (str):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ContainerFileCitationBodyType = _attrs_field(converter=_convert_type_)
    container_id: str
    file_id: str
    start_index: int
    end_index: int
    filename: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["container_id"] = self.container_id
            field_dict["file_id"] = self.file_id
            field_dict["start_index"] = self.start_index
            field_dict["end_index"] = self.end_index
            field_dict["filename"] = self.filename
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ContainerFileCitationBody from decoded JSON.

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
            obj.type_ = _parse_type_(d["type"], strict)
            obj.container_id = d["container_id"]
            obj.file_id = d["file_id"]
            obj.start_index = d["start_index"]
            obj.end_index = d["end_index"]
            obj.filename = d["filename"]
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 6
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ContainerFileCitationBodyParam(TypedDict, total=False):
    """The dict form of ContainerFileCitationBody: what a request takes in its place (checked before sending)."""

    type: Required[ContainerFileCitationBodyType | ContainerFileCitationBodyTypeLiteral]
    container_id: Required[str]
    file_id: Required[str]
    start_index: Required[int]
    end_index: Required[int]
    filename: Required[str]
