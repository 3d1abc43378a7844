from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProfile")


class UserProfile:
    """A user's profile. `email` only for the user themself; `num_collection` and `num_wantlist` only for the user themself
    or when public. `registered` is a timestamp whose form varies (`2012-08-15T21:13:36-07:00`, `2011-08-30
    14:21:45-07:00`), so it is kept as text. Ratings are numbers that can have decimals.

        Attributes:
            id (int):
            username (str):
            name (str):
            resource_url (str):
            uri (str):
            profile (str):
            home_page (str):
            location (str):
            registered (str):
            email (str | Unset):
            curr_abbr (Currency | str | Unset): The user's currency; empty (`""`) on a private profile seen by others. The
                live API may send values not listed in `Currency`; they are kept as sent.
            avatar_url (str | Unset):
            banner_url (str | Unset):
            inventory_url (str | Unset):
            collection_folders_url (str | Unset):
            collection_fields_url (str | Unset):
            wantlist_url (str | Unset):
            num_lists (int | Unset):
            num_for_sale (int | Unset):
            num_collection (int | Unset):
            num_wantlist (int | Unset):
            num_pending (int | Unset):
            releases_contributed (int | Unset):
            releases_rated (int | Unset):
            rating_avg (float | Unset):
            rank (float | Unset):
            buyer_rating (float | Unset):
            buyer_rating_stars (float | Unset):
            buyer_num_ratings (int | Unset):
            seller_rating (float | Unset):
            seller_rating_stars (float | Unset):
            seller_num_ratings (int | Unset):
            activated (bool | Unset): Whether the account is activated. Not in the reference; the live API sends it.
            marketplace_suspended (bool | Unset): Whether the user's marketplace selling is suspended. Not in the reference;
                the live API sends it.
            is_staff (bool | Unset): Whether the user is Discogs staff. Not in the reference; the live API sends it.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "activated",
        "additional_properties",
        "avatar_url",
        "banner_url",
        "buyer_num_ratings",
        "buyer_rating",
        "buyer_rating_stars",
        "collection_fields_url",
        "collection_folders_url",
        "curr_abbr",
        "email",
        "home_page",
        "id",
        "inventory_url",
        "is_staff",
        "location",
        "marketplace_suspended",
        "name",
        "num_collection",
        "num_for_sale",
        "num_lists",
        "num_pending",
        "num_wantlist",
        "profile",
        "rank",
        "rating_avg",
        "registered",
        "releases_contributed",
        "releases_rated",
        "resource_url",
        "seller_num_ratings",
        "seller_rating",
        "seller_rating_stars",
        "uri",
        "username",
        "wantlist_url",
    )
    __match_args__ = (
        "id",
        "username",
        "name",
        "resource_url",
        "uri",
        "profile",
        "home_page",
        "location",
        "registered",
        "email",
        "curr_abbr",
        "avatar_url",
        "banner_url",
        "inventory_url",
        "collection_folders_url",
        "collection_fields_url",
        "wantlist_url",
        "num_lists",
        "num_for_sale",
        "num_collection",
        "num_wantlist",
        "num_pending",
        "releases_contributed",
        "releases_rated",
        "rating_avg",
        "rank",
        "buyer_rating",
        "buyer_rating_stars",
        "buyer_num_ratings",
        "seller_rating",
        "seller_rating_stars",
        "seller_num_ratings",
        "activated",
        "marketplace_suspended",
        "is_staff",
    )

    id: int
    username: str
    name: str
    resource_url: str
    uri: str
    profile: str
    home_page: str
    location: str
    registered: str
    email: str | Unset
    curr_abbr: Currency | str | Unset
    avatar_url: str | Unset
    banner_url: str | Unset
    inventory_url: str | Unset
    collection_folders_url: str | Unset
    collection_fields_url: str | Unset
    wantlist_url: str | Unset
    num_lists: int | Unset
    num_for_sale: int | Unset
    num_collection: int | Unset
    num_wantlist: int | Unset
    num_pending: int | Unset
    releases_contributed: int | Unset
    releases_rated: int | Unset
    rating_avg: float | Unset
    rank: float | Unset
    buyer_rating: float | Unset
    buyer_rating_stars: float | Unset
    buyer_num_ratings: int | Unset
    seller_rating: float | Unset
    seller_rating_stars: float | Unset
    seller_num_ratings: int | Unset
    activated: bool | Unset
    marketplace_suspended: bool | Unset
    is_staff: bool | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("username", "username"),
        ("name", "name"),
        ("resource_url", "resource_url"),
        ("uri", "uri"),
        ("profile", "profile"),
        ("home_page", "home_page"),
        ("location", "location"),
        ("registered", "registered"),
        ("email", "email"),
        ("curr_abbr", "curr_abbr"),
        ("avatar_url", "avatar_url"),
        ("banner_url", "banner_url"),
        ("inventory_url", "inventory_url"),
        ("collection_folders_url", "collection_folders_url"),
        ("collection_fields_url", "collection_fields_url"),
        ("wantlist_url", "wantlist_url"),
        ("num_lists", "num_lists"),
        ("num_for_sale", "num_for_sale"),
        ("num_collection", "num_collection"),
        ("num_wantlist", "num_wantlist"),
        ("num_pending", "num_pending"),
        ("releases_contributed", "releases_contributed"),
        ("releases_rated", "releases_rated"),
        ("rating_avg", "rating_avg"),
        ("rank", "rank"),
        ("buyer_rating", "buyer_rating"),
        ("buyer_rating_stars", "buyer_rating_stars"),
        ("buyer_num_ratings", "buyer_num_ratings"),
        ("seller_rating", "seller_rating"),
        ("seller_rating_stars", "seller_rating_stars"),
        ("seller_num_ratings", "seller_num_ratings"),
        ("activated", "activated"),
        ("marketplace_suspended", "marketplace_suspended"),
        ("is_staff", "is_staff"),
    )

    def __init__(
        self,
        id: int,
        username: str,
        name: str,
        resource_url: str,
        uri: str,
        profile: str,
        home_page: str,
        location: str,
        registered: str,
        email: str | Unset = UNSET,
        curr_abbr: Currency | str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        banner_url: str | Unset = UNSET,
        inventory_url: str | Unset = UNSET,
        collection_folders_url: str | Unset = UNSET,
        collection_fields_url: str | Unset = UNSET,
        wantlist_url: str | Unset = UNSET,
        num_lists: int | Unset = UNSET,
        num_for_sale: int | Unset = UNSET,
        num_collection: int | Unset = UNSET,
        num_wantlist: int | Unset = UNSET,
        num_pending: int | Unset = UNSET,
        releases_contributed: int | Unset = UNSET,
        releases_rated: int | Unset = UNSET,
        rating_avg: float | Unset = UNSET,
        rank: float | Unset = UNSET,
        buyer_rating: float | Unset = UNSET,
        buyer_rating_stars: float | Unset = UNSET,
        buyer_num_ratings: int | Unset = UNSET,
        seller_rating: float | Unset = UNSET,
        seller_rating_stars: float | Unset = UNSET,
        seller_num_ratings: int | Unset = UNSET,
        activated: bool | Unset = UNSET,
        marketplace_suspended: bool | Unset = UNSET,
        is_staff: bool | Unset = UNSET,
    ) -> None:
        self.id = id
        self.username = username
        self.name = name
        self.resource_url = resource_url
        self.uri = uri
        self.profile = profile
        self.home_page = home_page
        self.location = location
        self.registered = registered
        self.email = email
        self.curr_abbr = curr_abbr
        self.avatar_url = avatar_url
        self.banner_url = banner_url
        self.inventory_url = inventory_url
        self.collection_folders_url = collection_folders_url
        self.collection_fields_url = collection_fields_url
        self.wantlist_url = wantlist_url
        self.num_lists = num_lists
        self.num_for_sale = num_for_sale
        self.num_collection = num_collection
        self.num_wantlist = num_wantlist
        self.num_pending = num_pending
        self.releases_contributed = releases_contributed
        self.releases_rated = releases_rated
        self.rating_avg = rating_avg
        self.rank = rank
        self.buyer_rating = buyer_rating
        self.buyer_rating_stars = buyer_rating_stars
        self.buyer_num_ratings = buyer_num_ratings
        self.seller_rating = seller_rating
        self.seller_rating_stars = seller_rating_stars
        self.seller_num_ratings = seller_num_ratings
        self.activated = activated
        self.marketplace_suspended = marketplace_suspended
        self.is_staff = is_staff
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UserProfile) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.username,
            self.name,
            self.resource_url,
            self.uri,
            self.profile,
            self.home_page,
            self.location,
            self.registered,
            self.email,
            self.curr_abbr,
            self.avatar_url,
            self.banner_url,
            self.inventory_url,
            self.collection_folders_url,
            self.collection_fields_url,
            self.wantlist_url,
            self.num_lists,
            self.num_for_sale,
            self.num_collection,
            self.num_wantlist,
            self.num_pending,
            self.releases_contributed,
            self.releases_rated,
            self.rating_avg,
            self.rank,
            self.buyer_rating,
            self.buyer_rating_stars,
            self.buyer_num_ratings,
            self.seller_rating,
            self.seller_rating_stars,
            self.seller_num_ratings,
            self.activated,
            self.marketplace_suspended,
            self.is_staff,
            self.additional_properties,
        ) == (
            other.id,
            other.username,
            other.name,
            other.resource_url,
            other.uri,
            other.profile,
            other.home_page,
            other.location,
            other.registered,
            other.email,
            other.curr_abbr,
            other.avatar_url,
            other.banner_url,
            other.inventory_url,
            other.collection_folders_url,
            other.collection_fields_url,
            other.wantlist_url,
            other.num_lists,
            other.num_for_sale,
            other.num_collection,
            other.num_wantlist,
            other.num_pending,
            other.releases_contributed,
            other.releases_rated,
            other.rating_avg,
            other.rank,
            other.buyer_rating,
            other.buyer_rating_stars,
            other.buyer_num_ratings,
            other.seller_rating,
            other.seller_rating_stars,
            other.seller_num_ratings,
            other.activated,
            other.marketplace_suspended,
            other.is_staff,
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
            raise TypeError(
                f"UserProfile is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        username: Any = d.pop("username", UNSET)
        if not (isinstance(username, str)):
            _decoding.mismatch(_found, ("username",), "string", username)
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)):
            _decoding.mismatch(_found, ("name",), "string", name)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)):
            _decoding.mismatch(_found, ("uri",), "string", uri)
        profile: Any = d.pop("profile", UNSET)
        if not (isinstance(profile, str)):
            _decoding.mismatch(_found, ("profile",), "string", profile)
        home_page: Any = d.pop("home_page", UNSET)
        if not (isinstance(home_page, str)):
            _decoding.mismatch(_found, ("home_page",), "string", home_page)
        location: Any = d.pop("location", UNSET)
        if not (isinstance(location, str)):
            _decoding.mismatch(_found, ("location",), "string", location)
        registered: Any = d.pop("registered", UNSET)
        if not (isinstance(registered, str)):
            _decoding.mismatch(_found, ("registered",), "string", registered)
        email: Any = d.pop("email", UNSET)
        if not (isinstance(email, str)) and email is not UNSET:
            _decoding.mismatch(_found, ("email",), "string", email)
        curr_abbr: Any = d.pop("curr_abbr", UNSET)
        if isinstance(curr_abbr, str):
            pass
        elif curr_abbr is not UNSET:
            _decoding.unlisted(
                _found,
                ("curr_abbr",),
                "one of AUD, BRL, CAD, CHF, EUR, GBP, JPY, MXN, NZD, SEK, USD, ZAR or string",
                curr_abbr,
            )
        avatar_url: Any = d.pop("avatar_url", UNSET)
        if not (isinstance(avatar_url, str)) and avatar_url is not UNSET:
            _decoding.mismatch(_found, ("avatar_url",), "string", avatar_url)
        banner_url: Any = d.pop("banner_url", UNSET)
        if not (isinstance(banner_url, str)) and banner_url is not UNSET:
            _decoding.mismatch(_found, ("banner_url",), "string", banner_url)
        inventory_url: Any = d.pop("inventory_url", UNSET)
        if not (isinstance(inventory_url, str)) and inventory_url is not UNSET:
            _decoding.mismatch(_found, ("inventory_url",), "string", inventory_url)
        collection_folders_url: Any = d.pop("collection_folders_url", UNSET)
        if not (isinstance(collection_folders_url, str)) and collection_folders_url is not UNSET:
            _decoding.mismatch(
                _found, ("collection_folders_url",), "string", collection_folders_url
            )
        collection_fields_url: Any = d.pop("collection_fields_url", UNSET)
        if not (isinstance(collection_fields_url, str)) and collection_fields_url is not UNSET:
            _decoding.mismatch(_found, ("collection_fields_url",), "string", collection_fields_url)
        wantlist_url: Any = d.pop("wantlist_url", UNSET)
        if not (isinstance(wantlist_url, str)) and wantlist_url is not UNSET:
            _decoding.mismatch(_found, ("wantlist_url",), "string", wantlist_url)
        num_lists: Any = d.pop("num_lists", UNSET)
        if num_lists.__class__ is not int and num_lists is not UNSET:
            _decoding.mismatch(_found, ("num_lists",), "integer", num_lists)
        num_for_sale: Any = d.pop("num_for_sale", UNSET)
        if num_for_sale.__class__ is not int and num_for_sale is not UNSET:
            _decoding.mismatch(_found, ("num_for_sale",), "integer", num_for_sale)
        num_collection: Any = d.pop("num_collection", UNSET)
        if num_collection.__class__ is not int and num_collection is not UNSET:
            _decoding.mismatch(_found, ("num_collection",), "integer", num_collection)
        num_wantlist: Any = d.pop("num_wantlist", UNSET)
        if num_wantlist.__class__ is not int and num_wantlist is not UNSET:
            _decoding.mismatch(_found, ("num_wantlist",), "integer", num_wantlist)
        num_pending: Any = d.pop("num_pending", UNSET)
        if num_pending.__class__ is not int and num_pending is not UNSET:
            _decoding.mismatch(_found, ("num_pending",), "integer", num_pending)
        releases_contributed: Any = d.pop("releases_contributed", UNSET)
        if releases_contributed.__class__ is not int and releases_contributed is not UNSET:
            _decoding.mismatch(_found, ("releases_contributed",), "integer", releases_contributed)
        releases_rated: Any = d.pop("releases_rated", UNSET)
        if releases_rated.__class__ is not int and releases_rated is not UNSET:
            _decoding.mismatch(_found, ("releases_rated",), "integer", releases_rated)
        rating_avg: Any = d.pop("rating_avg", UNSET)
        if (
            not (rating_avg.__class__ is float or rating_avg.__class__ is int)
            and rating_avg is not UNSET
        ):
            _decoding.mismatch(_found, ("rating_avg",), "number", rating_avg)
        rank: Any = d.pop("rank", UNSET)
        if not (rank.__class__ is float or rank.__class__ is int) and rank is not UNSET:
            _decoding.mismatch(_found, ("rank",), "number", rank)
        buyer_rating: Any = d.pop("buyer_rating", UNSET)
        if (
            not (buyer_rating.__class__ is float or buyer_rating.__class__ is int)
            and buyer_rating is not UNSET
        ):
            _decoding.mismatch(_found, ("buyer_rating",), "number", buyer_rating)
        buyer_rating_stars: Any = d.pop("buyer_rating_stars", UNSET)
        if (
            not (buyer_rating_stars.__class__ is float or buyer_rating_stars.__class__ is int)
            and buyer_rating_stars is not UNSET
        ):
            _decoding.mismatch(_found, ("buyer_rating_stars",), "number", buyer_rating_stars)
        buyer_num_ratings: Any = d.pop("buyer_num_ratings", UNSET)
        if buyer_num_ratings.__class__ is not int and buyer_num_ratings is not UNSET:
            _decoding.mismatch(_found, ("buyer_num_ratings",), "integer", buyer_num_ratings)
        seller_rating: Any = d.pop("seller_rating", UNSET)
        if (
            not (seller_rating.__class__ is float or seller_rating.__class__ is int)
            and seller_rating is not UNSET
        ):
            _decoding.mismatch(_found, ("seller_rating",), "number", seller_rating)
        seller_rating_stars: Any = d.pop("seller_rating_stars", UNSET)
        if (
            not (seller_rating_stars.__class__ is float or seller_rating_stars.__class__ is int)
            and seller_rating_stars is not UNSET
        ):
            _decoding.mismatch(_found, ("seller_rating_stars",), "number", seller_rating_stars)
        seller_num_ratings: Any = d.pop("seller_num_ratings", UNSET)
        if seller_num_ratings.__class__ is not int and seller_num_ratings is not UNSET:
            _decoding.mismatch(_found, ("seller_num_ratings",), "integer", seller_num_ratings)
        activated: Any = d.pop("activated", UNSET)
        if activated.__class__ is not bool and activated is not UNSET:
            _decoding.mismatch(_found, ("activated",), "boolean", activated)
        marketplace_suspended: Any = d.pop("marketplace_suspended", UNSET)
        if marketplace_suspended.__class__ is not bool and marketplace_suspended is not UNSET:
            _decoding.mismatch(_found, ("marketplace_suspended",), "boolean", marketplace_suspended)
        is_staff: Any = d.pop("is_staff", UNSET)
        if is_staff.__class__ is not bool and is_staff is not UNSET:
            _decoding.mismatch(_found, ("is_staff",), "boolean", is_staff)
        user_profile = cls(
            id=id,
            username=username,
            name=name,
            resource_url=resource_url,
            uri=uri,
            profile=profile,
            home_page=home_page,
            location=location,
            registered=registered,
            email=email,
            curr_abbr=curr_abbr,
            avatar_url=avatar_url,
            banner_url=banner_url,
            inventory_url=inventory_url,
            collection_folders_url=collection_folders_url,
            collection_fields_url=collection_fields_url,
            wantlist_url=wantlist_url,
            num_lists=num_lists,
            num_for_sale=num_for_sale,
            num_collection=num_collection,
            num_wantlist=num_wantlist,
            num_pending=num_pending,
            releases_contributed=releases_contributed,
            releases_rated=releases_rated,
            rating_avg=rating_avg,
            rank=rank,
            buyer_rating=buyer_rating,
            buyer_rating_stars=buyer_rating_stars,
            buyer_num_ratings=buyer_num_ratings,
            seller_rating=seller_rating,
            seller_rating_stars=seller_rating_stars,
            seller_num_ratings=seller_num_ratings,
            activated=activated,
            marketplace_suspended=marketplace_suspended,
            is_staff=is_staff,
        )
        user_profile.additional_properties = d
        if _found:
            user_profile._problems = tuple(_found)
        return user_profile

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
