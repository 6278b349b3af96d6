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
from ..models.local_shell_exec_action_type import LocalShellExecActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_shell_exec_action_type import LocalShellExecActionTypeLiteral


def _parse_type_(data: Any, strict: bool) -> LocalShellExecActionType:
    return LocalShellExecActionType.known(data) or LocalShellExecActionType.from_value(data)


def _convert_type_(value: LocalShellExecActionType | LocalShellExecActionTypeLiteral) -> LocalShellExecActionType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_command(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_command(value: Any) -> Any:
    return list(value)


def _convert_command(value: Sequence[str]) -> list[str]:
    """`command` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_command(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "command") from exc


def _parse_env(data: Any, strict: bool) -> LocalShellExecActionEnv:
    if type(data) is dict or not isinstance(data, LocalShellExecActionEnv):
        return LocalShellExecActionEnv.from_dict(data, strict)
    return data


def _dump_env(value: Any) -> Any:
    return value.to_dict()


def _convert_env(value: LocalShellExecActionEnv | Mapping[str, str]) -> LocalShellExecActionEnv:
    """`env` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_env(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "env") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("command", "command", (list,), required=True, items=(str,), read=_parse_command, dump=_dump_command),
    FieldSpec("env", "env", (dict,), required=True, read=_parse_env, dump=_dump_env),
    FieldSpec("timeout_ms", "timeout_ms", (int,), nullable=True),
    FieldSpec("working_directory", "working_directory", (str,), nullable=True),
    FieldSpec("user", "user", (str,), nullable=True),
)
_KNOWN = frozenset({"type", "command", "env", "timeout_ms", "working_directory", "user"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LocalShellExecAction(ExtraFields[Any]):
    """LocalShellExecAction

    Attributes:
        type_ (LocalShellExecActionType):  Default: LocalShellExecActionType.EXEC.
        command (list[str]):
        env (LocalShellExecActionEnv):
        timeout_ms (int | None | Unset):
        working_directory (None | str | Unset):
        user (None | str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: LocalShellExecActionType = _attrs_field(converter=_convert_type_)
    command: list[str] = _attrs_field(converter=_convert_command)
    env: LocalShellExecActionEnv = _attrs_field(converter=_convert_env)
    timeout_ms: int | None | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "command"
            field_dict["command"] = as_request_json(self.command, _parse_command)
            at = "env"
            field_dict["env"] = as_request_json(self.env, _parse_env)
            if (timeout_ms := self.timeout_ms) is not UNSET:
                field_dict["timeout_ms"] = timeout_ms
            if (working_directory := self.working_directory) is not UNSET:
                field_dict["working_directory"] = working_directory
            if (user := self.user) is not UNSET:
                field_dict["user"] = user
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a LocalShellExecAction from decoded JSON.

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
            at = "command"
            obj.command = _parse_command(d["command"], strict)
            at = "env"
            obj.env = _parse_env(d["env"], strict)
            obj.timeout_ms = d.get("timeout_ms", UNSET)
            obj.working_directory = d.get("working_directory", UNSET)
            obj.user = d.get("user", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3 + (obj.timeout_ms is not UNSET) + (obj.working_directory is not UNSET) + (obj.user is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class LocalShellExecActionParam(TypedDict, total=False):
    """The dict form of LocalShellExecAction: what a request takes in its place (checked before sending)."""

    type: Required[LocalShellExecActionType | LocalShellExecActionTypeLiteral]
    command: Required[Sequence[str]]
    env: Required[LocalShellExecActionEnv | Mapping[str, str]]
    timeout_ms: int | None
    working_directory: str | None
    user: str | None


from ..models.local_shell_exec_action_env import LocalShellExecActionEnv
