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
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.custom_grammar_format_param_type import CustomGrammarFormatParamType
from ..models.grammar_syntax_1 import GrammarSyntax1

if TYPE_CHECKING:
    from ..models.custom_grammar_format_param_type import CustomGrammarFormatParamTypeLiteral
    from ..models.grammar_syntax_1 import GrammarSyntax1Literal


def _parse_type_(data: Any, strict: bool) -> CustomGrammarFormatParamType:
    return CustomGrammarFormatParamType.known(data) or CustomGrammarFormatParamType.from_value(data)


def _convert_type_(
    value: CustomGrammarFormatParamType | CustomGrammarFormatParamTypeLiteral,
) -> CustomGrammarFormatParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_syntax(data: Any, strict: bool) -> GrammarSyntax1:
    return GrammarSyntax1.known(data) or GrammarSyntax1.from_value(data)


def _convert_syntax(value: GrammarSyntax1 | GrammarSyntax1Literal) -> GrammarSyntax1:
    """`syntax` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_syntax(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "syntax") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("syntax", "syntax", (str,), required=True, read=_parse_syntax),
    FieldSpec("definition", "definition", (str,), required=True),
)
_KNOWN = frozenset({"type", "syntax", "definition"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CustomGrammarFormatParam(ExtraFields[Any]):
    """CustomGrammarFormatParam

    Attributes:
        type_ (CustomGrammarFormatParamType):  Default: CustomGrammarFormatParamType.GRAMMAR.
        syntax (GrammarSyntax1):
        definition (str):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: CustomGrammarFormatParamType = _attrs_field(converter=_convert_type_)
    syntax: GrammarSyntax1 = _attrs_field(converter=_convert_syntax)
    definition: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["syntax"] = self.syntax
            field_dict["definition"] = self.definition
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CustomGrammarFormatParam from decoded JSON.

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
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            at = "syntax"
            obj.syntax = _parse_syntax(d["syntax"], strict)
            obj.definition = d["definition"]
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class CustomGrammarFormatParamParam(TypedDict, total=False):
    """The dict form of CustomGrammarFormatParam: what a request takes in its place (checked before sending)."""

    type: Required[CustomGrammarFormatParamType | CustomGrammarFormatParamTypeLiteral]
    syntax: Required[GrammarSyntax1 | GrammarSyntax1Literal]
    definition: Required[str]
