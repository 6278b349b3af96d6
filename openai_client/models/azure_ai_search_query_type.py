from typing import Literal, TypeAlias

from .._enum import OpenEnum


class AzureAISearchQueryType(OpenEnum):
    """How the index is queried."""

    SEMANTIC = "semantic"
    SIMPLE = "simple"
    VECTOR = "vector"
    VECTOR_SEMANTIC_HYBRID = "vector_semantic_hybrid"
    VECTOR_SIMPLE_HYBRID = "vector_simple_hybrid"


AzureAISearchQueryTypeLiteral: TypeAlias = Literal[
    "semantic", "simple", "vector", "vector_semantic_hybrid", "vector_simple_hybrid"
]
"""The values of AzureAISearchQueryType as plain strings, which requests take in its place."""
