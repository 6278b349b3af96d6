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
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError

if TYPE_CHECKING:
    from ..models.vector_store_configuration import VectorStoreConfigurationParam


def _parse_configuration(data: Any, strict: bool) -> VectorStoreConfiguration:
    if type(data) is dict or not isinstance(data, VectorStoreConfiguration):
        return VectorStoreConfiguration.from_dict(data, strict)
    return data


def _dump_configuration(value: Any) -> Any:
    return value.to_dict()


def _convert_configuration(value: VectorStoreConfiguration | VectorStoreConfigurationParam) -> VectorStoreConfiguration:
    """`configuration` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_configuration(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "configuration") from exc


_FIELD_SPECS = (
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec(
        "configuration", "configuration", (dict,), required=True, read=_parse_configuration, dump=_dump_configuration
    ),
)
_KNOWN = frozenset({"name", "configuration"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class VectorStoreConfigurations(ExtraFields[Any]):
    """Foundry: a vector store made of Azure data assets, by name.

    Attributes:
        name (str): The store's name.
        configuration (VectorStoreConfiguration): The assets a vector store is made of.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    name: str
    configuration: VectorStoreConfiguration = _attrs_field(converter=_convert_configuration)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["name"] = self.name
            at = "configuration"
            field_dict["configuration"] = as_request_json(self.configuration, _parse_configuration)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a VectorStoreConfigurations from decoded JSON.

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
            obj.name = d["name"]
            at = "configuration"
            obj.configuration = _parse_configuration(d["configuration"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class VectorStoreConfigurationsParam(TypedDict, total=False):
    """The dict form of VectorStoreConfigurations: what a request takes in its place (checked before sending)."""

    name: Required[str]
    configuration: Required[VectorStoreConfiguration | VectorStoreConfigurationParam]


from ..models.vector_store_configuration import VectorStoreConfiguration
