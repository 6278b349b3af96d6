"""What every generated model uses to read JSON: the object check, strict mode, absent nulls.

Models are lenient by default: they read what the API sends today and whatever it may add
tomorrow. `check_strict` is the opt-in opposite, run before a model reads anything, so that
leniency costs nothing extra and strictness is one table walk per object.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Generic, NamedTuple, TypeVar

from .errors import InvalidPayloadError

_JSON_NAMES = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    dict: "object",
    list: "array",
    type(None): "null",
}


V = TypeVar("V")


class ExtraFields(Generic[V]):
    """Dict-style access to the fields a model keeps beyond those the spec names.

    A model that allows more fields than it declares (almost all responses do) keeps them,
    as received, in `additional_properties`, and writes them back unchanged.
    """

    __slots__ = ()
    additional_properties: dict[str, V]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> V:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class FieldSpec(NamedTuple):
    """What the spec says of one property, as strict mode checks it.

    `types` are the Python types `json.loads` gives for the allowed JSON types (None: any);
    `items` the same for the items of an array of scalars; `const` the one allowed value.
    """

    name: str
    types: tuple[type, ...] | None
    required: bool = False
    nullable: bool = False
    items: tuple[type, ...] | None = None
    const: object = None


def as_object(data: object) -> dict[str, Any]:
    """A fresh dict of a mapping's fields (the model pops them), or InvalidPayloadError.

    Models copy a plain dict themselves; this serves other mappings and refuses the rest.
    """
    if isinstance(data, Mapping):
        return dict(data)
    raise InvalidPayloadError(f"expected an object, got {_json_name(data)}")


def check_strict(
    data: Mapping[str, Any], fields: Iterable[FieldSpec], extra_types: tuple[type, ...] | None = None
) -> None:
    """Raise InvalidPayloadError for the first field that breaks the spec's declared shape.

    Nested objects are checked when their own model reads them (with strict on as well).
    """
    known = set()
    for spec in fields:
        known.add(spec.name)
        if spec.name not in data:
            if spec.required:
                raise InvalidPayloadError("required field is missing", spec.name)
            continue
        value = data[spec.name]
        if value is None:
            if not spec.nullable:
                raise InvalidPayloadError("null is not allowed here", spec.name)
            continue
        _check_type(value, spec.types, spec.name)
        if spec.const is not None and value != spec.const:
            raise InvalidPayloadError(f"expected {spec.const!r}, got {value!r}", spec.name)
        if spec.items is not None:
            for index, item in enumerate(value):
                _check_type(item, spec.items, f"{spec.name}[{index}]")
    if extra_types is not None:
        for name, value in data.items():
            if name not in known:
                _check_type(value, extra_types, name)


def missing_keys(data: Mapping[str, Any], names: frozenset[str]) -> tuple[str, ...]:
    """Which of `names` (required but nullable fields) the payload left out."""
    return tuple(sorted(name for name in names if name not in data))


def drop_absent_nulls(field_dict: dict[str, Any], absent: tuple[str, ...]) -> None:
    """Leave out again the fields that were absent when read and are still None."""
    for name in absent:
        if field_dict.get(name, False) is None:
            del field_dict[name]


def _check_type(value: object, types: tuple[type, ...] | None, path: str) -> None:
    if types is not None and type(value) not in types:
        expected = " or ".join(dict.fromkeys(_JSON_NAMES[allowed] for allowed in types))
        raise InvalidPayloadError(f"expected {expected}, got {_json_name(value)}", path)


def _json_name(value: object) -> str:
    return _JSON_NAMES.get(type(value), type(value).__name__)
