from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist_credit import ArtistCredit
    from ..models.company_credit import CompanyCredit
    from ..models.format_ import Format
    from ..models.identifier import Identifier
    from ..models.image import Image
    from ..models.release_community import ReleaseCommunity
    from ..models.track import Track
    from ..models.video import Video


T = TypeVar("T", bound="Release")


@_attrs_define
class Release:
    """A release. Only `id`, `title`, `resource_url` and `uri` are always present: fields that do not apply (`master_id`,
    `master_url`, `notes`, `videos`, `images`, ...) are absent, not null. `released` is a partial date such as `1987` or
    `1999-03-00`: do not parse it as a date.

        Attributes:
            id (int):
            title (str):
            resource_url (str):
            uri (str):
            status (str):
            data_quality (str):
            artists (list[ArtistCredit]):
            formats (list[Format]):
            year (int): The release year, 0 when unknown.
            artists_sort (str | Unset):
            extraartists (list[ArtistCredit] | Unset):
            labels (list[CompanyCredit] | Unset):
            series (list[CompanyCredit] | Unset):
            companies (list[CompanyCredit] | Unset):
            format_quantity (int | Unset):
            estimated_weight (int | Unset):
            community (ReleaseCommunity | Unset): The community's data about a release.
            country (str | Unset):
            released (str | Unset): A partial date (`1987`, `1999-03-00`).
            released_formatted (str | Unset):
            notes (str | Unset):
            genres (list[str] | Unset):
            styles (list[str] | Unset):
            identifiers (list[Identifier] | Unset):
            images (list[Image] | Unset):
            thumb (str | Unset): A thumbnail URL; empty unless the request was authenticated.
            tracklist (list[Track] | Unset):
            videos (list[Video] | Unset):
            master_id (int | Unset):
            master_url (str | Unset):
            lowest_price (float | None | Unset): The lowest marketplace price in the requested currency; null when nothing
                is for sale.
            num_for_sale (int | Unset):
            date_added (datetime.datetime | Unset):
            date_changed (datetime.datetime | Unset):
            blocked_from_sale (bool | Unset):
    """

    id: int
    title: str
    resource_url: str
    uri: str
    status: str
    data_quality: str
    artists: list[ArtistCredit]
    formats: list[Format]
    year: int
    artists_sort: str | Unset = UNSET
    extraartists: list[ArtistCredit] | Unset = UNSET
    labels: list[CompanyCredit] | Unset = UNSET
    series: list[CompanyCredit] | Unset = UNSET
    companies: list[CompanyCredit] | Unset = UNSET
    format_quantity: int | Unset = UNSET
    estimated_weight: int | Unset = UNSET
    community: ReleaseCommunity | Unset = UNSET
    country: str | Unset = UNSET
    released: str | Unset = UNSET
    released_formatted: str | Unset = UNSET
    notes: str | Unset = UNSET
    genres: list[str] | Unset = UNSET
    styles: list[str] | Unset = UNSET
    identifiers: list[Identifier] | Unset = UNSET
    images: list[Image] | Unset = UNSET
    thumb: str | Unset = UNSET
    tracklist: list[Track] | Unset = UNSET
    videos: list[Video] | Unset = UNSET
    master_id: int | Unset = UNSET
    master_url: str | Unset = UNSET
    lowest_price: float | Unset | None = UNSET
    num_for_sale: int | Unset = UNSET
    date_added: datetime.datetime | Unset = UNSET
    date_changed: datetime.datetime | Unset = UNSET
    blocked_from_sale: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        resource_url = self.resource_url

        uri = self.uri

        status = self.status

        data_quality = self.data_quality

        artists = []
        for artists_item_data in self.artists:
            artists_item = artists_item_data.to_dict()
            artists.append(artists_item)

        formats = []
        for formats_item_data in self.formats:
            formats_item = formats_item_data.to_dict()
            formats.append(formats_item)

        year = self.year

        artists_sort = self.artists_sort

        extraartists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extraartists, Unset):
            extraartists = []
            for extraartists_item_data in self.extraartists:
                extraartists_item = extraartists_item_data.to_dict()
                extraartists.append(extraartists_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        series: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = []
            for series_item_data in self.series:
                series_item = series_item_data.to_dict()
                series.append(series_item)

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        format_quantity = self.format_quantity

        estimated_weight = self.estimated_weight

        community: dict[str, Any] | Unset = UNSET
        if not isinstance(self.community, Unset):
            community = self.community.to_dict()

        country = self.country

        released = self.released

        released_formatted = self.released_formatted

        notes = self.notes

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        styles: list[str] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = self.styles

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        thumb = self.thumb

        tracklist: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tracklist, Unset):
            tracklist = []
            for tracklist_item_data in self.tracklist:
                tracklist_item = tracklist_item_data.to_dict()
                tracklist.append(tracklist_item)

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        master_id = self.master_id

        master_url = self.master_url

        lowest_price: float | Unset | None
        if isinstance(self.lowest_price, Unset):
            lowest_price = UNSET
        else:
            lowest_price = self.lowest_price

        num_for_sale = self.num_for_sale

        date_added: str | Unset = UNSET
        if not isinstance(self.date_added, Unset):
            date_added = self.date_added.isoformat()

        date_changed: str | Unset = UNSET
        if not isinstance(self.date_changed, Unset):
            date_changed = self.date_changed.isoformat()

        blocked_from_sale = self.blocked_from_sale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "resource_url": resource_url,
                "uri": uri,
                "status": status,
                "data_quality": data_quality,
                "artists": artists,
                "formats": formats,
                "year": year,
            }
        )
        if artists_sort is not UNSET:
            field_dict["artists_sort"] = artists_sort
        if extraartists is not UNSET:
            field_dict["extraartists"] = extraartists
        if labels is not UNSET:
            field_dict["labels"] = labels
        if series is not UNSET:
            field_dict["series"] = series
        if companies is not UNSET:
            field_dict["companies"] = companies
        if format_quantity is not UNSET:
            field_dict["format_quantity"] = format_quantity
        if estimated_weight is not UNSET:
            field_dict["estimated_weight"] = estimated_weight
        if community is not UNSET:
            field_dict["community"] = community
        if country is not UNSET:
            field_dict["country"] = country
        if released is not UNSET:
            field_dict["released"] = released
        if released_formatted is not UNSET:
            field_dict["released_formatted"] = released_formatted
        if notes is not UNSET:
            field_dict["notes"] = notes
        if genres is not UNSET:
            field_dict["genres"] = genres
        if styles is not UNSET:
            field_dict["styles"] = styles
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if images is not UNSET:
            field_dict["images"] = images
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if tracklist is not UNSET:
            field_dict["tracklist"] = tracklist
        if videos is not UNSET:
            field_dict["videos"] = videos
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if master_url is not UNSET:
            field_dict["master_url"] = master_url
        if lowest_price is not UNSET:
            field_dict["lowest_price"] = lowest_price
        if num_for_sale is not UNSET:
            field_dict["num_for_sale"] = num_for_sale
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if date_changed is not UNSET:
            field_dict["date_changed"] = date_changed
        if blocked_from_sale is not UNSET:
            field_dict["blocked_from_sale"] = blocked_from_sale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artist_credit import ArtistCredit
        from ..models.company_credit import CompanyCredit
        from ..models.format_ import Format
        from ..models.identifier import Identifier
        from ..models.image import Image
        from ..models.release_community import ReleaseCommunity
        from ..models.track import Track
        from ..models.video import Video

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        resource_url = d.pop("resource_url")

        uri = d.pop("uri")

        status = d.pop("status")

        data_quality = d.pop("data_quality")

        artists = []
        _artists = d.pop("artists")
        for artists_item_data in _artists:
            artists_item = ArtistCredit.from_dict(artists_item_data)

            artists.append(artists_item)

        formats = []
        _formats = d.pop("formats")
        for formats_item_data in _formats:
            formats_item = Format.from_dict(formats_item_data)

            formats.append(formats_item)

        year = d.pop("year")

        artists_sort = d.pop("artists_sort", UNSET)

        _extraartists = d.pop("extraartists", UNSET)
        extraartists: list[ArtistCredit] | Unset = UNSET
        if _extraartists is not UNSET:
            extraartists = []
            for extraartists_item_data in _extraartists:
                extraartists_item = ArtistCredit.from_dict(extraartists_item_data)

                extraartists.append(extraartists_item)

        _labels = d.pop("labels", UNSET)
        labels: list[CompanyCredit] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = CompanyCredit.from_dict(labels_item_data)

                labels.append(labels_item)

        _series = d.pop("series", UNSET)
        series: list[CompanyCredit] | Unset = UNSET
        if _series is not UNSET:
            series = []
            for series_item_data in _series:
                series_item = CompanyCredit.from_dict(series_item_data)

                series.append(series_item)

        _companies = d.pop("companies", UNSET)
        companies: list[CompanyCredit] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = CompanyCredit.from_dict(companies_item_data)

                companies.append(companies_item)

        format_quantity = d.pop("format_quantity", UNSET)

        estimated_weight = d.pop("estimated_weight", UNSET)

        _community = d.pop("community", UNSET)
        community: ReleaseCommunity | Unset
        if isinstance(_community, Unset):
            community = UNSET
        else:
            community = ReleaseCommunity.from_dict(_community)

        country = d.pop("country", UNSET)

        released = d.pop("released", UNSET)

        released_formatted = d.pop("released_formatted", UNSET)

        notes = d.pop("notes", UNSET)

        genres = cast(list[str], d.pop("genres", UNSET))

        styles = cast(list[str], d.pop("styles", UNSET))

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: list[Identifier] | Unset = UNSET
        if _identifiers is not UNSET:
            identifiers = []
            for identifiers_item_data in _identifiers:
                identifiers_item = Identifier.from_dict(identifiers_item_data)

                identifiers.append(identifiers_item)

        _images = d.pop("images", UNSET)
        images: list[Image] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = Image.from_dict(images_item_data)

                images.append(images_item)

        thumb = d.pop("thumb", UNSET)

        _tracklist = d.pop("tracklist", UNSET)
        tracklist: list[Track] | Unset = UNSET
        if _tracklist is not UNSET:
            tracklist = []
            for tracklist_item_data in _tracklist:
                tracklist_item = Track.from_dict(tracklist_item_data)

                tracklist.append(tracklist_item)

        _videos = d.pop("videos", UNSET)
        videos: list[Video] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = Video.from_dict(videos_item_data)

                videos.append(videos_item)

        master_id = d.pop("master_id", UNSET)

        master_url = d.pop("master_url", UNSET)

        def _parse_lowest_price(data: object) -> float | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lowest_price = _parse_lowest_price(d.pop("lowest_price", UNSET))

        num_for_sale = d.pop("num_for_sale", UNSET)

        _date_added = d.pop("date_added", UNSET)
        date_added: datetime.datetime | Unset
        if isinstance(_date_added, Unset):
            date_added = UNSET
        else:
            date_added = datetime.datetime.fromisoformat(_date_added)

        _date_changed = d.pop("date_changed", UNSET)
        date_changed: datetime.datetime | Unset
        if isinstance(_date_changed, Unset):
            date_changed = UNSET
        else:
            date_changed = datetime.datetime.fromisoformat(_date_changed)

        blocked_from_sale = d.pop("blocked_from_sale", UNSET)

        release = cls(
            id=id,
            title=title,
            resource_url=resource_url,
            uri=uri,
            status=status,
            data_quality=data_quality,
            artists=artists,
            formats=formats,
            year=year,
            artists_sort=artists_sort,
            extraartists=extraartists,
            labels=labels,
            series=series,
            companies=companies,
            format_quantity=format_quantity,
            estimated_weight=estimated_weight,
            community=community,
            country=country,
            released=released,
            released_formatted=released_formatted,
            notes=notes,
            genres=genres,
            styles=styles,
            identifiers=identifiers,
            images=images,
            thumb=thumb,
            tracklist=tracklist,
            videos=videos,
            master_id=master_id,
            master_url=master_url,
            lowest_price=lowest_price,
            num_for_sale=num_for_sale,
            date_added=date_added,
            date_changed=date_changed,
            blocked_from_sale=blocked_from_sale,
        )

        release.additional_properties = d
        return release

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
