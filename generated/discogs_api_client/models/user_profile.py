from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProfile")


@_attrs_define
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
    """

    id: int
    username: str
    name: str
    resource_url: str
    uri: str
    profile: str
    home_page: str
    location: str
    registered: str
    email: str | Unset = UNSET
    curr_abbr: Currency | str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    banner_url: str | Unset = UNSET
    inventory_url: str | Unset = UNSET
    collection_folders_url: str | Unset = UNSET
    collection_fields_url: str | Unset = UNSET
    wantlist_url: str | Unset = UNSET
    num_lists: int | Unset = UNSET
    num_for_sale: int | Unset = UNSET
    num_collection: int | Unset = UNSET
    num_wantlist: int | Unset = UNSET
    num_pending: int | Unset = UNSET
    releases_contributed: int | Unset = UNSET
    releases_rated: int | Unset = UNSET
    rating_avg: float | Unset = UNSET
    rank: float | Unset = UNSET
    buyer_rating: float | Unset = UNSET
    buyer_rating_stars: float | Unset = UNSET
    buyer_num_ratings: int | Unset = UNSET
    seller_rating: float | Unset = UNSET
    seller_rating_stars: float | Unset = UNSET
    seller_num_ratings: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        name = self.name

        resource_url = self.resource_url

        uri = self.uri

        profile = self.profile

        home_page = self.home_page

        location = self.location

        registered = self.registered

        email = self.email

        curr_abbr: str | Unset
        if isinstance(self.curr_abbr, Unset):
            curr_abbr = UNSET
        elif isinstance(self.curr_abbr, str):
            curr_abbr = self.curr_abbr
        else:
            curr_abbr = self.curr_abbr

        avatar_url = self.avatar_url

        banner_url = self.banner_url

        inventory_url = self.inventory_url

        collection_folders_url = self.collection_folders_url

        collection_fields_url = self.collection_fields_url

        wantlist_url = self.wantlist_url

        num_lists = self.num_lists

        num_for_sale = self.num_for_sale

        num_collection = self.num_collection

        num_wantlist = self.num_wantlist

        num_pending = self.num_pending

        releases_contributed = self.releases_contributed

        releases_rated = self.releases_rated

        rating_avg = self.rating_avg

        rank = self.rank

        buyer_rating = self.buyer_rating

        buyer_rating_stars = self.buyer_rating_stars

        buyer_num_ratings = self.buyer_num_ratings

        seller_rating = self.seller_rating

        seller_rating_stars = self.seller_rating_stars

        seller_num_ratings = self.seller_num_ratings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "name": name,
                "resource_url": resource_url,
                "uri": uri,
                "profile": profile,
                "home_page": home_page,
                "location": location,
                "registered": registered,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if curr_abbr is not UNSET:
            field_dict["curr_abbr"] = curr_abbr
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if banner_url is not UNSET:
            field_dict["banner_url"] = banner_url
        if inventory_url is not UNSET:
            field_dict["inventory_url"] = inventory_url
        if collection_folders_url is not UNSET:
            field_dict["collection_folders_url"] = collection_folders_url
        if collection_fields_url is not UNSET:
            field_dict["collection_fields_url"] = collection_fields_url
        if wantlist_url is not UNSET:
            field_dict["wantlist_url"] = wantlist_url
        if num_lists is not UNSET:
            field_dict["num_lists"] = num_lists
        if num_for_sale is not UNSET:
            field_dict["num_for_sale"] = num_for_sale
        if num_collection is not UNSET:
            field_dict["num_collection"] = num_collection
        if num_wantlist is not UNSET:
            field_dict["num_wantlist"] = num_wantlist
        if num_pending is not UNSET:
            field_dict["num_pending"] = num_pending
        if releases_contributed is not UNSET:
            field_dict["releases_contributed"] = releases_contributed
        if releases_rated is not UNSET:
            field_dict["releases_rated"] = releases_rated
        if rating_avg is not UNSET:
            field_dict["rating_avg"] = rating_avg
        if rank is not UNSET:
            field_dict["rank"] = rank
        if buyer_rating is not UNSET:
            field_dict["buyer_rating"] = buyer_rating
        if buyer_rating_stars is not UNSET:
            field_dict["buyer_rating_stars"] = buyer_rating_stars
        if buyer_num_ratings is not UNSET:
            field_dict["buyer_num_ratings"] = buyer_num_ratings
        if seller_rating is not UNSET:
            field_dict["seller_rating"] = seller_rating
        if seller_rating_stars is not UNSET:
            field_dict["seller_rating_stars"] = seller_rating_stars
        if seller_num_ratings is not UNSET:
            field_dict["seller_num_ratings"] = seller_num_ratings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        name = d.pop("name")

        resource_url = d.pop("resource_url")

        uri = d.pop("uri")

        profile = d.pop("profile")

        home_page = d.pop("home_page")

        location = d.pop("location")

        registered = d.pop("registered")

        email = d.pop("email", UNSET)

        def _parse_curr_abbr(data: object) -> Currency | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                curr_abbr_type_0 = check_currency(data)

                return curr_abbr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | str | Unset, data)

        curr_abbr = _parse_curr_abbr(d.pop("curr_abbr", UNSET))

        avatar_url = d.pop("avatar_url", UNSET)

        banner_url = d.pop("banner_url", UNSET)

        inventory_url = d.pop("inventory_url", UNSET)

        collection_folders_url = d.pop("collection_folders_url", UNSET)

        collection_fields_url = d.pop("collection_fields_url", UNSET)

        wantlist_url = d.pop("wantlist_url", UNSET)

        num_lists = d.pop("num_lists", UNSET)

        num_for_sale = d.pop("num_for_sale", UNSET)

        num_collection = d.pop("num_collection", UNSET)

        num_wantlist = d.pop("num_wantlist", UNSET)

        num_pending = d.pop("num_pending", UNSET)

        releases_contributed = d.pop("releases_contributed", UNSET)

        releases_rated = d.pop("releases_rated", UNSET)

        rating_avg = d.pop("rating_avg", UNSET)

        rank = d.pop("rank", UNSET)

        buyer_rating = d.pop("buyer_rating", UNSET)

        buyer_rating_stars = d.pop("buyer_rating_stars", UNSET)

        buyer_num_ratings = d.pop("buyer_num_ratings", UNSET)

        seller_rating = d.pop("seller_rating", UNSET)

        seller_rating_stars = d.pop("seller_rating_stars", UNSET)

        seller_num_ratings = d.pop("seller_num_ratings", UNSET)

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
        )

        user_profile.additional_properties = d
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
