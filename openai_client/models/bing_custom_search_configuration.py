from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELD_SPECS = (
    FieldSpec("connection_id", "connection_id", (str,), required=True),
    FieldSpec("instance_name", "instance_name", (str,), required=True),
    FieldSpec("market", "market", (str,)),
    FieldSpec("set_lang", "set_lang", (str,)),
    FieldSpec("count", "count", (int,)),
    FieldSpec("freshness", "freshness", (str,)),
)
_KNOWN = frozenset({"connection_id", "instance_name", "market", "set_lang", "count", "freshness"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class BingCustomSearchConfiguration(ExtraFields[Any]):
    """Which Bing Custom Search connection and instance to search.

    Attributes:
        connection_id (str): The project connection to Bing Custom Search.
        instance_name (str): The configured custom search instance.
        market (str | Unset): The market results come from, as `<language>-<country>`.
        set_lang (str | Unset): The language of user-interface strings.
        count (int | Unset): How many results to return.
        freshness (str | Unset): How recent results must be.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    connection_id: str
    instance_name: str
    market: str | Unset = UNSET
    set_lang: str | Unset = UNSET
    count: int | Unset = UNSET
    freshness: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["connection_id"] = self.connection_id
            field_dict["instance_name"] = self.instance_name
            if (market := self.market) is not UNSET:
                field_dict["market"] = market
            if (set_lang := self.set_lang) is not UNSET:
                field_dict["set_lang"] = set_lang
            if (count := self.count) is not UNSET:
                field_dict["count"] = count
            if (freshness := self.freshness) is not UNSET:
                field_dict["freshness"] = freshness
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a BingCustomSearchConfiguration from decoded JSON.

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
            obj.connection_id = d["connection_id"]
            obj.instance_name = d["instance_name"]
            obj.market = d.get("market", UNSET)
            obj.set_lang = d.get("set_lang", UNSET)
            obj.count = d.get("count", UNSET)
            obj.freshness = d.get("freshness", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            2
            + (obj.market is not UNSET)
            + (obj.set_lang is not UNSET)
            + (obj.count is not UNSET)
            + (obj.freshness is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class BingCustomSearchConfigurationParam(TypedDict, total=False):
    """The dict form of BingCustomSearchConfiguration: what a request takes in its place (checked before sending)."""

    connection_id: Required[str]
    instance_name: Required[str]
    market: str
    set_lang: str
    count: int
    freshness: str
