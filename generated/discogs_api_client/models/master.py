from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist_credit import ArtistCredit
    from ..models.image import Image
    from ..models.track import Track
    from ..models.video import Video


T = TypeVar("T", bound="Master")


@_attrs_define
class Master:
    """A master release. Fields that do not apply are absent.

    Attributes:
        id (int):
        title (str):
        main_release (int):
        main_release_url (str):
        resource_url (str):
        uri (str):
        versions_url (str):
        year (int): The year, 0 when unknown.
        data_quality (str):
        artists (list[ArtistCredit]):
        tracklist (list[Track]):
        lowest_price (float | None): The lowest marketplace price; null when nothing is for sale.
        num_for_sale (int):
        most_recent_release (int | Unset):
        most_recent_release_url (str | Unset):
        genres (list[str] | Unset):
        styles (list[str] | Unset):
        images (list[Image] | Unset):
        videos (list[Video] | Unset):
    """

    id: int
    title: str
    main_release: int
    main_release_url: str
    resource_url: str
    uri: str
    versions_url: str
    year: int
    data_quality: str
    artists: list[ArtistCredit]
    tracklist: list[Track]
    lowest_price: float | None
    num_for_sale: int
    most_recent_release: int | Unset = UNSET
    most_recent_release_url: str | Unset = UNSET
    genres: list[str] | Unset = UNSET
    styles: list[str] | Unset = UNSET
    images: list[Image] | Unset = UNSET
    videos: list[Video] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        main_release = self.main_release

        main_release_url = self.main_release_url

        resource_url = self.resource_url

        uri = self.uri

        versions_url = self.versions_url

        year = self.year

        data_quality = self.data_quality

        artists = []
        for artists_item_data in self.artists:
            artists_item = artists_item_data.to_dict()
            artists.append(artists_item)

        tracklist = []
        for tracklist_item_data in self.tracklist:
            tracklist_item = tracklist_item_data.to_dict()
            tracklist.append(tracklist_item)

        lowest_price: float | None
        lowest_price = self.lowest_price

        num_for_sale = self.num_for_sale

        most_recent_release = self.most_recent_release

        most_recent_release_url = self.most_recent_release_url

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        styles: list[str] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = self.styles

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "main_release": main_release,
                "main_release_url": main_release_url,
                "resource_url": resource_url,
                "uri": uri,
                "versions_url": versions_url,
                "year": year,
                "data_quality": data_quality,
                "artists": artists,
                "tracklist": tracklist,
                "lowest_price": lowest_price,
                "num_for_sale": num_for_sale,
            }
        )
        if most_recent_release is not UNSET:
            field_dict["most_recent_release"] = most_recent_release
        if most_recent_release_url is not UNSET:
            field_dict["most_recent_release_url"] = most_recent_release_url
        if genres is not UNSET:
            field_dict["genres"] = genres
        if styles is not UNSET:
            field_dict["styles"] = styles
        if images is not UNSET:
            field_dict["images"] = images
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artist_credit import ArtistCredit
        from ..models.image import Image
        from ..models.track import Track
        from ..models.video import Video

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        main_release = d.pop("main_release")

        main_release_url = d.pop("main_release_url")

        resource_url = d.pop("resource_url")

        uri = d.pop("uri")

        versions_url = d.pop("versions_url")

        year = d.pop("year")

        data_quality = d.pop("data_quality")

        artists = []
        _artists = d.pop("artists")
        for artists_item_data in _artists:
            artists_item = ArtistCredit.from_dict(artists_item_data)

            artists.append(artists_item)

        tracklist = []
        _tracklist = d.pop("tracklist")
        for tracklist_item_data in _tracklist:
            tracklist_item = Track.from_dict(tracklist_item_data)

            tracklist.append(tracklist_item)

        def _parse_lowest_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        lowest_price = _parse_lowest_price(d.pop("lowest_price"))

        num_for_sale = d.pop("num_for_sale")

        most_recent_release = d.pop("most_recent_release", UNSET)

        most_recent_release_url = d.pop("most_recent_release_url", UNSET)

        genres = cast(list[str], d.pop("genres", UNSET))

        styles = cast(list[str], d.pop("styles", UNSET))

        _images = d.pop("images", UNSET)
        images: list[Image] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = Image.from_dict(images_item_data)

                images.append(images_item)

        _videos = d.pop("videos", UNSET)
        videos: list[Video] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = Video.from_dict(videos_item_data)

                videos.append(videos_item)

        master = cls(
            id=id,
            title=title,
            main_release=main_release,
            main_release_url=main_release_url,
            resource_url=resource_url,
            uri=uri,
            versions_url=versions_url,
            year=year,
            data_quality=data_quality,
            artists=artists,
            tracklist=tracklist,
            lowest_price=lowest_price,
            num_for_sale=num_for_sale,
            most_recent_release=most_recent_release,
            most_recent_release_url=most_recent_release_url,
            genres=genres,
            styles=styles,
            images=images,
            videos=videos,
        )

        master.additional_properties = d
        return master

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
