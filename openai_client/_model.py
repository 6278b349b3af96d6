"""What every generated model is: an attrs class with a table; reading and writing live in `_fields`.

The rule for the wire: lenient in what it reads, exact in what it writes back, strict only
when asked. A field a server left out (servers of older API versions do) is *not sent*:
it is out of `to_dict()`, `repr()` and `==`, and `is_sent()` says so. Reading a nullable one
gives None, as the SDK does; reading a non-nullable one raises AttributeError naming it,
since its type promises a value. Strict mode (`from_dict(data, strict=True)`) refuses both.

`to_dict()` gives plain JSON types only (enum members as their strings); `to_json()` is
`json.dumps(to_dict(), separators=(",", ":"), ensure_ascii=False)`: compact, the same bytes
every time for the same model.
"""

from __future__ import annotations

import enum
import json
import warnings
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, overload

from . import _json
from ._fields import ABSENT, Table, present
from .errors import InvalidPayloadError
from .types import UNSET

__all__ = ["ABSENT", "DeprecatedAlias", "ExtraFields", "FreeForm", "Model", "Page", "present"]

V = TypeVar("V")
T = TypeVar("T")


def _compiled(cls: type[Model]) -> None:
    """Install the class's compiled from_dict/to_dict, made from its table (once, on first use)."""
    table: Table = cls.__dict__["__table__"]
    table.install()


class Model:
    """The base of every generated model (attrs classes with slots).

    Models compare equal when they are of the same class and hold the same fields with
    equal values (fields not sent included); they copy and pickle by their slots.
    """

    __slots__ = ("_unsent",)
    __table__: ClassVar[Table]
    _unsent: tuple[str, ...]
    """The required fields the server left out, as read (their slots stay empty); () when it sent all."""

    def __attrs_post_init__(self) -> None:
        self._unsent = ()

    def to_dict(self) -> dict[str, Any]:
        """This object as plain JSON data (dict, list, str, int, float, bool, None): what was read, unchanged."""
        _compiled(type(self))
        return type(self).to_dict(self)

    def to_json(self) -> str:
        """This object as compact JSON text: `json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=False)`."""
        return json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read an object of this class from decoded JSON.

        Without `strict`, what the server sent is read as it is: unknown fields are kept, a
        field it left out is not sent (see `is_sent`). With `strict`, a value of the wrong
        JSON type, a null where none is allowed, or a missing required field raises, at
        any depth. A body of another kind (its fixed `object` differs) raises in both modes.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        _compiled(cls)
        return cls.from_dict(src_dict, strict)

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
            # Reached only when normal lookup failed: a slot never set.
            if name == "_unsent":  # made without __init__ nor a reader (object.__new__, an old pickle)
                return ()
            field = type(self).__table__.by_name.get(name)
            if field is not None and field.attr == name:
                if field.nullable:  # a nullable field not sent reads None, as in the SDK (is_sent tells)
                    return None
                raise AttributeError(
                    f"{type(self).__name__}.{name}: the server did not send `{field.name}` (servers of older API "
                    f"versions leave out fields added later); ask first with .is_sent({field.name!r})",
                    name=name,
                    obj=self,
                )
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)

        __iter__ = None  # not a container (pages and free-form objects say otherwise): no `KeyError: 0`

    def is_sent(self, name: str) -> bool:
        """Whether this object has field `name` (JSON or attribute name): sent by the server, or set since.

        False for a required field the server left out and for an optional field that is
        UNSET; True for an unknown field kept in `additional_properties`.
        """
        field = type(self).__table__.by_name.get(name)
        if field is not None:
            value = present(self, field.attr)
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

    def _state(self) -> tuple[Any, ...]:
        values = [present(self, field.attr) for field in type(self).__table__.fields]
        return (*values, present(self, "additional_properties"))

    def __getstate__(self) -> dict[str, Any]:
        # The slots that hold a value: an empty one (a field not sent) stays empty in a copy.
        names = [field.attr for field in type(self).__table__.fields] + ["additional_properties", "_unsent"]
        return {name: value for name in names if (value := present(self, name)) is not ABSENT}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Model)
        return self._state() == other._state()

    __hash__ = None  # type: ignore[assignment]  # mutable, as attrs makes equal-comparing classes

    def __repr__(self) -> str:
        shown = [
            f"{field.attr}={value!r}"
            for field in type(self).__table__.fields
            if (value := present(self, field.attr)) is not ABSENT
        ]
        extra = present(self, "additional_properties")
        if extra is not ABSENT and extra:
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

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


class FreeForm(ExtraFields[V], Mapping[str, V]):
    """A free-form object (`Metadata`, function parameters): a `Mapping` of its fields, equal to its dict.

    Build it from a dict or keywords: `Metadata({"key": "value"})`, `Metadata(key="value")`.
    """

    __slots__ = ()

    def __init__(self, fields: Mapping[str, V] | None = None, /, **more: V) -> None:
        self.additional_properties = {**(fields or {}), **more}
        self._unsent = ()

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.additional_properties!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FreeForm):
            return other.__class__ is self.__class__ and self.additional_properties == other.additional_properties
        if isinstance(other, Mapping):
            return self.additional_properties == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


class Page(ExtraFields[Any], Generic[T]):
    """A page of a list (`List*Response`): iterates over its `data`, and `len()` is how many it holds."""

    __slots__ = ()
    data: list[T]

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


class DeprecatedAlias(Generic[T]):
    """The old attribute name of a field (`type_` for `type`, `object_` for `object`): works, warns once."""

    _warned: ClassVar[set[tuple[str, str]]] = set()

    def __init__(self, name: str) -> None:
        self.name = name

    def _warn(self, owner: type) -> None:
        key = (owner.__name__, self.name)
        if key not in self._warned:
            self._warned.add(key)
            warnings.warn(
                f"{owner.__name__}.{self.name}_ is deprecated: use .{self.name}, as the API and the SDK name it",
                DeprecationWarning,
                stacklevel=3,
            )

    @overload
    def __get__(self, obj: None, owner: type) -> Self: ...
    @overload
    def __get__(self, obj: object, owner: type) -> T: ...
    def __get__(self, obj: object | None, owner: type) -> T | Self:
        if obj is None:
            return self
        self._warn(owner)
        value: T = getattr(obj, self.name)
        return value

    def __set__(self, obj: object, value: T) -> None:
        self._warn(type(obj))
        setattr(obj, self.name, value)


def _collect_unknown(value: object, path: str, found: list[tuple[str, object]]) -> None:
    if getattr(type(value), "is_unknown", None) is True or (
        isinstance(value, enum.Enum) and getattr(value, "is_unknown", False) is True
    ):
        found.append((path, value))
    elif isinstance(value, Model):
        for field in type(value).__table__.fields:
            field_value = present(value, field.attr)
            if field_value is not ABSENT and field_value is not UNSET and field_value is not None:
                _collect_unknown(field_value, f"{path}.{field.name}" if path else field.name, found)
    elif type(value) is list:
        for index, item in enumerate(value):
            _collect_unknown(item, f"{path}[{index}]", found)
