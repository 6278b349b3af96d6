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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_file_search_options import AssistantToolsFileSearchOptionsParam


def _parse_file_search(data: Any, strict: bool) -> AssistantToolsFileSearchOptions | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, AssistantToolsFileSearchOptions):
        return AssistantToolsFileSearchOptions.from_dict(data, strict)
    return data


def _dump_file_search(value: Any) -> Any:
    return value.to_dict()


def _convert_file_search(
    value: AssistantToolsFileSearchOptions | AssistantToolsFileSearchOptionsParam | Unset,
) -> AssistantToolsFileSearchOptions | Unset:
    """`file_search` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_file_search(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "file_search") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, const="file_search"),
    FieldSpec("file_search", "file_search", (dict,), read=_parse_file_search, dump=_dump_file_search),
)
_KNOWN = frozenset({"type", "file_search"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsFileSearch(ExtraFields[Any]):
    """The file search tool.

    Attributes:
        type_ (Literal['file_search']): Always `file_search`.
        file_search (AssistantToolsFileSearchOptions | Unset): Settings of the file search tool.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: Literal["file_search"] = "file_search"
    file_search: AssistantToolsFileSearchOptions | Unset = _attrs_field(default=UNSET, converter=_convert_file_search)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "file_search"
            if (file_search := self.file_search) is not UNSET:
                field_dict["file_search"] = as_request_json(file_search, _parse_file_search)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AssistantToolsFileSearch from decoded JSON.

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
            at = "file_search"
            obj.file_search = _parse_file_search(d.get("file_search", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1 + (obj.file_search is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class AssistantToolsFileSearchParam(TypedDict, total=False):
    """The dict form of AssistantToolsFileSearch: what a request takes in its place (checked before sending)."""

    type: Required[Literal["file_search"]]
    file_search: AssistantToolsFileSearchOptions | AssistantToolsFileSearchOptionsParam


from ..models.assistant_tools_file_search_options import AssistantToolsFileSearchOptions
