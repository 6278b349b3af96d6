from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError

T = TypeVar("T", bound="ListRunsResponse")


@_attrs_define
class ListRunsResponse:
    """One page of runs.

    Attributes:
        object_ (str): Always `list`.
        data (list[RunObject]):
        first_id (str): ID of the first run on the page.
        last_id (str): ID of the last run on the page; pass it as `after` for the next page.
        has_more (bool): Whether more runs follow this page.
    """

    object_: str
    data: list[RunObject]
    first_id: str
    last_id: str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        first_id = self.first_id

        last_id = self.last_id

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
                "first_id": first_id,
                "last_id": last_id,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a ListRunsResponse from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            object_ = d.pop("object")

            try:
                _data = d.pop("data")
                if not isinstance(_data, list):
                    raise TypeError(f"expected an array, got {type(_data).__name__}")
                data = []
                try:
                    for data_item_data in _data:
                        data_item = RunObject.from_dict(data_item_data)

                        data.append(data_item)
                except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                    raise InvalidPayloadError.wrap(_exc, f"[{len(data)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "data") from _exc

            first_id = d.pop("first_id")

            last_id = d.pop("last_id")

            has_more = d.pop("has_more")

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        list_runs_response = cls(
            object_=object_,
            data=data,
            first_id=first_id,
            last_id=last_id,
            has_more=has_more,
        )

        list_runs_response.additional_properties = d
        return list_runs_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.run_object import RunObject
