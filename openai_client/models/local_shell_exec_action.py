from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


def _convert_command(value: Sequence[str]) -> list[str]:
    return LocalShellExecAction.__table__.convert("command", value)  # type: ignore[no-any-return]


def _convert_env(value: LocalShellExecActionEnv | Mapping[str, str]) -> LocalShellExecActionEnv:
    return LocalShellExecAction.__table__.convert("env", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LocalShellExecAction(ExtraFields["Any"]):
    """LocalShellExecAction

    Attributes:
        type (Literal['exec'])
        command (list[str])
        env (LocalShellExecActionEnv)
        timeout_ms (int | None | Unset)
        working_directory (None | str | Unset)
        user (None | str | Unset)
    """

    command: list[str] = _attrs_field(converter=_convert_command)
    env: LocalShellExecActionEnv = _attrs_field(converter=_convert_env)
    type: Literal["exec"] = "exec"
    timeout_ms: int | None | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["exec"]]("type")


class LocalShellExecActionParam(TypedDict, total=False):
    """The dict form of LocalShellExecAction: what a request takes in its place (checked before sending)."""

    type: Required[Literal["exec"]]
    command: Required[Sequence[str]]
    env: Required[LocalShellExecActionEnv | Mapping[str, str]]
    timeout_ms: int | None
    working_directory: str | None
    user: str | None


from ..models.local_shell_exec_action_env import LocalShellExecActionEnv

table_of(
    LocalShellExecAction,
    field("type", const("exec"), required=True),
    field("command", list_of(STRING), required=True),
    field("env", model_of(LocalShellExecActionEnv), required=True),
    field("timeout_ms", INTEGER, nullable=True),
    field("working_directory", STRING, nullable=True),
    field("user", STRING, nullable=True),
    extra=ANY,
)
