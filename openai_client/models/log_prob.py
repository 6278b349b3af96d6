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

if TYPE_CHECKING:
    from ..models.top_log_prob import TopLogProbParam


def _parse_bytes_(data: Any, strict: bool) -> list[int]:
    return as_list(data)


def _dump_bytes_(value: Any) -> Any:
    return list(value)


def _convert_bytes_(value: Sequence[int]) -> list[int]:
    """`bytes` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_bytes_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "bytes") from exc


def _parse_top_logprobs(data: Any, strict: bool) -> list[TopLogProb]:
    listed = data if type(data) is list else as_list(data)
    items: list[TopLogProb] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, TopLogProb) else TopLogProb.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_top_logprobs(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_top_logprobs(value: Sequence[TopLogProb | TopLogProbParam]) -> list[TopLogProb]:
    """`top_logprobs` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_top_logprobs(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "top_logprobs") from exc


_FIELD_SPECS = (
    FieldSpec("token", "token", (str,), required=True),
    FieldSpec("logprob", "logprob", (float, int), required=True),
    FieldSpec("bytes", "bytes_", (list,), required=True, items=(int,), read=_parse_bytes_, dump=_dump_bytes_),
    FieldSpec(
        "top_logprobs", "top_logprobs", (list,), required=True, read=_parse_top_logprobs, dump=_dump_top_logprobs
    ),
)
_KNOWN = frozenset({"token", "logprob", "bytes", "top_logprobs"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LogProb(ExtraFields[Any]):
    """LogProb

    Attributes:
        token (str):
        logprob (float):
        bytes_ (list[int]):
        top_logprobs (list[TopLogProb]):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    token: str
    logprob: float
    bytes_: list[int] = _attrs_field(converter=_convert_bytes_)
    top_logprobs: list[TopLogProb] = _attrs_field(converter=_convert_top_logprobs)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["token"] = self.token
            field_dict["logprob"] = self.logprob
            at = "bytes"
            field_dict["bytes"] = as_request_json(self.bytes_, _parse_bytes_)
            at = "top_logprobs"
            field_dict["top_logprobs"] = as_request_json(self.top_logprobs, _parse_top_logprobs)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a LogProb from decoded JSON.

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
            obj.token = d["token"]
            obj.logprob = d["logprob"]
            at = "bytes"
            obj.bytes_ = _parse_bytes_(d["bytes"], strict)
            at = "top_logprobs"
            obj.top_logprobs = _parse_top_logprobs(d["top_logprobs"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class LogProbParam(TypedDict, total=False):
    """The dict form of LogProb: what a request takes in its place (checked before sending)."""

    token: Required[str]
    logprob: Required[float]
    bytes: Required[Sequence[int]]
    top_logprobs: Required[Sequence[TopLogProb | TopLogProbParam]]


from ..models.top_log_prob import TopLogProb
