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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_object import FunctionObjectParam
    from ..models.open_api_anonymous_auth_details import OpenApiAnonymousAuthDetailsParam
    from ..models.open_api_connection_auth_details import OpenApiConnectionAuthDetailsParam
    from ..models.open_api_managed_auth_details import OpenApiManagedAuthDetailsParam


def _parse_spec(data: Any, strict: bool) -> OpenApiSpecDocument:
    if type(data) is dict or not isinstance(data, OpenApiSpecDocument):
        return OpenApiSpecDocument.from_dict(data, strict)
    return data


def _dump_spec(value: Any) -> Any:
    return value.to_dict()


def _convert_spec(value: OpenApiSpecDocument | Mapping[str, Any]) -> OpenApiSpecDocument:
    """`spec` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_spec(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "spec") from exc


def _parse_auth(
    data: Any, strict: bool
) -> OpenApiAnonymousAuthDetails | OpenApiConnectionAuthDetails | OpenApiManagedAuthDetails | UnknownOpenApiAuthDetails:
    if type(data) is dict:
        tag = data.get("type")
        if tag == "anonymous":
            return OpenApiAnonymousAuthDetails.from_dict(data, strict)
        if tag == "connection":
            return OpenApiConnectionAuthDetails.from_dict(data, strict)
        if tag == "managed_identity":
            return OpenApiManagedAuthDetails.from_dict(data, strict)
        return UnknownOpenApiAuthDetails.from_dict(data, strict)
    if isinstance(
        data,
        (
            OpenApiAnonymousAuthDetails,
            OpenApiConnectionAuthDetails,
            OpenApiManagedAuthDetails,
            UnknownOpenApiAuthDetails,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_auth(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_auth(value: Any) -> Any:
    if isinstance(
        value,
        (
            OpenApiAnonymousAuthDetails,
            OpenApiConnectionAuthDetails,
            OpenApiManagedAuthDetails,
            UnknownOpenApiAuthDetails,
        ),
    ):
        return value.to_dict()
    return value


def _convert_auth(
    value: OpenApiAnonymousAuthDetails
    | OpenApiAnonymousAuthDetailsParam
    | OpenApiConnectionAuthDetails
    | OpenApiConnectionAuthDetailsParam
    | OpenApiManagedAuthDetails
    | OpenApiManagedAuthDetailsParam
    | UnknownOpenApiAuthDetails,
) -> OpenApiAnonymousAuthDetails | OpenApiConnectionAuthDetails | OpenApiManagedAuthDetails | UnknownOpenApiAuthDetails:
    """`auth` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_auth(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "auth") from exc


def _parse_default_params(data: Any, strict: bool) -> list[str] | Unset:
    if data is UNSET:
        return Unset.UNSET
    return as_list(data)


def _dump_default_params(value: Any) -> Any:
    return list(value)


def _convert_default_params(value: Sequence[str] | Unset) -> list[str] | Unset:
    """`default_params` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_default_params(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "default_params") from exc


def _parse_functions(data: Any, strict: bool) -> list[FunctionObject] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[FunctionObject] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, FunctionObject) else FunctionObject.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_functions(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_functions(value: Sequence[FunctionObject | FunctionObjectParam] | Unset) -> list[FunctionObject] | Unset:
    """`functions` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_functions(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "functions") from exc


_FIELD_SPECS = (
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec("spec", "spec", (dict,), required=True, read=_parse_spec, dump=_dump_spec),
    FieldSpec("auth", "auth", (dict,), required=True, read=_parse_auth, dump=_dump_auth),
    FieldSpec("description", "description", (str,)),
    FieldSpec(
        "default_params", "default_params", (list,), items=(str,), read=_parse_default_params, dump=_dump_default_params
    ),
    FieldSpec("functions", "functions", (list,), read=_parse_functions, dump=_dump_functions),
)
_KNOWN = frozenset({"name", "spec", "auth", "description", "default_params", "functions"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class OpenApiFunctionDefinition(ExtraFields[Any]):
    """The web API an OpenAPI tool calls, and how it authenticates.

    Attributes:
        name (str): The tool's name, for the model.
        spec (OpenApiSpecDocument): An OpenAPI document, as JSON.
        auth (OpenApiAnonymousAuthDetails | OpenApiConnectionAuthDetails | OpenApiManagedAuthDetails |
            UnknownOpenApiAuthDetails): How an OpenAPI tool authenticates to its API.
        description (str | Unset): What the API does, for the model.
        default_params (list[str] | Unset): Parameters of the document that take the values it gives as defaults.
        functions (list[FunctionObject] | Unset): The operations the service found in the document (sent by the service
            only).
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    name: str
    spec: OpenApiSpecDocument = _attrs_field(converter=_convert_spec)
    auth: (
        OpenApiAnonymousAuthDetails
        | OpenApiConnectionAuthDetails
        | OpenApiManagedAuthDetails
        | UnknownOpenApiAuthDetails
    ) = _attrs_field(converter=_convert_auth)
    description: str | Unset = UNSET
    default_params: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_default_params)
    functions: list[FunctionObject] | Unset = _attrs_field(default=UNSET, converter=_convert_functions)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["name"] = self.name
            at = "spec"
            field_dict["spec"] = as_request_json(self.spec, _parse_spec)
            at = "auth"
            field_dict["auth"] = as_request_json(self.auth, _parse_auth)
            if (description := self.description) is not UNSET:
                field_dict["description"] = description
            at = "default_params"
            if (default_params := self.default_params) is not UNSET:
                field_dict["default_params"] = as_request_json(default_params, _parse_default_params)
            at = "functions"
            if (functions := self.functions) is not UNSET:
                field_dict["functions"] = as_request_json(functions, _parse_functions)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a OpenApiFunctionDefinition from decoded JSON.

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
            at = "spec"
            obj.spec = _parse_spec(d["spec"], strict)
            at = "auth"
            obj.auth = _parse_auth(d["auth"], strict)
            obj.description = d.get("description", UNSET)
            at = "default_params"
            obj.default_params = _parse_default_params(d.get("default_params", UNSET), strict)
            at = "functions"
            obj.functions = _parse_functions(d.get("functions", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3 + (obj.description is not UNSET) + (obj.default_params is not UNSET) + (obj.functions is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class OpenApiFunctionDefinitionParam(TypedDict, total=False):
    """The dict form of OpenApiFunctionDefinition: what a request takes in its place (checked before sending)."""

    name: Required[str]
    spec: Required[OpenApiSpecDocument | Mapping[str, Any]]
    auth: Required[
        OpenApiAnonymousAuthDetails
        | OpenApiAnonymousAuthDetailsParam
        | OpenApiConnectionAuthDetails
        | OpenApiConnectionAuthDetailsParam
        | OpenApiManagedAuthDetails
        | OpenApiManagedAuthDetailsParam
        | UnknownOpenApiAuthDetails
    ]
    description: str
    default_params: Sequence[str]
    functions: Sequence[FunctionObject | FunctionObjectParam]


from ..models.function_object import FunctionObject
from ..models.open_api_anonymous_auth_details import OpenApiAnonymousAuthDetails
from ..models.open_api_connection_auth_details import OpenApiConnectionAuthDetails
from ..models.open_api_managed_auth_details import OpenApiManagedAuthDetails
from ..models.open_api_spec_document import OpenApiSpecDocument
from ..models.unknown_open_api_auth_details import UnknownOpenApiAuthDetails
