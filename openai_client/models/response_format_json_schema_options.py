from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFormatJsonSchemaOptions")


@_attrs_define
class ResponseFormatJsonSchemaOptions:
    """The schema an answer must match.

    Attributes:
        name (str): Format name (letters, digits, `_` and `-`; at most 64).
        description (str | Unset): What the format is for, for the model.
        schema (ResponseFormatJsonSchemaSchema | Unset): A JSON Schema object.
        strict (bool | None | Unset): Whether the answer must follow the schema exactly.
    """

    name: str
    description: str | Unset = UNSET
    schema: ResponseFormatJsonSchemaSchema | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a ResponseFormatJsonSchemaOptions from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            name = d.pop("name")

            description = d.pop("description", UNSET)

            try:
                _schema = d.pop("schema", UNSET)
                schema: ResponseFormatJsonSchemaSchema | Unset
                if isinstance(_schema, Unset):
                    schema = UNSET
                else:
                    schema = ResponseFormatJsonSchemaSchema.from_dict(_schema)

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "schema") from _exc

            strict: bool | None | Unset = d.pop("strict", UNSET)

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        response_format_json_schema_options = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )

        response_format_json_schema_options.additional_properties = d
        return response_format_json_schema_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
