from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

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

if TYPE_CHECKING:
    from ..models.bing_grounding_search_configuration import BingGroundingSearchConfigurationParam


def _parse_search_configurations(data: Any, strict: bool) -> list[BingGroundingSearchConfiguration]:
    listed = data if type(data) is list else as_list(data)
    items: list[BingGroundingSearchConfiguration] = []
    try:
        for item in listed:
            items.append(
                item
                if isinstance(item, BingGroundingSearchConfiguration)
                else BingGroundingSearchConfiguration.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_search_configurations(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_search_configurations(
    value: Sequence[BingGroundingSearchConfiguration | BingGroundingSearchConfigurationParam],
) -> list[BingGroundingSearchConfiguration]:
    """`search_configurations` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_search_configurations(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "search_configurations") from exc


_FIELD_SPECS = (
    FieldSpec(
        "search_configurations",
        "search_configurations",
        (list,),
        required=True,
        read=_parse_search_configurations,
        dump=_dump_search_configurations,
    ),
)
_KNOWN = frozenset({"search_configurations"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class BingGroundingSearchToolParameters(ExtraFields[Any]):
    """The Bing search configuration of a grounding tool.

    Attributes:
        search_configurations (list[BingGroundingSearchConfiguration]): At most one search configuration.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    search_configurations: list[BingGroundingSearchConfiguration] = _attrs_field(
        converter=_convert_search_configurations
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "search_configurations"
            field_dict["search_configurations"] = as_request_json(
                self.search_configurations, _parse_search_configurations
            )
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a BingGroundingSearchToolParameters from decoded JSON.

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
            at = "search_configurations"
            obj.search_configurations = _parse_search_configurations(d["search_configurations"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class BingGroundingSearchToolParametersParam(TypedDict, total=False):
    """The dict form of BingGroundingSearchToolParameters: what a request takes in its place (checked before sending)."""

    search_configurations: Required[Sequence[BingGroundingSearchConfiguration | BingGroundingSearchConfigurationParam]]


from ..models.bing_grounding_search_configuration import BingGroundingSearchConfiguration
