from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist_credit import ArtistCredit
    from ..models.image import Image
    from ..models.track import Track
    from ..models.video import Video


T = TypeVar("T", bound="Master")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "artists",
        "data_quality",
        "genres",
        "id",
        "images",
        "lowest_price",
        "main_release",
        "main_release_url",
        "most_recent_release",
        "most_recent_release_url",
        "num_for_sale",
        "resource_url",
        "styles",
        "title",
        "tracklist",
        "uri",
        "versions_url",
        "videos",
        "year",
    )
    __match_args__ = (
        "id",
        "title",
        "main_release",
        "main_release_url",
        "resource_url",
        "uri",
        "versions_url",
        "year",
        "data_quality",
        "artists",
        "tracklist",
        "lowest_price",
        "num_for_sale",
        "most_recent_release",
        "most_recent_release_url",
        "genres",
        "styles",
        "images",
        "videos",
    )

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
    most_recent_release: int | Unset
    most_recent_release_url: str | Unset
    genres: list[str] | Unset
    styles: list[str] | Unset
    images: list[Image] | Unset
    videos: list[Video] | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("title", "title"),
        ("main_release", "main_release"),
        ("main_release_url", "main_release_url"),
        ("resource_url", "resource_url"),
        ("uri", "uri"),
        ("versions_url", "versions_url"),
        ("year", "year"),
        ("data_quality", "data_quality"),
        ("artists", "artists"),
        ("tracklist", "tracklist"),
        ("lowest_price", "lowest_price"),
        ("num_for_sale", "num_for_sale"),
        ("most_recent_release", "most_recent_release"),
        ("most_recent_release_url", "most_recent_release_url"),
        ("genres", "genres"),
        ("styles", "styles"),
        ("images", "images"),
        ("videos", "videos"),
    )

    def __init__(
        self,
        id: int,
        title: str,
        main_release: int,
        main_release_url: str,
        resource_url: str,
        uri: str,
        versions_url: str,
        year: int,
        data_quality: str,
        artists: list[ArtistCredit],
        tracklist: list[Track],
        lowest_price: float | None,
        num_for_sale: int,
        most_recent_release: int | Unset = UNSET,
        most_recent_release_url: str | Unset = UNSET,
        genres: list[str] | Unset = UNSET,
        styles: list[str] | Unset = UNSET,
        images: list[Image] | Unset = UNSET,
        videos: list[Video] | Unset = UNSET,
    ) -> None:
        self.id = id
        self.title = title
        self.main_release = main_release
        self.main_release_url = main_release_url
        self.resource_url = resource_url
        self.uri = uri
        self.versions_url = versions_url
        self.year = year
        self.data_quality = data_quality
        self.artists = artists
        self.tracklist = tracklist
        self.lowest_price = lowest_price
        self.num_for_sale = num_for_sale
        self.most_recent_release = most_recent_release
        self.most_recent_release_url = most_recent_release_url
        self.genres = genres
        self.styles = styles
        self.images = images
        self.videos = videos
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Master) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.title,
            self.main_release,
            self.main_release_url,
            self.resource_url,
            self.uri,
            self.versions_url,
            self.year,
            self.data_quality,
            self.artists,
            self.tracklist,
            self.lowest_price,
            self.num_for_sale,
            self.most_recent_release,
            self.most_recent_release_url,
            self.genres,
            self.styles,
            self.images,
            self.videos,
            self.additional_properties,
        ) == (
            other.id,
            other.title,
            other.main_release,
            other.main_release_url,
            other.resource_url,
            other.uri,
            other.versions_url,
            other.year,
            other.data_quality,
            other.artists,
            other.tracklist,
            other.lowest_price,
            other.num_for_sale,
            other.most_recent_release,
            other.most_recent_release_url,
            other.genres,
            other.styles,
            other.images,
            other.videos,
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
            raise TypeError(f"Master is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        title: Any = d.pop("title", UNSET)
        if not (isinstance(title, str)):
            _decoding.mismatch(_found, ("title",), "string", title)
        main_release: Any = d.pop("main_release", UNSET)
        if main_release.__class__ is not int:
            _decoding.mismatch(_found, ("main_release",), "integer", main_release)
        main_release_url: Any = d.pop("main_release_url", UNSET)
        if not (isinstance(main_release_url, str)):
            _decoding.mismatch(_found, ("main_release_url",), "string", main_release_url)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)):
            _decoding.mismatch(_found, ("uri",), "string", uri)
        versions_url: Any = d.pop("versions_url", UNSET)
        if not (isinstance(versions_url, str)):
            _decoding.mismatch(_found, ("versions_url",), "string", versions_url)
        year: Any = d.pop("year", UNSET)
        if year.__class__ is not int:
            _decoding.mismatch(_found, ("year",), "integer", year)
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
        else:
            _decoding.mismatch(_found, ("tracklist",), "array of object (Track)", tracklist)
        lowest_price: Any = d.pop("lowest_price", UNSET)
        if (
            lowest_price.__class__ is float or lowest_price.__class__ is int
        ) or lowest_price is None:
            pass
        else:
            _decoding.mismatch(_found, ("lowest_price",), "number or null", lowest_price)
        num_for_sale: Any = d.pop("num_for_sale", UNSET)
        if num_for_sale.__class__ is not int:
            _decoding.mismatch(_found, ("num_for_sale",), "integer", num_for_sale)
        most_recent_release: Any = d.pop("most_recent_release", UNSET)
        if most_recent_release.__class__ is not int and most_recent_release is not UNSET:
            _decoding.mismatch(_found, ("most_recent_release",), "integer", most_recent_release)
        most_recent_release_url: Any = d.pop("most_recent_release_url", UNSET)
        if not (isinstance(most_recent_release_url, str)) and most_recent_release_url is not UNSET:
            _decoding.mismatch(
                _found, ("most_recent_release_url",), "string", most_recent_release_url
            )
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
        if _found:
            master._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.artist_credit import ArtistCredit  # noqa: E402
from ..models.image import Image  # noqa: E402
from ..models.track import Track  # noqa: E402
from ..models.video import Video  # noqa: E402
