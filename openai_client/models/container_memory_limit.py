from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ContainerMemoryLimit(OpenEnum):
    VALUE_0 = "1g"
    VALUE_1 = "4g"
    VALUE_2 = "16g"
    VALUE_3 = "64g"


ContainerMemoryLimitLiteral: TypeAlias = Literal["1g", "4g", "16g", "64g"]
"""The values of ContainerMemoryLimit as plain strings, which requests take in its place."""
