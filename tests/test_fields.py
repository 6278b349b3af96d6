"""The runtime's combinators (openai_client/_fields.py), tested on small hand-made models, no generator involved.

One test per rule: what each combinator reads (lenient and strict) and writes, fields not sent,
the kind check, and union dispatch for every tagging style (a tag of one value, a tag of many,
a tag shared by two members told apart by shape, untagged members tried by shape, the
catch-all last). Both paths of a model (compiled on first use, and the generic loop that strict
reads and payloads missing a field take) are made from the same table, so every test that
reads runs through both.
"""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any, ClassVar, Literal, cast

import pytest
from attrs import define
from attrs import field as attrs_field

from openai_client._enum import OpenEnum
from openai_client._fields import (
    ANY,
    BOOLEAN,
    CLOSED,
    INTEGER,
    NUMBER,
    STRING,
    const,
    enum_of,
    field,
    list_of,
    map_of,
    model_of,
    scalar,
    table_of,
    union_of,
)
from openai_client._model import ExtraFields, FreeForm, Model, Page
from openai_client.errors import InvalidPayloadError
from openai_client.types import UNSET, Unset


class Color(OpenEnum):
    RED = "red"
    BLUE = "blue"


@define(eq=False, repr=False, getstate_setstate=False)
class Cat(ExtraFields[Any]):
    meows: bool
    type: Literal["cat"] = "cat"
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=dict)


@define(eq=False, repr=False, getstate_setstate=False)
class Dog(ExtraFields[Any]):
    """Tagged by an enum of two values."""

    type: str
    barks: bool
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=dict)


@define(eq=False, repr=False, getstate_setstate=False)
class Wolf(ExtraFields[Any]):
    """Shares the tag `dog` with Dog: told apart by its required `howls`."""

    type: str
    howls: int
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=dict)


@define(eq=False, repr=False, getstate_setstate=False)
class Fish(Model):
    """Untagged and closed."""

    fins: int


@define(eq=False, repr=False, getstate_setstate=False)
class Snail(Model):
    """Untagged and closed."""

    shell: str


@define(eq=False, repr=False, getstate_setstate=False)
class UnknownPet(ExtraFields[Any]):
    type: str
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=dict)
    is_unknown: ClassVar[bool] = True


@define(eq=False, repr=False, getstate_setstate=False, init=False)
class Labels(FreeForm[str]):
    additional_properties: dict[str, str]


@define(eq=False, repr=False, getstate_setstate=False)
class Owner(ExtraFields[Any]):
    name: str
    pet: Cat | Dog | Wolf | Fish | Snail | UnknownPet | None
    pets: list[Cat | Dog | Wolf | Fish | Snail | UnknownPet]
    color: Color
    labels: Labels | None
    age: int | None
    favourite: Color | Cat | Dog | Wolf | Fish | Snail | UnknownPet | Unset = UNSET
    score: float | Unset = UNSET
    object: Literal["owner"] = "owner"
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=dict)


@define(eq=False, repr=False, getstate_setstate=False)
class Shelter(Page[Owner]):
    data: list[Owner]
    by_name: dict[str, Cat | Dog | Wolf | Fish | Snail | UnknownPet]
    object: Literal["list"] = "list"
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=dict)


PET = union_of(
    "type",
    {"cat": Cat, "dog": (Dog, Wolf), "puppy": Dog},
    shapes=(Fish, Snail),
    fallback=UnknownPet,
)
table_of(Cat, field("type", const("cat"), required=True), field("meows", BOOLEAN, required=True))
table_of(Dog, field("type", STRING, required=True), field("barks", BOOLEAN, required=True))
table_of(Wolf, field("type", STRING, required=True), field("howls", INTEGER, required=True))
table_of(Fish, field("fins", INTEGER, required=True), extra=CLOSED)
table_of(Snail, field("shell", STRING, required=True), extra=CLOSED)
table_of(UnknownPet, field("type", STRING, required=True))
table_of(Labels, extra=STRING)
table_of(
    Owner,
    field("object", const("owner", fixes_kind=True), required=True),
    field("name", STRING, required=True),
    field("pet", PET, required=True, nullable=True),
    field("pets", list_of(PET), required=True),
    field("color", enum_of(Color), required=True),
    field("labels", model_of(Labels), required=True, nullable=True),
    field("age", INTEGER, required=True, nullable=True),
    field("favourite", union_of("type", {"cat": Cat}, fallback=UnknownPet, others=(enum_of(Color),))),
    field("score", NUMBER),
)
table_of(
    Shelter,
    field("object", const("list", fixes_kind=True), required=True),
    field("data", list_of(model_of(Owner)), required=True),
    field("by_name", map_of(PET), required=True),
)


def owner(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "object": "owner",
        "name": "Ann",
        "pet": {"type": "cat", "meows": True},
        "pets": [],
        "color": "red",
        "labels": {"k": "v"},
        "age": 40,
    }
    payload.update(changes)
    return payload


def read(payload: dict[str, Any], strict: bool = False) -> Owner:
    """Read a copy, and check that what was read writes back exactly."""
    obj = Owner.from_dict(copy.deepcopy(payload), strict)
    assert obj.to_dict() == payload
    return obj


# -- scalars, consts, enums ---------------------------------------------------------------------------------
def test_a_scalar_of_an_unforeseen_type_passes_through_unless_strict() -> None:
    assert read(owner(age="forty")).to_dict()["age"] == "forty"
    with pytest.raises(InvalidPayloadError, match="expected integer, got string") as caught:
        Owner.from_dict(owner(age="forty"), strict=True)
    assert caught.value.path == "age"
    assert scalar(str, int).read(5, True) == 5 and ANY.read([1], True) == [1]


def test_a_fixed_kind_is_refused_in_every_mode_when_absent_or_different() -> None:
    for strict in (False, True):
        with pytest.raises(InvalidPayloadError, match="expected 'owner', got 'cat'"):
            Owner.from_dict(owner(object="cat"), strict)
        with pytest.raises(InvalidPayloadError, match="expected 'owner', got no `object`") as caught:
            Owner.from_dict({"name": "Ann"}, strict)
        assert caught.value.path == "object"


def test_another_const_is_checked_only_in_strict_mode() -> None:
    assert Cat.from_dict({"type": "kitten", "meows": True}).to_dict()["type"] == "kitten"
    with pytest.raises(InvalidPayloadError, match="expected 'cat', got 'kitten'"):
        Cat.from_dict({"type": "kitten", "meows": True}, strict=True)


def test_an_enum_value_is_a_member_and_is_written_as_a_plain_string() -> None:
    known, unknown = read(owner(color="red")), read(owner(color="zz_future_green"))
    assert known.color is Color.RED and not known.color.is_unknown
    assert unknown.color == "zz_future_green" and unknown.color.is_unknown
    assert type(known.to_dict()["color"]) is str and type(unknown.to_dict()["color"]) is str
    with pytest.raises(InvalidPayloadError, match="expected string, got integer") as caught:
        Owner.from_dict(owner(color=5))
    assert caught.value.path == "color"


# -- models, lists, maps ------------------------------------------------------------------------------------
def test_a_nested_model_is_read_from_any_mapping_and_refuses_other_types() -> None:
    assert model_of(Cat).read(Cat(meows=False), False) == Cat(meows=False)
    assert model_of(Cat).read(_Mapping({"type": "cat", "meows": True}), False) == Cat(meows=True)
    with pytest.raises(InvalidPayloadError, match="expected object, got array") as caught:
        Owner.from_dict(owner(labels=["a"]))
    assert caught.value.path == "labels"


def test_a_list_names_the_index_of_the_item_at_fault() -> None:
    with pytest.raises(InvalidPayloadError) as caught:
        Owner.from_dict(owner(pets=[{"type": "cat", "meows": True}, 7]))
    assert caught.value.path == "pets[1]"


def test_a_map_reads_its_values_into_models_and_writes_them_back() -> None:
    payload = {
        "object": "list",
        "data": [owner()],
        "by_name": {"tom": {"type": "cat", "meows": True}, "rex": {"type": "puppy", "barks": True}},
    }
    shelter = Shelter.from_dict(copy.deepcopy(payload))
    assert isinstance(shelter.by_name["tom"], Cat) and isinstance(shelter.by_name["rex"], Dog)
    assert shelter.to_dict() == payload


def test_a_page_iterates_over_its_data_and_has_a_length() -> None:
    shelter = Shelter.from_dict({"object": "list", "data": [owner(), owner(name="Bo")], "by_name": {}})
    assert [o.name for o in shelter] == ["Ann", "Bo"] and len(shelter) == 2


def test_a_free_form_object_is_a_mapping_equal_to_its_dict() -> None:
    labels = read(owner(labels={"k": "v", "x": "y"})).labels
    assert labels == {"k": "v", "x": "y"} and dict(labels) == {"k": "v", "x": "y"}
    assert labels is not None and labels.get("k") == "v" and list(labels.items())[1] == ("x", "y") and len(labels) == 2
    assert Labels({"k": "v"}, x="y") == labels


def test_a_model_is_not_iterable() -> None:
    with pytest.raises(TypeError, match="not iterable"):
        iter(cast(Any, read(owner())))


# -- unions -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("pet", "member"),
    [
        ({"type": "cat", "meows": True}, Cat),  # a tag of one value
        ({"type": "puppy", "barks": True}, Dog),  # one of a tag of many values
        ({"type": "dog", "barks": False}, Dog),  # a tag two members share: the shape decides
        ({"type": "dog", "howls": 3}, Wolf),
        ({"fins": 4}, Fish),  # untagged members, by shape
        ({"shell": "spiral"}, Snail),
        ({"type": "zz_future_pet", "wings": 2}, UnknownPet),  # the catch-all, last
        ({"type": {"zz_future": "object tag"}}, UnknownPet),  # a tag that is not a string: no member has it
        ({"fins": 4, "legs": 2}, UnknownPet),  # a closed member does not take a field it does not know
    ],
)
def test_a_union_picks_its_member_by_tag_then_by_shape_then_the_catch_all(pet: dict[str, Any], member: type) -> None:
    for strict in (False, True) if member is not UnknownPet else (False,):
        read_owner = read(owner(pet=pet, pets=[pet]), strict)
        assert type(read_owner.pet) is member and type(read_owner.pets[0]) is member


@define(eq=False, repr=False, getstate_setstate=False)
class Place(Model):
    """Tagged, but its tag is optional (upstream's `type: approximate` with a default): a payload may leave it out."""

    type: Literal["approximate"] | Unset = UNSET
    city: str | Unset | None = UNSET


table_of(Place, field("type", const("approximate")), field("city", STRING, nullable=True), extra=CLOSED)
PLACE = union_of("type", {"approximate": Place}, fallback=UnknownPet)


@pytest.mark.parametrize("strict", [False, True])
def test_an_object_without_the_tag_is_read_as_the_member_whose_tag_is_optional(strict: bool) -> None:
    for payload in ({"city": "Paris"}, {}):
        place = PLACE.read(copy.deepcopy(payload), strict)
        assert type(place) is Place and place.to_dict() == payload
    assert type(PLACE.read({"type": "zz_future_place", "city": "Paris"}, strict)) is UnknownPet


def test_an_object_without_the_tag_every_member_requires_is_read_as_the_catch_all() -> None:
    assert type(PET.read({"meows": True}, False)) is UnknownPet
    assert type(PLACE.read({"city": "Paris", "zz_future_field": 1}, False)) is UnknownPet  # Place is closed


def test_the_catch_all_keeps_every_field_and_says_it_is_unknown() -> None:
    pet = {"type": "zz_future_pet", "wings": 2, "nested": {"a": [1, None]}}
    unknown = read(owner(pet=pet)).pet
    assert isinstance(unknown, UnknownPet) and unknown.is_unknown and unknown.to_dict() == pet


def test_a_union_reads_a_scalar_member_by_its_json_type() -> None:
    assert read(owner(favourite="blue")).favourite is Color.BLUE
    assert isinstance(read(owner(favourite={"type": "cat", "meows": True})).favourite, Cat)
    with pytest.raises(InvalidPayloadError, match="expected object or string, got integer"):
        Owner.from_dict(owner(favourite=5))


def test_a_union_without_a_catch_all_names_an_unknown_tag() -> None:
    strict_pets = union_of("type", {"cat": Cat, "puppy": Dog})
    with pytest.raises(ValueError, match="unknown type 'zz_future_pet'"):
        strict_pets.read({"type": "zz_future_pet"}, False)


def test_a_union_takes_a_member_or_its_dict_and_writes_plain_json() -> None:
    assert PET.dump(Cat(meows=True)) == {"type": "cat", "meows": True}
    assert PET.dump({"type": "puppy", "barks": True}) == {"type": "puppy", "barks": True}
    assert PET.read(Dog(type="dog", barks=True), True) == Dog(type="dog", barks=True)


# -- fields not sent ----------------------------------------------------------------------------------------
def test_a_nullable_field_not_sent_reads_none_and_stays_out_of_everything() -> None:
    payload = owner()
    del payload["labels"]
    ann = read(payload)
    assert ann.labels is None and not ann.is_sent("labels") and "labels" not in repr(ann)
    assert ann != read(owner(labels=None)), "not sent is not the same as null"
    ann.labels = Labels(k="v")
    assert ann.is_sent("labels") and ann.to_dict()["labels"] == {"k": "v"}


def test_a_non_nullable_field_not_sent_raises_naming_it() -> None:
    payload = owner()
    del payload["color"]
    ann = read(payload)
    with pytest.raises(AttributeError, match=r"Owner\.color: the server did not send `color`"):
        _ = ann.color
    assert not ann.is_sent("color")


@pytest.mark.parametrize("missing", ["labels", "color"])
def test_strict_mode_names_a_missing_required_field_nullable_or_not(missing: str) -> None:
    payload = owner()
    del payload[missing]
    with pytest.raises(InvalidPayloadError, match="required field is missing") as caught:
        Owner.from_dict(payload, strict=True)
    assert caught.value.path == missing


def test_a_model_with_fields_not_sent_copies_pickles_and_compares() -> None:
    payload = owner()
    del payload["labels"], payload["color"]
    ann = read(payload)
    for twin in (copy.copy(ann), copy.deepcopy(ann), pickle.loads(pickle.dumps(ann))):
        assert twin == ann and twin.to_dict() == payload and not twin.is_sent("labels")


def test_unknown_fields_are_kept_and_written_back_first() -> None:
    ann = read(owner(zz_future_field={"x": 1}))
    assert ann["zz_future_field"] == {"x": 1} and next(iter(ann.to_dict())) == "zz_future_field"


def test_strict_mode_refuses_a_field_a_closed_model_does_not_know() -> None:
    with pytest.raises(InvalidPayloadError, match="not a field of this object") as caught:
        Fish.from_dict({"fins": 1, "legs": 2}, strict=True)
    assert caught.value.path == "legs"


# -- writing ------------------------------------------------------------------------------------------------
def test_to_json_is_compact_and_keeps_non_ascii() -> None:
    ann = read(owner(name="Zoë"))
    assert ann.to_json() == json.dumps(ann.to_dict(), separators=(",", ":"), ensure_ascii=False)
    assert '"name":"Zoë"' in ann.to_json()


class _Mapping(dict[str, Any]):
    """A mapping that is not exactly a dict (as some JSON libraries give)."""


@define(eq=False, repr=False, getstate_setstate=False)
class PlainNote(Model):
    """Untagged: a role and its text as one string (upstream's EasyInputMessage)."""

    role: str
    content: str


@define(eq=False, repr=False, getstate_setstate=False)
class RichNote(Model):
    """Untagged: a role and its content as an object (upstream's EvalItem): the same field names."""

    role: str
    content: Labels


table_of(PlainNote, field("role", STRING, required=True), field("content", STRING, required=True), extra=CLOSED)
table_of(
    RichNote, field("role", STRING, required=True), field("content", model_of(Labels), required=True), extra=CLOSED
)
NOTE = union_of(None, {}, shapes=(PlainNote, RichNote))


@pytest.mark.parametrize("strict", [False, True])
def test_members_alike_in_their_field_names_are_tried_in_turn_by_their_values(strict: bool) -> None:
    assert type(NOTE.read({"role": "user", "content": "Hi"}, strict)) is PlainNote
    rich = NOTE.read({"role": "user", "content": {"text": "Hi"}}, strict)
    assert type(rich) is RichNote and rich.to_dict() == {"role": "user", "content": {"text": "Hi"}}


def test_values_no_member_alike_in_names_takes_are_an_error_strictly_and_kept_leniently() -> None:
    odd = {"role": "user", "content": 5}
    with pytest.raises(InvalidPayloadError, match="content"):
        NOTE.read(dict(odd), True)
    assert NOTE.read(dict(odd), False).to_dict() == odd
