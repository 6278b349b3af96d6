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
    from ..models.azure_function_binding import AzureFunctionBindingParam
    from ..models.function_object import FunctionObjectParam


def _parse_function(data: Any, strict: bool) -> FunctionObject:
    if type(data) is dict or not isinstance(data, FunctionObject):
        return FunctionObject.from_dict(data, strict)
    return data


def _dump_function(value: Any) -> Any:
    return value.to_dict()


def _convert_function(value: FunctionObject | FunctionObjectParam) -> FunctionObject:
    """`function` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_function(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "function") from exc


def _parse_input_binding(data: Any, strict: bool) -> AzureFunctionBinding:
    if type(data) is dict or not isinstance(data, AzureFunctionBinding):
        return AzureFunctionBinding.from_dict(data, strict)
    return data


def _dump_input_binding(value: Any) -> Any:
    return value.to_dict()


def _convert_input_binding(value: AzureFunctionBinding | AzureFunctionBindingParam) -> AzureFunctionBinding:
    """`input_binding` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_input_binding(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "input_binding") from exc


def _parse_output_binding(data: Any, strict: bool) -> AzureFunctionBinding:
    if type(data) is dict or not isinstance(data, AzureFunctionBinding):
        return AzureFunctionBinding.from_dict(data, strict)
    return data


def _dump_output_binding(value: Any) -> Any:
    return value.to_dict()


def _convert_output_binding(value: AzureFunctionBinding | AzureFunctionBindingParam) -> AzureFunctionBinding:
    """`output_binding` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_output_binding(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "output_binding") from exc


_FIELD_SPECS = (
    FieldSpec("function", "function", (dict,), required=True, read=_parse_function, dump=_dump_function),
    FieldSpec(
        "input_binding", "input_binding", (dict,), required=True, read=_parse_input_binding, dump=_dump_input_binding
    ),
    FieldSpec(
        "output_binding",
        "output_binding",
        (dict,),
        required=True,
        read=_parse_output_binding,
        dump=_dump_output_binding,
    ),
)
_KNOWN = frozenset({"function", "input_binding", "output_binding"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AzureFunctionDefinition(ExtraFields[Any]):
    """The function, and the queues its calls and answers travel through.

    Attributes:
        function (FunctionObject): A function the model may call.
        input_binding (AzureFunctionBinding): A storage queue an Azure Function tool reads or writes.
        output_binding (AzureFunctionBinding): A storage queue an Azure Function tool reads or writes.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    function: FunctionObject = _attrs_field(converter=_convert_function)
    input_binding: AzureFunctionBinding = _attrs_field(converter=_convert_input_binding)
    output_binding: AzureFunctionBinding = _attrs_field(converter=_convert_output_binding)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "function"
            field_dict["function"] = as_request_json(self.function, _parse_function)
            at = "input_binding"
            field_dict["input_binding"] = as_request_json(self.input_binding, _parse_input_binding)
            at = "output_binding"
            field_dict["output_binding"] = as_request_json(self.output_binding, _parse_output_binding)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AzureFunctionDefinition from decoded JSON.

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
            at = "function"
            obj.function = _parse_function(d["function"], strict)
            at = "input_binding"
            obj.input_binding = _parse_input_binding(d["input_binding"], strict)
            at = "output_binding"
            obj.output_binding = _parse_output_binding(d["output_binding"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class AzureFunctionDefinitionParam(TypedDict, total=False):
    """The dict form of AzureFunctionDefinition: what a request takes in its place (checked before sending)."""

    function: Required[FunctionObject | FunctionObjectParam]
    input_binding: Required[AzureFunctionBinding | AzureFunctionBindingParam]
    output_binding: Required[AzureFunctionBinding | AzureFunctionBindingParam]


from ..models.azure_function_binding import AzureFunctionBinding
from ..models.function_object import FunctionObject
