from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

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


def _parse_allowed_domains_type_0(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_allowed_domains_type_0(value: Any) -> Any:
    return list(value)


def _parse_allowed_domains(data: Any, strict: bool) -> list[str] | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_allowed_domains_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_allowed_domains(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    return value


def _convert_allowed_domains(value: Sequence[str] | None | Unset) -> list[str] | None | Unset:
    """`allowed_domains` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_allowed_domains(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "allowed_domains") from exc


_FIELD_SPECS = (
    FieldSpec(
        "allowed_domains",
        "allowed_domains",
        (list,),
        nullable=True,
        read=_parse_allowed_domains,
        dump=_dump_allowed_domains,
    ),
)
_KNOWN = frozenset({"allowed_domains"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchToolFiltersType0(ExtraFields[Any]):
    """WebSearchToolFiltersType0

    Attributes:
        allowed_domains (list[str] | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    allowed_domains: list[str] | None | Unset = _attrs_field(default=UNSET, converter=_convert_allowed_domains)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "allowed_domains"
            if (allowed_domains := self.allowed_domains) is not UNSET:
                field_dict["allowed_domains"] = as_request_json(allowed_domains, _parse_allowed_domains)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a WebSearchToolFiltersType0 from decoded JSON.

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
            at = "allowed_domains"
            obj.allowed_domains = _parse_allowed_domains(d.get("allowed_domains", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.allowed_domains is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class WebSearchToolFiltersType0Param(TypedDict, total=False):
    """The dict form of WebSearchToolFiltersType0: what a request takes in its place (checked before sending)."""

    allowed_domains: Sequence[str] | None
