from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

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
from ..models.web_search_approximate_location_type_0_type import WebSearchApproximateLocationType0Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_approximate_location_type_0_type import WebSearchApproximateLocationType0TypeLiteral


def _parse_type_(data: Any, strict: bool) -> WebSearchApproximateLocationType0Type | Unset:
    if data is UNSET:
        return Unset.UNSET
    return WebSearchApproximateLocationType0Type.known(data) or WebSearchApproximateLocationType0Type.from_value(data)


def _convert_type_(
    value: WebSearchApproximateLocationType0Type | WebSearchApproximateLocationType0TypeLiteral | Unset,
) -> WebSearchApproximateLocationType0Type | Unset:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), read=_parse_type_),
    FieldSpec("country", "country", (str,), nullable=True),
    FieldSpec("region", "region", (str,), nullable=True),
    FieldSpec("city", "city", (str,), nullable=True),
    FieldSpec("timezone", "timezone", (str,), nullable=True),
)
_KNOWN = frozenset({"type", "country", "region", "city", "timezone"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchApproximateLocationType0(ExtraFields[Any]):
    """WebSearchApproximateLocationType0

    Attributes:
        type_ (WebSearchApproximateLocationType0Type | Unset):  Default:
            WebSearchApproximateLocationType0Type.APPROXIMATE.
        country (None | str | Unset):
        region (None | str | Unset):
        city (None | str | Unset):
        timezone (None | str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: WebSearchApproximateLocationType0Type | Unset = _attrs_field(default=UNSET, converter=_convert_type_)
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            if (type_ := self.type_) is not UNSET:
                field_dict["type"] = type_
            if (country := self.country) is not UNSET:
                field_dict["country"] = country
            if (region := self.region) is not UNSET:
                field_dict["region"] = region
            if (city := self.city) is not UNSET:
                field_dict["city"] = city
            if (timezone := self.timezone) is not UNSET:
                field_dict["timezone"] = timezone
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a WebSearchApproximateLocationType0 from decoded JSON.

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
            obj.type_ = _parse_type_(d.get("type", UNSET), strict)
            obj.country = d.get("country", UNSET)
            obj.region = d.get("region", UNSET)
            obj.city = d.get("city", UNSET)
            obj.timezone = d.get("timezone", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs one subset test.
        obj.additional_properties = {} if _KNOWN.issuperset(d) else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class WebSearchApproximateLocationType0Param(TypedDict, total=False):
    """The dict form of WebSearchApproximateLocationType0: what a request takes in its place (checked before sending)."""

    type: WebSearchApproximateLocationType0Type | WebSearchApproximateLocationType0TypeLiteral
    country: str | None
    region: str | None
    city: str | None
    timezone: str | None
