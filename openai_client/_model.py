"""What every generated model is built on: lenient reading, exact writing, strict checks, absent fields.

The rule for the wire: lenient in what it reads, exact in what it writes back, strict only
when asked. A generated model reads with inline code on its fast path (every required field
present) and falls back to the generic `read_sent` here when a server left fields out, as
servers of older API versions do. Such a field stays *absent*: its slot is never set, so it
is out of `to_dict()`, `repr()` and `==`, and touching it raises an AttributeError naming it
(`Model.__getattr__`). `is_sent` asks without raising.

Each model describes its fields once, in a tuple of `FieldSpec`: strict mode checks JSON
against it (`check_strict`), and the generic paths read and write with it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NamedTuple, Self, TypeVar

from . import _json
from .errors import InvalidPayloadError
from .types import UNSET

_JSON_NAMES = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    dict: "object",
    list: "array",
    type(None): "null",
}


class _Absent(enum.Enum):
    ABSENT = "ABSENT"


ABSENT = _Absent.ABSENT
"""No value at all: a required field the JSON left out (never stored in a model)."""

V = TypeVar("V")
M = TypeVar("M", bound="Model")


class FieldSpec(NamedTuple):
    """What the spec says of one property, and how the generic paths read and write it.

    `types` are the Python types `json.loads` gives for the allowed JSON types (None: any);
    `items` the same for the items of an array of scalars; `const` the one allowed value;
    `unique_by` a key that must differ between the objects of an array. `read(data, strict)`
    and `dump(value)` convert a value that is not a plain JSON scalar (None: kept as it is).
    """

    name: str
    attr: str
    types: tuple[type, ...] | None
    required: bool = False
    nullable: bool = False
    items: tuple[type, ...] | None = None
    const: object = None
    read: Callable[[Any, bool], Any] | None = None
    dump: Callable[[Any], Any] | None = None
    unique_by: str | None = None


class Model:
    """The base of every generated model (attrs classes with slots).

    A field the server did not send has no value at all: reading it raises AttributeError
    naming the field, and `is_sent` tells without raising. Models compare equal when they are
    of the same class and hold the same fields with equal values (absent ones included).
    """

    __slots__ = ()
    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (each model writes its own)."""
        raise NotImplementedError

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read an object of this class from decoded JSON (each model reads its own)."""
        raise NotImplementedError

    @classmethod
    def from_json(cls, data: bytes | bytearray | str, strict: bool = False) -> Self:
        """Read an object of this class from JSON text (bytes are read as UTF-8), as responses are read.

        Raises:
            InvalidPayloadError: `data` is not JSON, or not an object of this shape (see `from_dict`).
        """
        try:
            decoded = _json.loads(data)
        except ValueError as exc:
            raise InvalidPayloadError(f"not JSON: {exc}") from None
        return cls.from_dict(decoded, strict)

    if not TYPE_CHECKING:  # type checkers keep checking attribute names; only the runtime needs this

        def __getattr__(self, name: str) -> Any:
            # Reached only when normal lookup failed: a slot never set is a field the server left out.
            for spec in type(self)._FIELDS:
                if spec.attr == name:
                    raise AttributeError(
                        f"{type(self).__name__}.{name}: the server did not send `{spec.name}` (servers of older API "
                        f"versions leave out fields added later); ask first with .is_sent({spec.name!r})",
                        name=name,
                        obj=self,
                    )
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)

    def is_sent(self, name: str) -> bool:
        """Whether this object has field `name` (JSON or attribute name): sent by the server, or set since.

        False for a required field an older server left out and for an optional field that
        is UNSET; True for an unknown field kept in `additional_properties`.
        """
        for spec in type(self)._FIELDS:
            if name in (spec.name, spec.attr):
                value = present(self, spec.attr)
                return value is not ABSENT and value is not UNSET
        extra = present(self, "additional_properties")
        return isinstance(extra, dict) and name in extra

    def unknown_values(self) -> list[tuple[str, object]]:
        """What this object holds that this client's spec does not list, with where: enum values
        (`is_unknown`) and union members of a kind it does not know (`Unknown*` models), at any
        depth, as `("tools[1]", UnknownAssistantTool(...))` pairs. Empty when everything is known.

        Reading keeps such values (lenient); this finds them, for a caller (or a test double)
        that wants to refuse or report them.
        """
        found: list[tuple[str, object]] = []
        _collect_unknown(self, "", found)
        return found

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _state(self) == _state(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, as attrs makes equal-comparing classes

    def __repr__(self) -> str:
        pairs = zip(type(self)._FIELDS, _values(self), strict=True)
        shown = [f"{spec.attr}={value!r}" for spec, value in pairs if value is not ABSENT]
        extra = present(self, "additional_properties")
        if extra is not ABSENT:
            shown.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


class ExtraFields(Model, Generic[V]):
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


def _collect_unknown(value: object, path: str, found: list[tuple[str, object]]) -> None:
    if getattr(type(value), "is_unknown", None) is True or (
        isinstance(value, enum.Enum) and getattr(value, "is_unknown", False) is True
    ):
        found.append((path, value))
    elif isinstance(value, Model):
        for spec in type(value)._FIELDS:
            field_value = present(value, spec.attr)
            if field_value is not ABSENT and field_value is not UNSET and field_value is not None:
                _collect_unknown(field_value, f"{path}.{spec.name}" if path else spec.name, found)
    elif type(value) is list:
        for index, item in enumerate(value):
            _collect_unknown(item, f"{path}[{index}]", found)


def present(obj: object, attr: str) -> Any:
    """The value of `attr`, or ABSENT for a slot never set (without the message __getattr__ builds)."""
    try:
        return object.__getattribute__(obj, attr)
    except AttributeError:
        return ABSENT


def _values(obj: Model) -> list[Any]:
    return [present(obj, spec.attr) for spec in type(obj)._FIELDS]


def _state(obj: Model) -> tuple[Any, ...]:
    return (*_values(obj), present(obj, "additional_properties"))


def as_object(data: object) -> dict[str, Any]:
    """A fresh dict of a mapping's fields (the model pops them), or InvalidPayloadError.

    Models copy a plain dict themselves; this serves other mappings and refuses the rest.
    """
    if isinstance(data, Mapping):
        return dict(data)
    raise InvalidPayloadError(f"expected an object, got {_json_name(data)}")


def read_sent(cls: type[M], data: dict[str, Any], strict: bool, has_extra: bool) -> M:
    """Read `data` as a `cls`, leaving every required field it lacks absent (the generic, slower path)."""
    obj = object.__new__(cls)
    at = ""
    try:
        for spec in cls._FIELDS:
            value = data.pop(spec.name, ABSENT)
            if value is ABSENT:
                if spec.required:
                    continue
                value = UNSET
            elif spec.read is not None and value is not None:
                at = spec.name
                value = spec.read(value, strict)
            object.__setattr__(obj, spec.attr, value)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, at) from exc
    if has_extra:
        object.__setattr__(obj, "additional_properties", data)
    return obj


def dump_sent(obj: Model, extra: Mapping[str, Any] | None) -> dict[str, Any]:
    """`obj` as JSON, writing only the fields it has (the generic path, when one is absent)."""
    field_dict: dict[str, Any] = dict(extra) if extra else {}
    for spec in type(obj)._FIELDS:
        value = present(obj, spec.attr)
        if value is ABSENT or value is UNSET:
            continue
        field_dict[spec.name] = value if spec.dump is None or value is None else spec.dump(value)
    return field_dict


def to_json(value: Any) -> Any:
    """A value of a model's field as JSON: models by their to_dict, lists item by item, the rest as it is."""
    if isinstance(value, Model):
        return value.to_dict()
    if type(value) is list:
        items: list[Any] = []
        try:
            for item in value:
                items.append(to_json(item))
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
        return items
    return value


def as_request_json(value: Any, read: Callable[[Any, bool], Any]) -> Any:
    """A request field's value as JSON, whatever form the caller gave it in.

    A model is written as it is; a dict, a sequence or a string is first read strictly with
    the field's own reader (so a dict is checked against its model and a missing field or a
    wrong type raises, naming it), then written: the wire gets the same bytes either way.
    """
    if not isinstance(value, Model):
        value = read(value, True)
    return to_json(value)


def as_list(data: Any) -> list[Any]:
    """A JSON array as a list; any other sequence (not a string) a caller gave, copied into one."""
    if type(data) is list:
        return data
    if isinstance(data, Sequence) and not isinstance(data, (str, bytes)):
        return list(data)
    raise TypeError(f"expected an array, got {_json_name(data)}")


def check_strict(
    data: Mapping[str, Any],
    fields: Iterable[FieldSpec],
    extra_types: tuple[type, ...] | None = None,
    *,
    closed: bool = False,
) -> None:
    """Raise InvalidPayloadError for the first field that breaks the spec's declared shape.

    `extra_types` are the types allowed for fields the spec does not name (None: any);
    `closed` refuses such fields (the spec says `additionalProperties: false`). Nested
    objects are checked when their own model reads or writes them.
    """
    known = set()
    for spec in fields:
        known.add(spec.name)
        value = data.get(spec.name, ABSENT)
        if value is ABSENT:
            if spec.required:
                raise InvalidPayloadError("required field is missing", spec.name)
            continue
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
        if spec.unique_by is not None:
            _check_unique(value, spec.unique_by, spec.name)
    if closed or extra_types is not None:
        for name, value in data.items():
            if name in known:
                continue
            if closed:
                raise InvalidPayloadError(
                    "not a field of this object (send fields the spec does not know with extra_body=)", name
                )
            _check_type(value, extra_types, name)


def _check_unique(items: Iterable[Any], key: str, path: str) -> None:
    seen: dict[Any, int] = {}
    for index, item in enumerate(items):
        value = item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)
        if value in seen:
            raise InvalidPayloadError(
                f"repeats {key} {value!r} of item [{seen[value]}]: give each only once", f"{path}[{index}].{key}"
            )
        seen[value] = index


def _check_type(value: object, types: tuple[type, ...] | None, path: str) -> None:
    if types is None or type(value) in types:
        return
    if dict in types and isinstance(value, (Model, Mapping)):
        return  # a model, or another mapping, where a request takes an object
    if list in types and type(value) is tuple:
        return
    if str in types and isinstance(value, str):
        return  # an enum member
    expected = " or ".join(dict.fromkeys(_JSON_NAMES[allowed] for allowed in types))
    raise InvalidPayloadError(f"expected {expected}, got {_json_name(value)}", path)


def _json_name(value: object) -> str:
    return _JSON_NAMES.get(type(value), type(value).__name__)
