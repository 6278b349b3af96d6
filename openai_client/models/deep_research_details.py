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
    from ..models.deep_research_bing_grounding_connection import DeepResearchBingGroundingConnectionParam


def _parse_bing_grounding_connections(data: Any, strict: bool) -> list[DeepResearchBingGroundingConnection]:
    listed = data if type(data) is list else as_list(data)
    items: list[DeepResearchBingGroundingConnection] = []
    try:
        for item in listed:
            items.append(
                item
                if isinstance(item, DeepResearchBingGroundingConnection)
                else DeepResearchBingGroundingConnection.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_bing_grounding_connections(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_bing_grounding_connections(
    value: Sequence[DeepResearchBingGroundingConnection | DeepResearchBingGroundingConnectionParam],
) -> list[DeepResearchBingGroundingConnection]:
    """`bing_grounding_connections` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_bing_grounding_connections(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "bing_grounding_connections") from exc


_FIELD_SPECS = (
    FieldSpec("deep_research_model", "deep_research_model", (str,), required=True),
    FieldSpec(
        "bing_grounding_connections",
        "bing_grounding_connections",
        (list,),
        required=True,
        read=_parse_bing_grounding_connections,
        dump=_dump_bing_grounding_connections,
    ),
)
_KNOWN = frozenset({"deep_research_model", "bing_grounding_connections"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class DeepResearchDetails(ExtraFields[Any]):
    """The research model, and the Bing connections it searches through.

    Attributes:
        deep_research_model (str): The deployment name of the deep research model.
        bing_grounding_connections (list[DeepResearchBingGroundingConnection]): Bing grounding connections the research
            uses.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    deep_research_model: str
    bing_grounding_connections: list[DeepResearchBingGroundingConnection] = _attrs_field(
        converter=_convert_bing_grounding_connections
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["deep_research_model"] = self.deep_research_model
            at = "bing_grounding_connections"
            field_dict["bing_grounding_connections"] = as_request_json(
                self.bing_grounding_connections, _parse_bing_grounding_connections
            )
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a DeepResearchDetails from decoded JSON.

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
            obj.deep_research_model = d["deep_research_model"]
            at = "bing_grounding_connections"
            obj.bing_grounding_connections = _parse_bing_grounding_connections(d["bing_grounding_connections"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class DeepResearchDetailsParam(TypedDict, total=False):
    """The dict form of DeepResearchDetails: what a request takes in its place (checked before sending)."""

    deep_research_model: Required[str]
    bing_grounding_connections: Required[
        Sequence[DeepResearchBingGroundingConnection | DeepResearchBingGroundingConnectionParam]
    ]


from ..models.deep_research_bing_grounding_connection import DeepResearchBingGroundingConnection
