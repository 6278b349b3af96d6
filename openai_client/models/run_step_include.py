from typing import Literal, TypeAlias

from .._enum import OpenEnum


class RunStepInclude(OpenEnum):
    """A field that is left out of run steps unless asked for."""

    STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULTS_CONTENT = "step_details.tool_calls[*].file_search.results[*].content"


RunStepIncludeLiteral: TypeAlias = Literal["step_details.tool_calls[*].file_search.results[*].content"]
"""The values of RunStepInclude as plain strings, which requests take in its place."""
