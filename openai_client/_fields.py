"""The combinators a generated model's table is built from, and the one reader and writer they drive.

A generated model declares its attrs fields and one table:

    RunObject.__table__ = table_of(
        RunObject,
        field("id", STRING, required=True),
        field("object", const("thread.run", fixes_kind=True), required=True),
        field("status", enum_of(RunStatus), required=True),
        field("tools", list_of(union_of("type", {"function": (AssistantToolsFunction,)}, ...)), required=True),
        field("temperature", NUMBER, nullable=True),
        extra=ANY,
    )

Everything else lives here, once: reading (lenient, or strict on request), writing back the
JSON that was read (plain JSON types only), fields a server left out, the kind check of a
model whose `object` is fixed, and union dispatch. A codec is how one JSON value is read
(`read(data, strict)`) and written (`dump(value)`); a table is a model's codecs by field.

Speed: the first `from_dict`/`to_dict` of a class compiles its table into two plain functions
(the way attrs writes `__init__`), with every field read or written in line; a payload that
lacks a required field, and every strict read, take the generic loop below instead. Both are
made from the same table, so they cannot disagree.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from .errors import InvalidPayloadError
from .types import UNSET

if TYPE_CHECKING:
    from ._model import Model

_JSON_NAMES = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    dict: "object",
    list: "array",
    type(None): "null",
}


def json_name(value: object) -> str:
    """The JSON type name of a decoded value ("object", "string", ...), or its Python type's name."""
    return _JSON_NAMES.get(type(value), type(value).__name__)


def _expected(types: Iterable[type]) -> str:
    return " or ".join(dict.fromkeys(_JSON_NAMES.get(t, t.__name__) for t in types))


class Codec:
    """How one JSON value is read into Python and written back.

    `types` are the Python types `json.loads` gives for the JSON types this codec takes
    (None: any). `plain` codecs keep the value as it is in lenient mode (scalars): a value of
    an unforeseen type passes through, as the rule for the wire asks.
    """

    types: tuple[type, ...] | None = None
    plain: bool = False

    def read(self, data: Any, strict: bool) -> Any:
        return data

    def dump(self, value: Any) -> Any:
        return value

    def takes(self, data: object) -> bool:
        """Whether `data` is of a JSON type this codec reads (how a union picks a member for a non-object)."""
        return self.types is None or type(data) in self.types


class Scalar(Codec):
    """A JSON string, number, integer or boolean (or any JSON value, `types=None`): kept as it is."""

    plain = True

    def __init__(self, types: tuple[type, ...] | None) -> None:
        self.types = types

    def read(self, data: Any, strict: bool) -> Any:
        if strict and self.types is not None and type(data) not in self.types:
            raise TypeError(f"expected {_expected(self.types)}, got {json_name(data)}")
        return data

    def __repr__(self) -> str:
        return f"Scalar({self.types!r})"


STRING: Final = Scalar((str,))
INTEGER: Final = Scalar((int,))
NUMBER: Final = Scalar((float, int))
BOOLEAN: Final = Scalar((bool,))
ANY: Final = Scalar(None)


def scalar(*types: type) -> Scalar:
    """A scalar of several JSON types (a union of scalars), as `Scalar`."""
    return Scalar(tuple(types) or None)


class Const(Scalar):
    """The one value a field may hold. `fixes_kind`: this field (`object`) says what kind of body this is,
    and a body whose value is absent or different is refused in every mode, not read as a wrong model."""

    def __init__(self, value: object, *, fixes_kind: bool = False) -> None:
        super().__init__((type(value),))
        self.value = value
        self.fixes_kind = fixes_kind

    def read(self, data: Any, strict: bool) -> Any:
        if (strict or self.fixes_kind) and data != self.value:
            raise InvalidPayloadError(f"expected {self.value!r}, got {data!r}")
        return data


def const(value: object, *, fixes_kind: bool = False) -> Const:
    return Const(value, fixes_kind=fixes_kind)


class EnumOf(Codec):
    """An open enum (see `_enum.OpenEnum`): a value the spec does not list becomes an unknown member.

    Written back as its plain string.
    """

    types = (str,)

    def __init__(self, cls: Any) -> None:
        self.cls = cls
        self.known = cls.known
        self.from_value = cls.from_value

    def read(self, data: Any, strict: bool) -> Any:
        member = self.known(data)
        if member is not None:
            return member
        if not isinstance(data, str):
            raise TypeError(f"{data!r} is not a valid {self.cls.__name__} (expected string, got {json_name(data)})")
        return self.from_value(data)

    def dump(self, value: Any) -> Any:
        return value._value_ if isinstance(value, enum.Enum) else value

    def takes(self, data: object) -> bool:
        return isinstance(data, str)


def enum_of(cls: Any) -> EnumOf:
    return EnumOf(cls)


class ModelOf(Codec):
    """A JSON object with its own model class; a request may give the model or its dict form."""

    types = (dict,)

    def __init__(self, cls: type[Model]) -> None:
        self.cls = cls

    def read(self, data: Any, strict: bool) -> Any:
        if type(data) is dict:
            return self.cls.from_dict(data, strict)
        if isinstance(data, self.cls):
            return data
        if isinstance(data, Mapping):
            return self.cls.from_dict(dict(data), strict)
        raise TypeError(f"expected object, got {json_name(data)}")

    def dump(self, value: Any) -> Any:
        if isinstance(value, self.cls):
            return value.to_dict()
        return self.read(value, True).to_dict()  # a dict given in its place: checked, then written

    def takes(self, data: object) -> bool:
        return isinstance(data, (Mapping, self.cls))


def model_of(cls: type[Model]) -> ModelOf:
    return ModelOf(cls)


def _as_list(data: Any) -> list[Any]:
    if type(data) is list:
        return data
    if isinstance(data, Sequence) and not isinstance(data, (str, bytes, Mapping)):
        return list(data)
    raise TypeError(f"expected array, got {json_name(data)}")


class ListOf(Codec):
    """A JSON array; items read in turn (the index is named on failure). A request may give any sequence."""

    types = (list,)

    def __init__(self, item: Codec, *, nullable_items: bool = False) -> None:
        self.item = item
        self.nullable_items = nullable_items

    def read(self, data: Any, strict: bool) -> Any:
        listed = _as_list(data)
        item = self.item
        if not listed or (item.plain and not strict):
            return listed
        if not self.nullable_items:
            # The common case in one comprehension; on failure the loop below names the index.
            try:
                if type(item) is ModelOf:
                    from_dict = item.cls.from_dict
                    return [from_dict(v, strict) if type(v) is dict else item.read(v, strict) for v in listed]
                read_item = item.read
                return [read_item(value, strict) for value in listed]
            except (TypeError, ValueError):
                pass
        read: Callable[[Any, bool], Any] = item.cls.from_dict if isinstance(item, ModelOf) else item.read
        items: list[Any] = []
        try:
            for value in listed:
                if value is None and (self.nullable_items or (item.plain and not strict)):
                    items.append(None)
                elif type(item) is ModelOf and type(value) is not dict:
                    items.append(item.read(value, strict))
                else:
                    items.append(read(value, strict))
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
        return items

    def dump(self, value: Any) -> Any:
        if self.item.plain:
            return list(value)
        dump = self.item.dump
        if type(self.item) is ModelOf and not self.nullable_items:
            cls = self.item.cls
            return [item.to_dict() if type(item) is cls else dump(item) for item in value]
        if type(self.item) is UnionOf and not self.nullable_items:
            models = self.item.model_set
            return [item.to_dict() if type(item) in models else dump(item) for item in value]
        return [None if item is None else dump(item) for item in value]

    def takes(self, data: object) -> bool:
        return isinstance(data, (list, tuple))


def list_of(item: Codec, *, nullable_items: bool = False) -> ListOf:
    return ListOf(item, nullable_items=nullable_items)


class MapOf(Codec):
    """A JSON object used as a map: any keys, every value read by one codec."""

    types = (dict,)

    def __init__(self, value: Codec) -> None:
        self.value = value

    def read(self, data: Any, strict: bool) -> Any:
        if not isinstance(data, Mapping):
            raise TypeError(f"expected object, got {json_name(data)}")
        return read_map(self.value, data, strict)

    def dump(self, value: Any) -> Any:
        return dump_map(self.value, value)


def map_of(value: Codec) -> MapOf:
    return MapOf(value)


def read_map(codec: Codec, data: Mapping[str, Any], strict: bool) -> dict[str, Any]:
    if codec.plain and not strict:
        return dict(data)
    read, out = codec.read, {}
    for key, value in data.items():
        try:
            out[key] = read(value, strict)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, key) from exc
    return out


def dump_map(codec: Codec, value: Mapping[str, Any]) -> dict[str, Any]:
    if codec.plain:
        return dict(value)
    dump = codec.dump
    return {key: dump(item) for key, item in value.items()}


class UnionOf(Codec):
    """One of several members. Objects are told apart by their tag (`key`: `type`, `object`, ...),
    whose values codegen read from the spec (const, enum, allOf parts, discriminator mappings);
    members that share a tag, and members without one, by their shape (required fields present,
    for a closed member no field it does not know). An object that sends no tag is read as a
    member whose tag is optional (upstream's `type` with a default) if it fits one; a tag no
    member has, or no tag where every member requires one, goes to `fallback`, the catch-all
    that keeps every field. Anything else (strings, numbers, arrays) goes to the first
    member of `others` that takes its JSON type.
    """

    def __init__(
        self,
        key: str | None,
        tags: Mapping[str, tuple[type[Model], ...]],
        *,
        shapes: tuple[type[Model], ...] = (),
        fallback: type[Model] | None = None,
        others: tuple[Codec, ...] = (),
    ) -> None:
        self.key = key
        self.tags = dict(tags)
        self._single = {tag: group[0] for tag, group in self.tags.items() if len(group) == 1}
        self.shapes = shapes
        self.fallback = fallback
        self.others = others
        members = [cls for group in self.tags.values() for cls in group] + list(shapes)
        if fallback is not None:
            members.append(fallback)
        self.models: tuple[type[Model], ...] = tuple(dict.fromkeys(members))
        self.model_set = frozenset(self.models)
        self._optional_tag: tuple[type[Model], ...] | None = None
        """The tagged members whose tag is optional: worked out on first use, once every table exists."""
        self._by_type: dict[type, Callable[[Any, bool], Any]] = {}
        """The reader of each JSON scalar type a member of `others` takes: one lookup, not a loop."""
        for other in reversed(others):
            for json_type in other.types or ():
                if json_type is not dict and json_type is not list:
                    self._by_type[json_type] = other.read
        types: list[type] = [dict] if self.models else []
        for other in others:
            if other.types is None:
                self.types = None
                break
            types.extend(t for t in other.types if t not in types)
        else:
            self.types = tuple(types)

    def member_for(self, data: Mapping[str, Any]) -> type[Model]:
        """The member class an object is read as (see the class docstring)."""
        tag = data.get(self.key) if self.key is not None else None
        if type(tag) is str:
            single = self._single.get(tag)
            if single is not None:
                return single
            group = self.tags.get(tag)
            if group is not None:
                return _best_fit(group, data)
        elif tag is None and self.key is not None and self.key not in data:
            untagged = [cls for cls in self._members_with_optional_tag() if _fits(cls, data)]
            if untagged:
                return _best_fit(tuple(untagged), data)
        for cls in self.shapes:
            if _fits(cls, data):
                return cls
        if self.fallback is not None:
            return self.fallback
        if len(self.models) == 1:  # the only object it can be (a tag of its own enum, read open)
            return self.models[0]
        if self.shapes:
            return _best_fit(self.shapes, data)
        raise ValueError(f"unknown {self.key} {tag!r} (known: {', '.join(map(repr, self.tags))})")

    def _also_fitting(self, data: Mapping[str, Any], picked: type[Model]) -> list[type[Model]]:
        """The members besides `picked` that a payload's fields fit: those of its tag, or, with
        no tag known, those told apart by shape (never the catch-all, which takes anything)."""
        tag = data.get(self.key) if self.key is not None else None
        group = self.tags.get(tag, ()) if type(tag) is str else self.shapes
        return [cls for cls in group if cls is not picked and cls is not self.fallback and _fits(cls, data)]

    def _members_with_optional_tag(self) -> tuple[type[Model], ...]:
        found = self._optional_tag
        if found is None:
            tagged = dict.fromkeys(cls for group in self.tags.values() for cls in group)
            found = tuple(cls for cls in tagged if self.key not in cls.__table__.required_names)
            self._optional_tag = found
        return found

    def read(self, data: Any, strict: bool) -> Any:
        if type(data) is dict and self.models:
            tag = data.get(self.key) if self.key is not None else None
            if type(tag) is str:  # the common case in one lookup: a tag only one member has
                single = self._single.get(tag)
                if single is not None:
                    return single.from_dict(data, strict)
            member = self.member_for(data)
            alternatives = self._also_fitting(data, member)
            if not alternatives:
                return member.from_dict(data, strict)
            return _first_that_reads((member, *alternatives), data, strict)

        by_type = self._by_type.get(type(data))
        if by_type is not None:
            return by_type(data, strict)
        if isinstance(data, self.models):
            return data
        for other in self.others:
            if other.takes(data):
                return other.read(data, strict)
        if isinstance(data, Mapping) and self.models:
            return self.read(dict(data), strict)
        raise TypeError(f"expected {_expected(self.types or ())}, got {json_name(data)}")

    def dump(self, value: Any) -> Any:
        kind = type(value)
        if kind is str or kind is int or kind is float or kind is bool or value is None:
            return value  # a JSON scalar is written as it is (an enum member is not one: it is a str subclass)
        if isinstance(value, enum.Enum):
            return value._value_
        if isinstance(value, self.models):
            return value.to_dict()
        if isinstance(value, Mapping) and self.models:
            return self.read(dict(value), True).to_dict()
        for other in self.others:
            if other.takes(value):
                return other.dump(value)
        return value

    def takes(self, data: object) -> bool:
        return (bool(self.models) and isinstance(data, (Mapping, *self.models))) or any(
            other.takes(data) for other in self.others
        )


def union_of(
    key: str | None,
    tags: Mapping[str, type[Model] | tuple[type[Model], ...]],
    *,
    shapes: tuple[type[Model], ...] = (),
    fallback: type[Model] | None = None,
    others: tuple[Codec, ...] = (),
) -> UnionOf:
    """A union (see `UnionOf`); a tag's member may be one class or a tuple of those sharing it."""
    grouped = {tag: member if isinstance(member, tuple) else (member,) for tag, member in tags.items()}
    return UnionOf(key, grouped, shapes=shapes, fallback=fallback, others=others)


def read_value(codec: Codec, data: Any, strict: bool) -> Any:
    """A whole decoded JSON value read with `codec` (an answer whose schema is a union, say): what
    it cannot read is an InvalidPayloadError, as from a model's `from_dict`."""
    try:
        return codec.read(data, strict)
    except InvalidPayloadError:
        raise
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError(str(exc)) from exc


def _fits(cls: type[Model], data: Mapping[str, Any]) -> bool:
    table = cls.__table__
    if not table.required_names.issubset(data.keys()):
        return False
    return table.extra_codec is not None or table.names.issuperset(data.keys())


def _first_that_reads(candidates: tuple[type[Model], ...], data: dict[str, Any], strict: bool) -> Model:
    """Of members a payload's field names all fit, the first whose types take its values too.

    The payload is read as the member it is, not the first one it could be squeezed into: one
    that takes its values as the spec says, every enum value known, comes first; then one that
    takes them as the spec says but for values it does not know (an open enum's); then, in
    lenient mode, the first that takes them at all (a string field given an object). None
    takes them: the first one's error. (A strict read that succeeds is the lenient one too.)
    """
    read_strictly: list[Model] = []
    for cls in candidates:
        try:
            read = cls.from_dict(data, True)
        except (TypeError, ValueError):  # InvalidPayloadError included
            continue
        if not read.unknown_values():
            return read
        read_strictly.append(read)
    if read_strictly:
        return read_strictly[0]
    failure: Exception | None = None
    for cls in candidates:
        try:
            return cls.from_dict(data, strict)
        except (TypeError, ValueError) as error:
            failure = failure or error
    assert failure is not None
    raise failure


def _best_fit(group: tuple[type[Model], ...], data: Mapping[str, Any]) -> type[Model]:
    fitting = [cls for cls in group if _fits(cls, data)]
    # Of those that fit, the one that names most of the payload's fields; none fits: the one closest.
    candidates = fitting or list(group)
    return max(candidates, key=lambda cls: len(cls.__table__.names.intersection(data.keys())))


class Field:
    """One property of a model: its JSON name, attribute name, codec and what the spec says of it."""

    __slots__ = ("attr", "codec", "name", "nullable", "required", "unique_by")

    def __init__(
        self,
        name: str,
        codec: Codec,
        *,
        attr: str | None = None,
        required: bool = False,
        nullable: bool = False,
        unique_by: str | None = None,
    ) -> None:
        self.name = name
        self.attr = attr or name
        self.codec = codec
        self.required = required
        self.nullable = nullable
        self.unique_by = unique_by

    def read(self, value: Any, strict: bool) -> Any:
        """A present value, read (None as it is where allowed, or for a scalar in lenient mode)."""
        if value is None:
            if self.nullable or (self.codec.plain and not strict):
                return None
            if strict:
                raise InvalidPayloadError("null is not allowed here", self.name)
        try:
            return self.codec.read(value, strict)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, self.name) from exc

    def dump(self, value: Any) -> Any:
        return None if value is None else self.codec.dump(value)


def field(
    name: str,
    codec: Codec,
    *,
    attr: str | None = None,
    required: bool = False,
    nullable: bool = False,
    unique_by: str | None = None,
) -> Field:
    return Field(name, codec, attr=attr, required=required, nullable=nullable, unique_by=unique_by)


class _Closed:
    def __repr__(self) -> str:
        return "CLOSED"


CLOSED: Final = _Closed()
"""`extra=CLOSED`: the spec says `additionalProperties: false` (strict refuses other fields)."""


class Table:
    """A model's fields, and what reading and writing it needs, made once per class."""

    def __init__(self, cls: type[Model], fields: tuple[Field, ...], extra: Codec | _Closed) -> None:
        self.cls = cls
        self.fields = fields
        self.extra = extra
        self.extra_codec: Codec | None = extra if isinstance(extra, Codec) else None
        """How fields the spec does not name are read (None: it says `additionalProperties: false`)."""
        self.names = frozenset(f.name for f in fields)
        self.required_names = frozenset(f.name for f in fields if f.required)
        self.by_name = {f.name: f for f in fields} | {f.attr: f for f in fields}
        self.kind = next((f for f in fields if isinstance(f.codec, Const) and f.codec.fixes_kind), None)
        self._plan = [(f.name, f.attr, f, type(f.codec) is Scalar, f.codec.types) for f in fields]
        """Per field: its names, itself, and for a plain scalar the JSON types it takes (checked in line)."""

    # -- the generic paths: every strict read, a payload missing a required field, an object missing one

    def read(self, data: Mapping[str, Any], strict: bool) -> Any:
        """Read `data`; a required field it lacks stays absent (nullable: reads None), or raises in strict mode."""
        d = data if type(data) is dict else as_object(data)
        kind = self.kind
        if kind is not None and d.get(kind.name, _ABSENT) != kind.codec.value:  # type: ignore[attr-defined]
            # First: a body of another kind (a misrouted gateway's, another object's) is no such model.
            expected, value = kind.codec.value, d.get(kind.name, _ABSENT)  # type: ignore[attr-defined]
            got = f"no `{kind.name}`" if value is _ABSENT else repr(value)
            raise InvalidPayloadError(f"expected {expected!r}, got {got}", kind.name)
        obj = object.__new__(self.cls)
        unsent: list[str] = []
        setattr_ = object.__setattr__
        found = 0
        for name, attr, f, is_scalar, scalar_types in self._plan:
            value = d.get(name, _ABSENT)
            if value is _ABSENT:
                if not f.required:
                    setattr_(obj, attr, UNSET)
                    continue
                if strict:
                    raise InvalidPayloadError("required field is missing", name)
                unsent.append(attr)  # its slot stays empty: Model.__getattr__ answers for it
                continue
            found += 1
            if not is_scalar or value is None:
                value = f.read(value, strict)
            elif strict and scalar_types is not None and type(value) not in scalar_types:
                raise InvalidPayloadError(f"expected {_expected(scalar_types)}, got {json_name(value)}", name)
            if strict and f.unique_by is not None:
                _check_unique(value, f.unique_by, name)
            setattr_(obj, attr, value)
        setattr_(obj, "_unsent", tuple(unsent))
        names = self.names
        if self.extra_codec is None:
            if strict and found != len(d):
                for name in d:
                    if name not in names:
                        raise InvalidPayloadError(
                            "not a field of this object (send fields the spec does not know with extra_body=)", name
                        )
        else:
            extra = {} if found == len(d) else {k: v for k, v in d.items() if k not in names}
            setattr_(obj, "additional_properties", read_map(self.extra_codec, extra, strict) if extra else extra)
        return obj

    def dump(self, obj: Model) -> dict[str, Any]:
        """`obj` as JSON, writing only the fields it has."""
        out: dict[str, Any] = {}
        if self.extra_codec is not None:
            out.update(dump_map(self.extra_codec, obj.additional_properties))  # type: ignore[attr-defined]
        for f in self.fields:
            value = present(obj, f.attr)
            if value is _ABSENT or value is UNSET:
                continue
            try:
                out[f.name] = f.dump(value)
            except (TypeError, ValueError, AttributeError) as exc:
                raise InvalidPayloadError.wrap(exc, f.name) from exc
        return out

    def convert(self, name: str, value: Any) -> Any:
        """A constructor's value for field `name` (a dict, string or sequence too), read strictly into its type."""
        if value is UNSET:
            return value
        return self.by_name[name].read(value, True)

    # -- the fast paths, compiled from the same table on first use

    installed = False

    def install(self) -> None:
        """Compile this table (and those of the models its fields hold) into the class's from_dict/to_dict."""
        if self.installed:
            return
        self.installed = True  # first: in a cycle of models, the later one calls the earlier through Model
        for f in self.fields:
            if isinstance(f.codec, ModelOf) and "__table__" in f.codec.cls.__dict__:
                f.codec.cls.__table__.install()
        try:
            reader, writer = self.compile()
        except BaseException:
            self.installed = False
            raise
        type.__setattr__(self.cls, "from_dict", classmethod(reader))
        type.__setattr__(self.cls, "to_dict", writer)

    def compile(self) -> tuple[Callable[..., Any], Callable[[Any], dict[str, Any]]]:
        namespace: dict[str, Any] = {
            "new": object.__new__,
            "UNSET": UNSET,
            "table": self,
            "as_object": as_object,
            "wrap": InvalidPayloadError.wrap,
            "InvalidPayloadError": InvalidPayloadError,
        }
        read_lines = [
            "def from_dict(cls, src, strict=False):",
            "    d = src if type(src) is dict else as_object(src)",
            "    if strict or cls is not table.cls:",
            "        return table.read(d, strict)",
            "    obj = new(cls)",
            '    at = ""',
            "    try:",
        ]
        dump_items: list[str] = []
        dump_optional: list[str] = []
        optional: list[str] = []
        for index, f in enumerate(self.fields):
            codec = f.codec
            namespace[f"c{index}"] = codec
            key = repr(f.name)
            source = f"d[{key}]" if f.required else f"d.get({key}, UNSET)"
            target = f"obj.{f.attr}"
            if not f.required:
                optional.append(f.attr)
            if isinstance(codec, Const) and codec.fixes_kind:
                read_lines += [
                    f"        at = {key}",
                    f"        v = {source}",
                    f"        {target} = v if v == {codec.value!r} else c{index}.read(v, False)",
                ]
            elif codec.plain:
                read_lines.append(f"        {target} = {source}")
            else:
                if isinstance(codec, EnumOf):
                    namespace[f"k{index}"] = codec.known
                    expression = f"k{index}(v) or c{index}.read(v, False)"
                elif isinstance(codec, ModelOf):
                    namespace[f"m{index}"] = codec.cls.from_dict
                    expression = f"m{index}(v, False) if type(v) is dict else c{index}.read(v, False)"
                elif isinstance(codec, UnionOf):
                    namespace[f"t{index}"] = codec._by_type.get
                    expression = f"b(v, False) if (b := t{index}(type(v))) is not None else c{index}.read(v, False)"
                    if codec.models:
                        namespace[f"u{index}"] = codec.member_for
                        expression = f"u{index}(v).from_dict(v, False) if type(v) is dict else ({expression})"
                else:
                    expression = f"c{index}.read(v, False)"
                guards = []
                if not f.required:
                    guards.append("v is UNSET")
                if f.nullable:
                    guards.append("v is None")
                if guards:
                    expression = f"v if {' or '.join(guards)} else {expression}"
                read_lines += [f"        at = {key}", f"        v = {source}", f"        {target} = {expression}"]
            # writing
            value = f"self.{f.attr}" if f.required else "v"
            if codec.plain:
                written = value
            else:
                if isinstance(codec, EnumOf):
                    written = "v._value_ if type(v) is not str else v"
                elif isinstance(codec, ModelOf):
                    namespace[f"w{index}"], namespace[f"C{index}"] = codec.dump, codec.cls
                    written = f"v.to_dict() if type(v) is C{index} else w{index}(v)"
                elif isinstance(codec, UnionOf) and codec.models:
                    namespace[f"w{index}"], namespace[f"M{index}"] = codec.dump, codec.model_set
                    written = f"w{index}(v)"
                    enums = frozenset(other.cls for other in codec.others if isinstance(other, EnumOf))
                    if enums:
                        namespace[f"E{index}"] = enums
                        written = f"v._value_ if type(v) in E{index} else {written}"
                    written = f"v.to_dict() if type(v) in M{index} else ({written})"
                else:
                    namespace[f"w{index}"] = codec.dump
                    written = f"w{index}(v)"
                written = f"None if (v := {value}) is None else {written}"
            if f.required:
                dump_items.append(f"        {key}: {written},")
            else:
                dump_optional += [f"    if (v := self.{f.attr}) is not UNSET:", f"        out[{key}] = {written}"]
        if not self.fields:
            read_lines.append("        pass")
        read_lines += [
            "    except KeyError:",
            "        return table.read(d, False)",
            "    except (TypeError, ValueError) as exc:",
            "        raise wrap(exc, at) from exc",
            "    obj._unsent = ()",
        ]
        if self.extra_codec is not None:
            namespace["names"] = self.names
            if not self.fields:
                extra = "d"
            elif len(optional) <= 4:
                # Every required field was read above, so the payload holds more fields than the
                # known ones exactly when it holds fields the spec does not name: a count.
                counted = " + ".join(
                    [str(len(self.fields) - len(optional)), *(f"(obj.{attr} is not UNSET)" for attr in optional)]
                )
                extra = f"{{}} if len(d) == {counted} else {{k: v for k, v in d.items() if k not in names}}"
            else:
                extra = "{} if names.issuperset(d) else {k: v for k, v in d.items() if k not in names}"
            if self.extra_codec.plain:
                read_lines.append(f"    obj.additional_properties = {extra}")
            else:
                namespace["read_map"], namespace["extra"] = read_map, self.extra
                read_lines += [f"    e = {extra}", "    obj.additional_properties = e and read_map(extra, e, False)"]
        read_lines.append("    return obj")

        dump_lines = ["def to_dict(self):", "    if self._unsent:", "        return table.dump(self)"]
        if self.extra_codec is None:
            start = []
        elif self.extra_codec.plain:
            start = ["        **self.additional_properties,"]
        else:
            namespace["dump_map"], namespace["extra"] = dump_map, self.extra
            start = ["        **dump_map(extra, self.additional_properties),"]
        dump_lines += ["    out = {", *start, *dump_items, "    }"]
        dump_lines += dump_optional
        dump_lines.append("    return out")
        source = "\n".join(read_lines) + "\n\n" + "\n".join(dump_lines) + "\n"
        exec(compile(source, f"<openai_client table of {self.cls.__qualname__}>", "exec"), namespace)
        return namespace["from_dict"], namespace["to_dict"]


def table_of(cls: type[Model], *fields: Field, extra: Codec | _Closed = ANY) -> Table:
    """The table of `cls` (see the module docstring), which `Model` reads and writes it with."""
    table = Table(cls, tuple(fields), extra)
    cls.__table__ = table
    return table


class _Absent(enum.Enum):
    ABSENT = "ABSENT"


_ABSENT: Final = _Absent.ABSENT


def present(obj: object, attr: str) -> Any:
    """The value of `attr`, or ABSENT for a slot never set (without the message Model.__getattr__ builds)."""
    try:
        return object.__getattribute__(obj, attr)
    except AttributeError:
        return _ABSENT


ABSENT: Final = _ABSENT


def as_object(data: object) -> dict[str, Any]:
    """A mapping's fields as a dict, or InvalidPayloadError for anything that is not an object."""
    if type(data) is dict:
        return data
    if isinstance(data, Mapping):
        return dict(data)
    raise InvalidPayloadError(f"expected an object, got {json_name(data)}")


def _check_unique(items: Iterable[Any], key: str, path: str) -> None:
    seen: dict[Any, int] = {}
    for index, item in enumerate(items):
        value = item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)
        if value in seen:
            raise InvalidPayloadError(
                f"repeats {key} {value!r} of item [{seen[value]}]: give each only once", f"{path}[{index}].{key}"
            )
        seen[value] = index
