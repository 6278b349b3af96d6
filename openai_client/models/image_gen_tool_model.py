from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ImageGenToolModel(OpenEnum):
    GPT_IMAGE_1 = "gpt-image-1"
    GPT_IMAGE_1_5 = "gpt-image-1.5"
    GPT_IMAGE_1_MINI = "gpt-image-1-mini"
    GPT_IMAGE_2 = "gpt-image-2"
    GPT_IMAGE_2_2026_04_21 = "gpt-image-2-2026-04-21"


ImageGenToolModelLiteral: TypeAlias = Literal[
    "gpt-image-1", "gpt-image-1.5", "gpt-image-1-mini", "gpt-image-2", "gpt-image-2-2026-04-21"
]
"""The values of ImageGenToolModel as plain strings, which requests take in its place."""
