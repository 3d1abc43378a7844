from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "artists",
        "artists_sort",
        "blocked_from_sale",
        "community",
        "companies",
        "country",
        "data_quality",
        "date_added",
        "date_changed",
        "estimated_weight",
        "extraartists",
        "format_quantity",
        "formats",
        "genres",
        "id",
        "identifiers",
        "images",
        "labels",
        "lowest_price",
        "master_id",
        "master_url",
        "notes",
        "num_for_sale",
        "released",
        "released_formatted",
        "resource_url",
        "series",
        "status",
        "styles",
        "thumb",
        "title",
        "tracklist",
        "uri",
        "videos",
        "year",
    )
    __match_args__ = (
        "id",
        "title",
        "resource_url",
        "uri",
        "status",
        "data_quality",
        "artists",
        "formats",
        "year",
        "artists_sort",
        "extraartists",
        "labels",
        "series",
        "companies",
        "format_quantity",
        "estimated_weight",
        "community",
        "country",
        "released",
        "released_formatted",
        "notes",
        "genres",
        "styles",
        "identifiers",
        "images",
        "thumb",
        "tracklist",
        "videos",
        "master_id",
        "master_url",
        "lowest_price",
        "num_for_sale",
        "date_added",
        "date_changed",
        "blocked_from_sale",
    )

    id: int
    title: str
    resource_url: str
    uri: str
    status: str
    data_quality: str
    artists: list[ArtistCredit]
    formats: list[Format]
    year: int
    artists_sort: str | Unset
    extraartists: list[ArtistCredit] | Unset
    labels: list[CompanyCredit] | Unset
    series: list[CompanyCredit] | Unset
    companies: list[CompanyCredit] | Unset
    format_quantity: int | Unset
    estimated_weight: int | Unset
    community: ReleaseCommunity | Unset
    country: str | Unset
    released: str | Unset
    released_formatted: str | Unset
    notes: str | Unset
    genres: list[str] | Unset
    styles: list[str] | Unset
    identifiers: list[Identifier] | Unset
    images: list[Image] | Unset
    thumb: str | Unset
    tracklist: list[Track] | Unset
    videos: list[Video] | Unset
    master_id: int | Unset
    master_url: str | Unset
    lowest_price: float | Unset | None
    num_for_sale: int | Unset
    date_added: datetime.datetime | Unset
    date_changed: datetime.datetime | Unset
    blocked_from_sale: bool | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("title", "title"),
        ("resource_url", "resource_url"),
        ("uri", "uri"),
        ("status", "status"),
        ("data_quality", "data_quality"),
        ("artists", "artists"),
        ("formats", "formats"),
        ("year", "year"),
        ("artists_sort", "artists_sort"),
        ("extraartists", "extraartists"),
        ("labels", "labels"),
        ("series", "series"),
        ("companies", "companies"),
        ("format_quantity", "format_quantity"),
        ("estimated_weight", "estimated_weight"),
        ("community", "community"),
        ("country", "country"),
        ("released", "released"),
        ("released_formatted", "released_formatted"),
        ("notes", "notes"),
        ("genres", "genres"),
        ("styles", "styles"),
        ("identifiers", "identifiers"),
        ("images", "images"),
        ("thumb", "thumb"),
        ("tracklist", "tracklist"),
        ("videos", "videos"),
        ("master_id", "master_id"),
        ("master_url", "master_url"),
        ("lowest_price", "lowest_price"),
        ("num_for_sale", "num_for_sale"),
        ("date_added", "date_added"),
        ("date_changed", "date_changed"),
        ("blocked_from_sale", "blocked_from_sale"),
    )

    def __init__(
        self,
        id: int,
        title: str,
        resource_url: str,
        uri: str,
        status: str,
        data_quality: str,
        artists: list[ArtistCredit],
        formats: list[Format],
        year: int,
        artists_sort: str | Unset = UNSET,
        extraartists: list[ArtistCredit] | Unset = UNSET,
        labels: list[CompanyCredit] | Unset = UNSET,
        series: list[CompanyCredit] | Unset = UNSET,
        companies: list[CompanyCredit] | Unset = UNSET,
        format_quantity: int | Unset = UNSET,
        estimated_weight: int | Unset = UNSET,
        community: ReleaseCommunity | Unset = UNSET,
        country: str | Unset = UNSET,
        released: str | Unset = UNSET,
        released_formatted: str | Unset = UNSET,
        notes: str | Unset = UNSET,
        genres: list[str] | Unset = UNSET,
        styles: list[str] | Unset = UNSET,
        identifiers: list[Identifier] | Unset = UNSET,
        images: list[Image] | Unset = UNSET,
        thumb: str | Unset = UNSET,
        tracklist: list[Track] | Unset = UNSET,
        videos: list[Video] | Unset = UNSET,
        master_id: int | Unset = UNSET,
        master_url: str | Unset = UNSET,
        lowest_price: float | Unset | None = UNSET,
        num_for_sale: int | Unset = UNSET,
        date_added: datetime.datetime | Unset = UNSET,
        date_changed: datetime.datetime | Unset = UNSET,
        blocked_from_sale: bool | Unset = UNSET,
    ) -> None:
        self.id = id
        self.title = title
        self.resource_url = resource_url
        self.uri = uri
        self.status = status
        self.data_quality = data_quality
        self.artists = artists
        self.formats = formats
        self.year = year
        self.artists_sort = artists_sort
        self.extraartists = extraartists
        self.labels = labels
        self.series = series
        self.companies = companies
        self.format_quantity = format_quantity
        self.estimated_weight = estimated_weight
        self.community = community
        self.country = country
        self.released = released
        self.released_formatted = released_formatted
        self.notes = notes
        self.genres = genres
        self.styles = styles
        self.identifiers = identifiers
        self.images = images
        self.thumb = thumb
        self.tracklist = tracklist
        self.videos = videos
        self.master_id = master_id
        self.master_url = master_url
        self.lowest_price = lowest_price
        self.num_for_sale = num_for_sale
        self.date_added = date_added
        self.date_changed = date_changed
        self.blocked_from_sale = blocked_from_sale
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Release) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.title,
            self.resource_url,
            self.uri,
            self.status,
            self.data_quality,
            self.artists,
            self.formats,
            self.year,
            self.artists_sort,
            self.extraartists,
            self.labels,
            self.series,
            self.companies,
            self.format_quantity,
            self.estimated_weight,
            self.community,
            self.country,
            self.released,
            self.released_formatted,
            self.notes,
            self.genres,
            self.styles,
            self.identifiers,
            self.images,
            self.thumb,
            self.tracklist,
            self.videos,
            self.master_id,
            self.master_url,
            self.lowest_price,
            self.num_for_sale,
            self.date_added,
            self.date_changed,
            self.blocked_from_sale,
            self.additional_properties,
        ) == (
            other.id,
            other.title,
            other.resource_url,
            other.uri,
            other.status,
            other.data_quality,
            other.artists,
            other.formats,
            other.year,
            other.artists_sort,
            other.extraartists,
            other.labels,
            other.series,
            other.companies,
            other.format_quantity,
            other.estimated_weight,
            other.community,
            other.country,
            other.released,
            other.released_formatted,
            other.notes,
            other.genres,
            other.styles,
            other.identifiers,
            other.images,
            other.thumb,
            other.tracklist,
            other.videos,
            other.master_id,
            other.master_url,
            other.lowest_price,
            other.num_for_sale,
            other.date_added,
            other.date_changed,
            other.blocked_from_sale,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (`json.dumps` takes it): the fields that were set, as sent."""
        return _decoding.to_dict(self, self._fields)

    def __repr__(self) -> str:
        return _readable.model_repr(self, self._fields)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object leniently; see `decoding.problems` for what did not match."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Release is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        title: Any = d.pop("title", UNSET)
        if not (isinstance(title, str)):
            _decoding.mismatch(_found, ("title",), "string", title)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)):
            _decoding.mismatch(_found, ("uri",), "string", uri)
        status: Any = d.pop("status", UNSET)
        if not (isinstance(status, str)):
            _decoding.mismatch(_found, ("status",), "string", status)
        data_quality: Any = d.pop("data_quality", UNSET)
        if not (isinstance(data_quality, str)):
            _decoding.mismatch(_found, ("data_quality",), "string", data_quality)
        artists: Any = d.pop("artists", UNSET)
        if isinstance(artists, list):
            artists = list(artists)
            for _i0, _item0 in enumerate(artists):
                if isinstance(_item0, dict):
                    _item0 = ArtistCredit.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("artists", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("artists", _i0), "object (ArtistCredit)", _item0)
                artists[_i0] = _item0
        else:
            _decoding.mismatch(_found, ("artists",), "array of object (ArtistCredit)", artists)
        formats: Any = d.pop("formats", UNSET)
        if isinstance(formats, list):
            formats = list(formats)
            for _i0, _item0 in enumerate(formats):
                if isinstance(_item0, dict):
                    _item0 = Format.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("formats", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("formats", _i0), "object (Format)", _item0)
                formats[_i0] = _item0
        else:
            _decoding.mismatch(_found, ("formats",), "array of object (Format)", formats)
        year: Any = d.pop("year", UNSET)
        if year.__class__ is not int:
            _decoding.mismatch(_found, ("year",), "integer", year)
        artists_sort: Any = d.pop("artists_sort", UNSET)
        if not (isinstance(artists_sort, str)) and artists_sort is not UNSET:
            _decoding.mismatch(_found, ("artists_sort",), "string", artists_sort)
        extraartists: Any = d.pop("extraartists", UNSET)
        if isinstance(extraartists, list):
            extraartists = list(extraartists)
            for _i0, _item0 in enumerate(extraartists):
                if isinstance(_item0, dict):
                    _item0 = ArtistCredit.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("extraartists", _i0), _item0._problems)
                else:
                    _decoding.mismatch(
                        _found, ("extraartists", _i0), "object (ArtistCredit)", _item0
                    )
                extraartists[_i0] = _item0
        elif extraartists is not UNSET:
            _decoding.mismatch(
                _found, ("extraartists",), "array of object (ArtistCredit)", extraartists
            )
        labels: Any = d.pop("labels", UNSET)
        if isinstance(labels, list):
            labels = list(labels)
            for _i0, _item0 in enumerate(labels):
                if isinstance(_item0, dict):
                    _item0 = CompanyCredit.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("labels", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("labels", _i0), "object (CompanyCredit)", _item0)
                labels[_i0] = _item0
        elif labels is not UNSET:
            _decoding.mismatch(_found, ("labels",), "array of object (CompanyCredit)", labels)
        series: Any = d.pop("series", UNSET)
        if isinstance(series, list):
            series = list(series)
            for _i0, _item0 in enumerate(series):
                if isinstance(_item0, dict):
                    _item0 = CompanyCredit.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("series", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("series", _i0), "object (CompanyCredit)", _item0)
                series[_i0] = _item0
        elif series is not UNSET:
            _decoding.mismatch(_found, ("series",), "array of object (CompanyCredit)", series)
        companies: Any = d.pop("companies", UNSET)
        if isinstance(companies, list):
            companies = list(companies)
            for _i0, _item0 in enumerate(companies):
                if isinstance(_item0, dict):
                    _item0 = CompanyCredit.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("companies", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("companies", _i0), "object (CompanyCredit)", _item0)
                companies[_i0] = _item0
        elif companies is not UNSET:
            _decoding.mismatch(_found, ("companies",), "array of object (CompanyCredit)", companies)
        format_quantity: Any = d.pop("format_quantity", UNSET)
        if format_quantity.__class__ is not int and format_quantity is not UNSET:
            _decoding.mismatch(_found, ("format_quantity",), "integer", format_quantity)
        estimated_weight: Any = d.pop("estimated_weight", UNSET)
        if estimated_weight.__class__ is not int and estimated_weight is not UNSET:
            _decoding.mismatch(_found, ("estimated_weight",), "integer", estimated_weight)
        community: Any = d.pop("community", UNSET)
        if isinstance(community, dict):
            community = ReleaseCommunity.from_dict(community)
            if community._problems:
                _decoding.adopt(_found, ("community",), community._problems)
        elif community is not UNSET:
            _decoding.mismatch(_found, ("community",), "object (ReleaseCommunity)", community)
        country: Any = d.pop("country", UNSET)
        if not (isinstance(country, str)) and country is not UNSET:
            _decoding.mismatch(_found, ("country",), "string", country)
        released: Any = d.pop("released", UNSET)
        if not (isinstance(released, str)) and released is not UNSET:
            _decoding.mismatch(_found, ("released",), "string", released)
        released_formatted: Any = d.pop("released_formatted", UNSET)
        if not (isinstance(released_formatted, str)) and released_formatted is not UNSET:
            _decoding.mismatch(_found, ("released_formatted",), "string", released_formatted)
        notes: Any = d.pop("notes", UNSET)
        if not (isinstance(notes, str)) and notes is not UNSET:
            _decoding.mismatch(_found, ("notes",), "string", notes)
        genres: Any = d.pop("genres", UNSET)
        if isinstance(genres, list):
            for _i0, _item0 in enumerate(genres):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("genres", _i0), "string", _item0)
        elif genres is not UNSET:
            _decoding.mismatch(_found, ("genres",), "array of string", genres)
        styles: Any = d.pop("styles", UNSET)
        if isinstance(styles, list):
            for _i0, _item0 in enumerate(styles):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("styles", _i0), "string", _item0)
        elif styles is not UNSET:
            _decoding.mismatch(_found, ("styles",), "array of string", styles)
        identifiers: Any = d.pop("identifiers", UNSET)
        if isinstance(identifiers, list):
            identifiers = list(identifiers)
            for _i0, _item0 in enumerate(identifiers):
                if isinstance(_item0, dict):
                    _item0 = Identifier.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("identifiers", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("identifiers", _i0), "object (Identifier)", _item0)
                identifiers[_i0] = _item0
        elif identifiers is not UNSET:
            _decoding.mismatch(
                _found, ("identifiers",), "array of object (Identifier)", identifiers
            )
        images: Any = d.pop("images", UNSET)
        if isinstance(images, list):
            images = list(images)
            for _i0, _item0 in enumerate(images):
                if isinstance(_item0, dict):
                    _item0 = Image.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("images", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("images", _i0), "object (Image)", _item0)
                images[_i0] = _item0
        elif images is not UNSET:
            _decoding.mismatch(_found, ("images",), "array of object (Image)", images)
        thumb: Any = d.pop("thumb", UNSET)
        if not (isinstance(thumb, str)) and thumb is not UNSET:
            _decoding.mismatch(_found, ("thumb",), "string", thumb)
        tracklist: Any = d.pop("tracklist", UNSET)
        if isinstance(tracklist, list):
            tracklist = list(tracklist)
            for _i0, _item0 in enumerate(tracklist):
                if isinstance(_item0, dict):
                    _item0 = Track.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("tracklist", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("tracklist", _i0), "object (Track)", _item0)
                tracklist[_i0] = _item0
        elif tracklist is not UNSET:
            _decoding.mismatch(_found, ("tracklist",), "array of object (Track)", tracklist)
        videos: Any = d.pop("videos", UNSET)
        if isinstance(videos, list):
            videos = list(videos)
            for _i0, _item0 in enumerate(videos):
                if isinstance(_item0, dict):
                    _item0 = Video.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("videos", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("videos", _i0), "object (Video)", _item0)
                videos[_i0] = _item0
        elif videos is not UNSET:
            _decoding.mismatch(_found, ("videos",), "array of object (Video)", videos)
        master_id: Any = d.pop("master_id", UNSET)
        if master_id.__class__ is not int and master_id is not UNSET:
            _decoding.mismatch(_found, ("master_id",), "integer", master_id)
        master_url: Any = d.pop("master_url", UNSET)
        if not (isinstance(master_url, str)) and master_url is not UNSET:
            _decoding.mismatch(_found, ("master_url",), "string", master_url)
        lowest_price: Any = d.pop("lowest_price", UNSET)
        if (
            lowest_price.__class__ is float or lowest_price.__class__ is int
        ) or lowest_price is None:
            pass
        elif lowest_price is not UNSET:
            _decoding.mismatch(_found, ("lowest_price",), "number or null", lowest_price)
        num_for_sale: Any = d.pop("num_for_sale", UNSET)
        if num_for_sale.__class__ is not int and num_for_sale is not UNSET:
            _decoding.mismatch(_found, ("num_for_sale",), "integer", num_for_sale)
        date_added: Any = d.pop("date_added", UNSET)
        if _decoding.is_timestamp(date_added):
            date_added = datetime.datetime.fromisoformat(date_added)
        elif date_added is not UNSET:
            _decoding.misformatted(
                _found, ("date_added",), "date-time with a time zone offset", date_added
            )
        date_changed: Any = d.pop("date_changed", UNSET)
        if _decoding.is_timestamp(date_changed):
            date_changed = datetime.datetime.fromisoformat(date_changed)
        elif date_changed is not UNSET:
            _decoding.misformatted(
                _found, ("date_changed",), "date-time with a time zone offset", date_changed
            )
        blocked_from_sale: Any = d.pop("blocked_from_sale", UNSET)
        if blocked_from_sale.__class__ is not bool and blocked_from_sale is not UNSET:
            _decoding.mismatch(_found, ("blocked_from_sale",), "boolean", blocked_from_sale)
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
        if _found:
            release._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.artist_credit import ArtistCredit  # noqa: E402
from ..models.company_credit import CompanyCredit  # noqa: E402
from ..models.format_ import Format  # noqa: E402
from ..models.identifier import Identifier  # noqa: E402
from ..models.image import Image  # noqa: E402
from ..models.release_community import ReleaseCommunity  # noqa: E402
from ..models.track import Track  # noqa: E402
from ..models.video import Video  # noqa: E402
