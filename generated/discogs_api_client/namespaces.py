"""The API on the client objects: a namespace per tag, a method per operation.

Written by scripts/regenerate.py from openapi/discogs.yaml and the generated
operations; do not edit. `Namespaces` gives `Discogs` its namespaces
(`client.database.get_release`); `AsyncNamespaces` gives `AsyncDiscogs` theirs, whose
methods are coroutines. Each method calls its operation's `sync` (or `asyncio`)
function, imported at the first call; each paginated operation also has an `iter_`
method over its items across pages.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .client import AuthenticatedClient
from .types import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    import datetime
    from discogs_openapi.pagination import Progress
    from .models.artist import Artist
    from .models.artist_release import ArtistRelease
    from .models.artist_release_sort import ArtistReleaseSort
    from .models.artist_releases_page import ArtistReleasesPage
    from .models.collection_fields import CollectionFields
    from .models.collection_folder import CollectionFolder
    from .models.collection_folder_name import CollectionFolderName
    from .models.collection_folders import CollectionFolders
    from .models.collection_instance_ref import CollectionInstanceRef
    from .models.collection_instance_update import CollectionInstanceUpdate
    from .models.collection_item import CollectionItem
    from .models.collection_items_page import CollectionItemsPage
    from .models.collection_value import CollectionValue
    from .models.community_release_rating import CommunityReleaseRating
    from .models.contributions_page import ContributionsPage
    from .models.created_listing import CreatedListing
    from .models.currency import Currency
    from .models.identity import Identity
    from .models.inventory_csv_upload import InventoryCsvUpload
    from .models.inventory_export import InventoryExport
    from .models.inventory_exports_page import InventoryExportsPage
    from .models.inventory_page import InventoryPage
    from .models.inventory_sort import InventorySort
    from .models.inventory_status_filter import InventoryStatusFilter
    from .models.inventory_upload import InventoryUpload
    from .models.inventory_uploads_page import InventoryUploadsPage
    from .models.label import Label
    from .models.label_release import LabelRelease
    from .models.label_releases_page import LabelReleasesPage
    from .models.listing import Listing
    from .models.listing_fields import ListingFields
    from .models.marketplace_stats import MarketplaceStats
    from .models.master import Master
    from .models.master_version import MasterVersion
    from .models.master_version_sort import MasterVersionSort
    from .models.master_versions_page import MasterVersionsPage
    from .models.money import Money
    from .models.o_auth_access_token import OAuthAccessToken
    from .models.o_auth_request_token import OAuthRequestToken
    from .models.order import Order
    from .models.order_message import OrderMessage
    from .models.order_message_create import OrderMessageCreate
    from .models.order_messages_page import OrderMessagesPage
    from .models.order_sort import OrderSort
    from .models.order_status_filter import OrderStatusFilter
    from .models.order_update import OrderUpdate
    from .models.orders_page import OrdersPage
    from .models.price_suggestions import PriceSuggestions
    from .models.release import Release
    from .models.release_offensive_flag import ReleaseOffensiveFlag
    from .models.release_rating_update import ReleaseRatingUpdate
    from .models.release_stats import ReleaseStats
    from .models.search_artist_result import SearchArtistResult
    from .models.search_label_result import SearchLabelResult
    from .models.search_master_result import SearchMasterResult
    from .models.search_release_result import SearchReleaseResult
    from .models.search_results_page import SearchResultsPage
    from .models.search_type import SearchType
    from .models.service_root import ServiceRoot
    from .models.sort_order import SortOrder
    from .models.submissions_page import SubmissionsPage
    from .models.user_list import UserList
    from .models.user_list_summary import UserListSummary
    from .models.user_lists_page import UserListsPage
    from .models.user_profile import UserProfile
    from .models.user_profile_update import UserProfileUpdate
    from .models.user_release_rating import UserReleaseRating
    from .models.user_release_sort import UserReleaseSort
    from .models.want import Want
    from .models.wants_page import WantsPage
    from .types import Unset


class ServiceAPI:
    """Service (sync): The service root, answered by the live API though absent from the reference."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_service_root(self) -> ServiceRoot:
        """Get the service root"""
        import discogs_api_client.api.service.get_service_root as operation

        return operation.sync(client=self._client)


class AsyncServiceAPI:
    """Service (asyncio): The service root, answered by the live API though absent from the reference."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_service_root(self) -> ServiceRoot:
        """Get the service root"""
        import discogs_api_client.api.service.get_service_root as operation

        return await operation.asyncio(client=self._client)


class DatabaseAPI:
    """Database (sync): Releases, masters, artists and labels, their ratings and statistics, and search."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def delete_release_user_rating(self, release_id: int, username: str) -> None:
        """Remove a rating of a release"""
        import discogs_api_client.api.database.delete_release_user_rating as operation

        operation.sync(release_id=release_id, username=username, client=self._client)

    def get_artist(self, artist_id: int) -> Artist:
        """Get an artist"""
        import discogs_api_client.api.database.get_artist as operation

        return operation.sync(artist_id=artist_id, client=self._client)

    def get_artist_releases(
        self,
        artist_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
        sort: ArtistReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
    ) -> ArtistReleasesPage:
        """List an artist's releases and masters"""
        import discogs_api_client.api.database.get_artist_releases as operation

        return operation.sync(
            artist_id=artist_id,
            page=page,
            per_page=per_page,
            sort=sort,
            sort_order=sort_order,
            client=self._client,
        )

    def iter_artist_releases(
        self,
        artist_id: int,
        *,
        sort: ArtistReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[ArtistRelease]:
        """List an artist's releases and masters: the items of every page, one at a time."""
        import discogs_api_client.api.database.get_artist_releases as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            artist_id=artist_id,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    def get_label(self, label_id: int) -> Label:
        """Get a label"""
        import discogs_api_client.api.database.get_label as operation

        return operation.sync(label_id=label_id, client=self._client)

    def get_label_releases(
        self, label_id: int, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> LabelReleasesPage:
        """List a label's releases"""
        import discogs_api_client.api.database.get_label_releases as operation

        return operation.sync(label_id=label_id, page=page, per_page=per_page, client=self._client)

    def iter_label_releases(
        self,
        label_id: int,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[LabelRelease]:
        """List a label's releases: the items of every page, one at a time."""
        import discogs_api_client.api.database.get_label_releases as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            label_id=label_id,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    def get_master(self, master_id: int) -> Master:
        """Get a master release"""
        import discogs_api_client.api.database.get_master as operation

        return operation.sync(master_id=master_id, client=self._client)

    def get_master_versions(
        self,
        master_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
        format_: str | Unset = UNSET,
        label: str | Unset = UNSET,
        released: str | Unset = UNSET,
        country: str | Unset = UNSET,
        sort: MasterVersionSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
    ) -> MasterVersionsPage:
        """List the versions of a master release"""
        import discogs_api_client.api.database.get_master_versions as operation

        return operation.sync(
            master_id=master_id,
            page=page,
            per_page=per_page,
            format_=format_,
            label=label,
            released=released,
            country=country,
            sort=sort,
            sort_order=sort_order,
            client=self._client,
        )

    def iter_master_versions(
        self,
        master_id: int,
        *,
        format_: str | Unset = UNSET,
        label: str | Unset = UNSET,
        released: str | Unset = UNSET,
        country: str | Unset = UNSET,
        sort: MasterVersionSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[MasterVersion]:
        """List the versions of a master release: the items of every page, one at a time."""
        import discogs_api_client.api.database.get_master_versions as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            master_id=master_id,
            format_=format_,
            label=label,
            released=released,
            country=country,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    def get_release(self, release_id: int, *, curr_abbr: Currency | Unset = UNSET) -> Release:
        """Get a release"""
        import discogs_api_client.api.database.get_release as operation

        return operation.sync(release_id=release_id, curr_abbr=curr_abbr, client=self._client)

    def get_release_community_rating(self, release_id: int) -> CommunityReleaseRating:
        """Get the community rating of a release"""
        import discogs_api_client.api.database.get_release_community_rating as operation

        return operation.sync(release_id=release_id, client=self._client)

    def get_release_stats(self, release_id: int) -> ReleaseOffensiveFlag | ReleaseStats:
        """Get the have and want counts of a release"""
        import discogs_api_client.api.database.get_release_stats as operation

        return operation.sync(release_id=release_id, client=self._client)

    def get_release_user_rating(self, release_id: int, username: str) -> UserReleaseRating:
        """Get a user's rating of a release"""
        import discogs_api_client.api.database.get_release_user_rating as operation

        return operation.sync(release_id=release_id, username=username, client=self._client)

    def search_database(
        self,
        *,
        q: str | Unset = UNSET,
        type_: SearchType | Unset = UNSET,
        title: str | Unset = UNSET,
        release_title: str | Unset = UNSET,
        credit: str | Unset = UNSET,
        artist: str | Unset = UNSET,
        anv: str | Unset = UNSET,
        label: str | Unset = UNSET,
        genre: str | Unset = UNSET,
        style: str | Unset = UNSET,
        country: str | Unset = UNSET,
        year: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        catno: str | Unset = UNSET,
        barcode: str | Unset = UNSET,
        track: str | Unset = UNSET,
        submitter: str | Unset = UNSET,
        contributor: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
    ) -> SearchResultsPage:
        """Search the database"""
        import discogs_api_client.api.database.search_database as operation

        return operation.sync(
            q=q,
            type_=type_,
            title=title,
            release_title=release_title,
            credit=credit,
            artist=artist,
            anv=anv,
            label=label,
            genre=genre,
            style=style,
            country=country,
            year=year,
            format_=format_,
            catno=catno,
            barcode=barcode,
            track=track,
            submitter=submitter,
            contributor=contributor,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_search_database(
        self,
        *,
        q: str | Unset = UNSET,
        type_: SearchType | Unset = UNSET,
        title: str | Unset = UNSET,
        release_title: str | Unset = UNSET,
        credit: str | Unset = UNSET,
        artist: str | Unset = UNSET,
        anv: str | Unset = UNSET,
        label: str | Unset = UNSET,
        genre: str | Unset = UNSET,
        style: str | Unset = UNSET,
        country: str | Unset = UNSET,
        year: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        catno: str | Unset = UNSET,
        barcode: str | Unset = UNSET,
        track: str | Unset = UNSET,
        submitter: str | Unset = UNSET,
        contributor: str | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[
        SearchArtistResult | SearchLabelResult | SearchMasterResult | SearchReleaseResult
    ]:
        """Search the database: the items of every page, one at a time."""
        import discogs_api_client.api.database.search_database as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            q=q,
            type_=type_,
            title=title,
            release_title=release_title,
            credit=credit,
            artist=artist,
            anv=anv,
            label=label,
            genre=genre,
            style=style,
            country=country,
            year=year,
            format_=format_,
            catno=catno,
            barcode=barcode,
            track=track,
            submitter=submitter,
            contributor=contributor,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    def update_release_user_rating(
        self, release_id: int, username: str, *, body: ReleaseRatingUpdate
    ) -> UserReleaseRating:
        """Rate a release"""
        import discogs_api_client.api.database.update_release_user_rating as operation

        return operation.sync(
            release_id=release_id, username=username, body=body, client=self._client
        )


class AsyncDatabaseAPI:
    """Database (asyncio): Releases, masters, artists and labels, their ratings and statistics, and search."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def delete_release_user_rating(self, release_id: int, username: str) -> None:
        """Remove a rating of a release"""
        import discogs_api_client.api.database.delete_release_user_rating as operation

        await operation.asyncio(release_id=release_id, username=username, client=self._client)

    async def get_artist(self, artist_id: int) -> Artist:
        """Get an artist"""
        import discogs_api_client.api.database.get_artist as operation

        return await operation.asyncio(artist_id=artist_id, client=self._client)

    async def get_artist_releases(
        self,
        artist_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
        sort: ArtistReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
    ) -> ArtistReleasesPage:
        """List an artist's releases and masters"""
        import discogs_api_client.api.database.get_artist_releases as operation

        return await operation.asyncio(
            artist_id=artist_id,
            page=page,
            per_page=per_page,
            sort=sort,
            sort_order=sort_order,
            client=self._client,
        )

    def iter_artist_releases(
        self,
        artist_id: int,
        *,
        sort: ArtistReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[ArtistRelease]:
        """List an artist's releases and masters: the items of every page, one at a time."""
        import discogs_api_client.api.database.get_artist_releases as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            artist_id=artist_id,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    async def get_label(self, label_id: int) -> Label:
        """Get a label"""
        import discogs_api_client.api.database.get_label as operation

        return await operation.asyncio(label_id=label_id, client=self._client)

    async def get_label_releases(
        self, label_id: int, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> LabelReleasesPage:
        """List a label's releases"""
        import discogs_api_client.api.database.get_label_releases as operation

        return await operation.asyncio(
            label_id=label_id, page=page, per_page=per_page, client=self._client
        )

    def iter_label_releases(
        self,
        label_id: int,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[LabelRelease]:
        """List a label's releases: the items of every page, one at a time."""
        import discogs_api_client.api.database.get_label_releases as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            label_id=label_id,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    async def get_master(self, master_id: int) -> Master:
        """Get a master release"""
        import discogs_api_client.api.database.get_master as operation

        return await operation.asyncio(master_id=master_id, client=self._client)

    async def get_master_versions(
        self,
        master_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
        format_: str | Unset = UNSET,
        label: str | Unset = UNSET,
        released: str | Unset = UNSET,
        country: str | Unset = UNSET,
        sort: MasterVersionSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
    ) -> MasterVersionsPage:
        """List the versions of a master release"""
        import discogs_api_client.api.database.get_master_versions as operation

        return await operation.asyncio(
            master_id=master_id,
            page=page,
            per_page=per_page,
            format_=format_,
            label=label,
            released=released,
            country=country,
            sort=sort,
            sort_order=sort_order,
            client=self._client,
        )

    def iter_master_versions(
        self,
        master_id: int,
        *,
        format_: str | Unset = UNSET,
        label: str | Unset = UNSET,
        released: str | Unset = UNSET,
        country: str | Unset = UNSET,
        sort: MasterVersionSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[MasterVersion]:
        """List the versions of a master release: the items of every page, one at a time."""
        import discogs_api_client.api.database.get_master_versions as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            master_id=master_id,
            format_=format_,
            label=label,
            released=released,
            country=country,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    async def get_release(self, release_id: int, *, curr_abbr: Currency | Unset = UNSET) -> Release:
        """Get a release"""
        import discogs_api_client.api.database.get_release as operation

        return await operation.asyncio(
            release_id=release_id, curr_abbr=curr_abbr, client=self._client
        )

    async def get_release_community_rating(self, release_id: int) -> CommunityReleaseRating:
        """Get the community rating of a release"""
        import discogs_api_client.api.database.get_release_community_rating as operation

        return await operation.asyncio(release_id=release_id, client=self._client)

    async def get_release_stats(self, release_id: int) -> ReleaseOffensiveFlag | ReleaseStats:
        """Get the have and want counts of a release"""
        import discogs_api_client.api.database.get_release_stats as operation

        return await operation.asyncio(release_id=release_id, client=self._client)

    async def get_release_user_rating(self, release_id: int, username: str) -> UserReleaseRating:
        """Get a user's rating of a release"""
        import discogs_api_client.api.database.get_release_user_rating as operation

        return await operation.asyncio(
            release_id=release_id, username=username, client=self._client
        )

    async def search_database(
        self,
        *,
        q: str | Unset = UNSET,
        type_: SearchType | Unset = UNSET,
        title: str | Unset = UNSET,
        release_title: str | Unset = UNSET,
        credit: str | Unset = UNSET,
        artist: str | Unset = UNSET,
        anv: str | Unset = UNSET,
        label: str | Unset = UNSET,
        genre: str | Unset = UNSET,
        style: str | Unset = UNSET,
        country: str | Unset = UNSET,
        year: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        catno: str | Unset = UNSET,
        barcode: str | Unset = UNSET,
        track: str | Unset = UNSET,
        submitter: str | Unset = UNSET,
        contributor: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
    ) -> SearchResultsPage:
        """Search the database"""
        import discogs_api_client.api.database.search_database as operation

        return await operation.asyncio(
            q=q,
            type_=type_,
            title=title,
            release_title=release_title,
            credit=credit,
            artist=artist,
            anv=anv,
            label=label,
            genre=genre,
            style=style,
            country=country,
            year=year,
            format_=format_,
            catno=catno,
            barcode=barcode,
            track=track,
            submitter=submitter,
            contributor=contributor,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_search_database(
        self,
        *,
        q: str | Unset = UNSET,
        type_: SearchType | Unset = UNSET,
        title: str | Unset = UNSET,
        release_title: str | Unset = UNSET,
        credit: str | Unset = UNSET,
        artist: str | Unset = UNSET,
        anv: str | Unset = UNSET,
        label: str | Unset = UNSET,
        genre: str | Unset = UNSET,
        style: str | Unset = UNSET,
        country: str | Unset = UNSET,
        year: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        catno: str | Unset = UNSET,
        barcode: str | Unset = UNSET,
        track: str | Unset = UNSET,
        submitter: str | Unset = UNSET,
        contributor: str | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[
        SearchArtistResult | SearchLabelResult | SearchMasterResult | SearchReleaseResult
    ]:
        """Search the database: the items of every page, one at a time."""
        import discogs_api_client.api.database.search_database as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            q=q,
            type_=type_,
            title=title,
            release_title=release_title,
            credit=credit,
            artist=artist,
            anv=anv,
            label=label,
            genre=genre,
            style=style,
            country=country,
            year=year,
            format_=format_,
            catno=catno,
            barcode=barcode,
            track=track,
            submitter=submitter,
            contributor=contributor,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    async def update_release_user_rating(
        self, release_id: int, username: str, *, body: ReleaseRatingUpdate
    ) -> UserReleaseRating:
        """Rate a release"""
        import discogs_api_client.api.database.update_release_user_rating as operation

        return await operation.asyncio(
            release_id=release_id, username=username, body=body, client=self._client
        )


class MarketplaceAPI:
    """Marketplace (sync): Inventories, listings, orders, fees and price data."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def add_order_message(self, order_id: str, *, body: OrderMessageCreate) -> OrderMessage:
        """Add a message to an order"""
        import discogs_api_client.api.marketplace.add_order_message as operation

        return operation.sync(order_id=order_id, body=body, client=self._client)

    def create_listing(self, *, body: ListingFields) -> CreatedListing:
        """Create a listing"""
        import discogs_api_client.api.marketplace.create_listing as operation

        return operation.sync(body=body, client=self._client)

    def delete_listing(self, listing_id: int) -> None:
        """Delete a listing"""
        import discogs_api_client.api.marketplace.delete_listing as operation

        operation.sync(listing_id=listing_id, client=self._client)

    def edit_listing(self, listing_id: int, *, body: ListingFields) -> None:
        """Edit a listing"""
        import discogs_api_client.api.marketplace.edit_listing as operation

        operation.sync(listing_id=listing_id, body=body, client=self._client)

    def edit_order(self, order_id: str, *, body: OrderUpdate) -> Order:
        """Edit an order"""
        import discogs_api_client.api.marketplace.edit_order as operation

        return operation.sync(order_id=order_id, body=body, client=self._client)

    def get_fee(self, price: float) -> Money:
        """Get the fee for a price"""
        import discogs_api_client.api.marketplace.get_fee as operation

        return operation.sync(price=price, client=self._client)

    def get_fee_with_currency(self, price: float, currency: Currency) -> Money:
        """Get the fee for a price in a currency"""
        import discogs_api_client.api.marketplace.get_fee_with_currency as operation

        return operation.sync(price=price, currency=currency, client=self._client)

    def get_listing(self, listing_id: int, *, curr_abbr: Currency | Unset = UNSET) -> Listing:
        """Get a listing"""
        import discogs_api_client.api.marketplace.get_listing as operation

        return operation.sync(listing_id=listing_id, curr_abbr=curr_abbr, client=self._client)

    def get_marketplace_stats(
        self, release_id: int, *, curr_abbr: Currency | Unset = UNSET
    ) -> MarketplaceStats:
        """Get the Marketplace statistics of a release"""
        import discogs_api_client.api.marketplace.get_marketplace_stats as operation

        return operation.sync(release_id=release_id, curr_abbr=curr_abbr, client=self._client)

    def get_order(self, order_id: str) -> Order:
        """Get an order"""
        import discogs_api_client.api.marketplace.get_order as operation

        return operation.sync(order_id=order_id, client=self._client)

    def get_price_suggestions(self, release_id: int) -> PriceSuggestions:
        """Get price suggestions for a release"""
        import discogs_api_client.api.marketplace.get_price_suggestions as operation

        return operation.sync(release_id=release_id, client=self._client)

    def get_user_inventory(
        self,
        username: str,
        *,
        status: InventoryStatusFilter | Unset = UNSET,
        sort: InventorySort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
    ) -> InventoryPage:
        """List a seller's inventory"""
        import discogs_api_client.api.marketplace.get_user_inventory as operation

        return operation.sync(
            username=username,
            status=status,
            sort=sort,
            sort_order=sort_order,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_user_inventory(
        self,
        username: str,
        *,
        status: InventoryStatusFilter | Unset = UNSET,
        sort: InventorySort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[Listing]:
        """List a seller's inventory: the items of every page, one at a time."""
        import discogs_api_client.api.marketplace.get_user_inventory as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            username=username,
            status=status,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    def list_order_messages(
        self, order_id: str, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> OrderMessagesPage:
        """List an order's messages"""
        import discogs_api_client.api.marketplace.list_order_messages as operation

        return operation.sync(order_id=order_id, page=page, per_page=per_page, client=self._client)

    def iter_order_messages(
        self,
        order_id: str,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[OrderMessage]:
        """List an order's messages: the items of every page, one at a time."""
        import discogs_api_client.api.marketplace.list_order_messages as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            order_id=order_id,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    def list_orders(
        self,
        *,
        status: OrderStatusFilter | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        archived: bool | Unset = UNSET,
        sort: OrderSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
    ) -> OrdersPage:
        """List the seller's orders"""
        import discogs_api_client.api.marketplace.list_orders as operation

        return operation.sync(
            status=status,
            created_after=created_after,
            created_before=created_before,
            archived=archived,
            sort=sort,
            sort_order=sort_order,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_orders(
        self,
        *,
        status: OrderStatusFilter | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        archived: bool | Unset = UNSET,
        sort: OrderSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[Order]:
        """List the seller's orders: the items of every page, one at a time."""
        import discogs_api_client.api.marketplace.list_orders as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            status=status,
            created_after=created_after,
            created_before=created_before,
            archived=archived,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class AsyncMarketplaceAPI:
    """Marketplace (asyncio): Inventories, listings, orders, fees and price data."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def add_order_message(self, order_id: str, *, body: OrderMessageCreate) -> OrderMessage:
        """Add a message to an order"""
        import discogs_api_client.api.marketplace.add_order_message as operation

        return await operation.asyncio(order_id=order_id, body=body, client=self._client)

    async def create_listing(self, *, body: ListingFields) -> CreatedListing:
        """Create a listing"""
        import discogs_api_client.api.marketplace.create_listing as operation

        return await operation.asyncio(body=body, client=self._client)

    async def delete_listing(self, listing_id: int) -> None:
        """Delete a listing"""
        import discogs_api_client.api.marketplace.delete_listing as operation

        await operation.asyncio(listing_id=listing_id, client=self._client)

    async def edit_listing(self, listing_id: int, *, body: ListingFields) -> None:
        """Edit a listing"""
        import discogs_api_client.api.marketplace.edit_listing as operation

        await operation.asyncio(listing_id=listing_id, body=body, client=self._client)

    async def edit_order(self, order_id: str, *, body: OrderUpdate) -> Order:
        """Edit an order"""
        import discogs_api_client.api.marketplace.edit_order as operation

        return await operation.asyncio(order_id=order_id, body=body, client=self._client)

    async def get_fee(self, price: float) -> Money:
        """Get the fee for a price"""
        import discogs_api_client.api.marketplace.get_fee as operation

        return await operation.asyncio(price=price, client=self._client)

    async def get_fee_with_currency(self, price: float, currency: Currency) -> Money:
        """Get the fee for a price in a currency"""
        import discogs_api_client.api.marketplace.get_fee_with_currency as operation

        return await operation.asyncio(price=price, currency=currency, client=self._client)

    async def get_listing(self, listing_id: int, *, curr_abbr: Currency | Unset = UNSET) -> Listing:
        """Get a listing"""
        import discogs_api_client.api.marketplace.get_listing as operation

        return await operation.asyncio(
            listing_id=listing_id, curr_abbr=curr_abbr, client=self._client
        )

    async def get_marketplace_stats(
        self, release_id: int, *, curr_abbr: Currency | Unset = UNSET
    ) -> MarketplaceStats:
        """Get the Marketplace statistics of a release"""
        import discogs_api_client.api.marketplace.get_marketplace_stats as operation

        return await operation.asyncio(
            release_id=release_id, curr_abbr=curr_abbr, client=self._client
        )

    async def get_order(self, order_id: str) -> Order:
        """Get an order"""
        import discogs_api_client.api.marketplace.get_order as operation

        return await operation.asyncio(order_id=order_id, client=self._client)

    async def get_price_suggestions(self, release_id: int) -> PriceSuggestions:
        """Get price suggestions for a release"""
        import discogs_api_client.api.marketplace.get_price_suggestions as operation

        return await operation.asyncio(release_id=release_id, client=self._client)

    async def get_user_inventory(
        self,
        username: str,
        *,
        status: InventoryStatusFilter | Unset = UNSET,
        sort: InventorySort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
    ) -> InventoryPage:
        """List a seller's inventory"""
        import discogs_api_client.api.marketplace.get_user_inventory as operation

        return await operation.asyncio(
            username=username,
            status=status,
            sort=sort,
            sort_order=sort_order,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_user_inventory(
        self,
        username: str,
        *,
        status: InventoryStatusFilter | Unset = UNSET,
        sort: InventorySort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[Listing]:
        """List a seller's inventory: the items of every page, one at a time."""
        import discogs_api_client.api.marketplace.get_user_inventory as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            username=username,
            status=status,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    async def list_order_messages(
        self, order_id: str, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> OrderMessagesPage:
        """List an order's messages"""
        import discogs_api_client.api.marketplace.list_order_messages as operation

        return await operation.asyncio(
            order_id=order_id, page=page, per_page=per_page, client=self._client
        )

    def iter_order_messages(
        self,
        order_id: str,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[OrderMessage]:
        """List an order's messages: the items of every page, one at a time."""
        import discogs_api_client.api.marketplace.list_order_messages as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            order_id=order_id,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    async def list_orders(
        self,
        *,
        status: OrderStatusFilter | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        archived: bool | Unset = UNSET,
        sort: OrderSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
    ) -> OrdersPage:
        """List the seller's orders"""
        import discogs_api_client.api.marketplace.list_orders as operation

        return await operation.asyncio(
            status=status,
            created_after=created_after,
            created_before=created_before,
            archived=archived,
            sort=sort,
            sort_order=sort_order,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_orders(
        self,
        *,
        status: OrderStatusFilter | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        archived: bool | Unset = UNSET,
        sort: OrderSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[Order]:
        """List the seller's orders: the items of every page, one at a time."""
        import discogs_api_client.api.marketplace.list_orders as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            status=status,
            created_after=created_after,
            created_before=created_before,
            archived=archived,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class InventoryExportAPI:
    """Inventory Export (sync): Export the authenticated user's inventory as CSV."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def download_inventory_export(self, export_id: int) -> str:
        """Download an inventory export"""
        import discogs_api_client.api.inventory_export.download_inventory_export as operation

        return operation.sync(export_id=export_id, client=self._client)

    def get_inventory_export(
        self, export_id: int, *, if_modified_since: str | Unset = UNSET
    ) -> InventoryExport:
        """Get an inventory export"""
        import discogs_api_client.api.inventory_export.get_inventory_export as operation

        return operation.sync(
            export_id=export_id, if_modified_since=if_modified_since, client=self._client
        )

    def list_inventory_exports(
        self, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> InventoryExportsPage:
        """List recent inventory exports"""
        import discogs_api_client.api.inventory_export.list_inventory_exports as operation

        return operation.sync(page=page, per_page=per_page, client=self._client)

    def iter_inventory_exports(
        self,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[InventoryExport]:
        """List recent inventory exports: the items of every page, one at a time."""
        import discogs_api_client.api.inventory_export.list_inventory_exports as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    def request_inventory_export(self) -> int:
        """Request an export of the inventory"""
        import discogs_api_client.api.inventory_export.request_inventory_export as operation

        return operation.sync(client=self._client)


class AsyncInventoryExportAPI:
    """Inventory Export (asyncio): Export the authenticated user's inventory as CSV."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def download_inventory_export(self, export_id: int) -> str:
        """Download an inventory export"""
        import discogs_api_client.api.inventory_export.download_inventory_export as operation

        return await operation.asyncio(export_id=export_id, client=self._client)

    async def get_inventory_export(
        self, export_id: int, *, if_modified_since: str | Unset = UNSET
    ) -> InventoryExport:
        """Get an inventory export"""
        import discogs_api_client.api.inventory_export.get_inventory_export as operation

        return await operation.asyncio(
            export_id=export_id, if_modified_since=if_modified_since, client=self._client
        )

    async def list_inventory_exports(
        self, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> InventoryExportsPage:
        """List recent inventory exports"""
        import discogs_api_client.api.inventory_export.list_inventory_exports as operation

        return await operation.asyncio(page=page, per_page=per_page, client=self._client)

    def iter_inventory_exports(
        self,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[InventoryExport]:
        """List recent inventory exports: the items of every page, one at a time."""
        import discogs_api_client.api.inventory_export.list_inventory_exports as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    async def request_inventory_export(self) -> int:
        """Request an export of the inventory"""
        import discogs_api_client.api.inventory_export.request_inventory_export as operation

        return await operation.asyncio(client=self._client)


class InventoryUploadAPI:
    """Inventory Upload (sync): Add, change or delete listings in bulk from CSV files."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def add_inventory_upload(self, *, body: InventoryCsvUpload) -> int:
        """Add listings from a CSV file"""
        import discogs_api_client.api.inventory_upload.add_inventory_upload as operation

        return operation.sync(body=body, client=self._client)

    def change_inventory_upload(self, *, body: InventoryCsvUpload) -> int:
        """Change listings from a CSV file"""
        import discogs_api_client.api.inventory_upload.change_inventory_upload as operation

        return operation.sync(body=body, client=self._client)

    def delete_inventory_upload(self, *, body: InventoryCsvUpload) -> int:
        """Delete listings from a CSV file"""
        import discogs_api_client.api.inventory_upload.delete_inventory_upload as operation

        return operation.sync(body=body, client=self._client)

    def get_inventory_upload(
        self, upload_id: int, *, if_modified_since: str | Unset = UNSET
    ) -> InventoryUpload:
        """Get an inventory upload"""
        import discogs_api_client.api.inventory_upload.get_inventory_upload as operation

        return operation.sync(
            upload_id=upload_id, if_modified_since=if_modified_since, client=self._client
        )

    def list_inventory_uploads(
        self, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> InventoryUploadsPage:
        """List recent inventory uploads"""
        import discogs_api_client.api.inventory_upload.list_inventory_uploads as operation

        return operation.sync(page=page, per_page=per_page, client=self._client)

    def iter_inventory_uploads(
        self,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[InventoryUpload]:
        """List recent inventory uploads: the items of every page, one at a time."""
        import discogs_api_client.api.inventory_upload.list_inventory_uploads as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class AsyncInventoryUploadAPI:
    """Inventory Upload (asyncio): Add, change or delete listings in bulk from CSV files."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def add_inventory_upload(self, *, body: InventoryCsvUpload) -> int:
        """Add listings from a CSV file"""
        import discogs_api_client.api.inventory_upload.add_inventory_upload as operation

        return await operation.asyncio(body=body, client=self._client)

    async def change_inventory_upload(self, *, body: InventoryCsvUpload) -> int:
        """Change listings from a CSV file"""
        import discogs_api_client.api.inventory_upload.change_inventory_upload as operation

        return await operation.asyncio(body=body, client=self._client)

    async def delete_inventory_upload(self, *, body: InventoryCsvUpload) -> int:
        """Delete listings from a CSV file"""
        import discogs_api_client.api.inventory_upload.delete_inventory_upload as operation

        return await operation.asyncio(body=body, client=self._client)

    async def get_inventory_upload(
        self, upload_id: int, *, if_modified_since: str | Unset = UNSET
    ) -> InventoryUpload:
        """Get an inventory upload"""
        import discogs_api_client.api.inventory_upload.get_inventory_upload as operation

        return await operation.asyncio(
            upload_id=upload_id, if_modified_since=if_modified_since, client=self._client
        )

    async def list_inventory_uploads(
        self, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> InventoryUploadsPage:
        """List recent inventory uploads"""
        import discogs_api_client.api.inventory_upload.list_inventory_uploads as operation

        return await operation.asyncio(page=page, per_page=per_page, client=self._client)

    def iter_inventory_uploads(
        self,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[InventoryUpload]:
        """List recent inventory uploads: the items of every page, one at a time."""
        import discogs_api_client.api.inventory_upload.list_inventory_uploads as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class UsersAPI:
    """User Identity (sync): The authenticated user, profiles, submissions and contributions."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def edit_user_profile(self, username: str, *, body: UserProfileUpdate) -> UserProfile:
        """Edit a user's profile"""
        import discogs_api_client.api.user_identity.edit_user_profile as operation

        return operation.sync(username=username, body=body, client=self._client)

    def get_user_profile(self, username: str) -> UserProfile:
        """Get a user's profile"""
        import discogs_api_client.api.user_identity.get_user_profile as operation

        return operation.sync(username=username, client=self._client)

    def list_user_contributions(
        self,
        username: str,
        *,
        sort: UserReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
    ) -> ContributionsPage:
        """List a user's contributions"""
        import discogs_api_client.api.user_identity.list_user_contributions as operation

        return operation.sync(
            username=username,
            sort=sort,
            sort_order=sort_order,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_user_contributions(
        self,
        username: str,
        *,
        sort: UserReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[Release]:
        """List a user's contributions: the items of every page, one at a time."""
        import discogs_api_client.api.user_identity.list_user_contributions as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            username=username,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    def list_user_submissions(
        self, username: str, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> SubmissionsPage:
        """List a user's submissions"""
        import discogs_api_client.api.user_identity.list_user_submissions as operation

        return operation.sync(username=username, page=page, per_page=per_page, client=self._client)

    def iter_user_submissions(
        self,
        username: str,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[Artist | Label | Release]:
        """List a user's submissions: the items of every page, one at a time."""
        import discogs_api_client.api.user_identity.list_user_submissions as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            username=username,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class AsyncUsersAPI:
    """User Identity (asyncio): The authenticated user, profiles, submissions and contributions."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def edit_user_profile(self, username: str, *, body: UserProfileUpdate) -> UserProfile:
        """Edit a user's profile"""
        import discogs_api_client.api.user_identity.edit_user_profile as operation

        return await operation.asyncio(username=username, body=body, client=self._client)

    async def get_user_profile(self, username: str) -> UserProfile:
        """Get a user's profile"""
        import discogs_api_client.api.user_identity.get_user_profile as operation

        return await operation.asyncio(username=username, client=self._client)

    async def list_user_contributions(
        self,
        username: str,
        *,
        sort: UserReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
    ) -> ContributionsPage:
        """List a user's contributions"""
        import discogs_api_client.api.user_identity.list_user_contributions as operation

        return await operation.asyncio(
            username=username,
            sort=sort,
            sort_order=sort_order,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_user_contributions(
        self,
        username: str,
        *,
        sort: UserReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[Release]:
        """List a user's contributions: the items of every page, one at a time."""
        import discogs_api_client.api.user_identity.list_user_contributions as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            username=username,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    async def list_user_submissions(
        self, username: str, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> SubmissionsPage:
        """List a user's submissions"""
        import discogs_api_client.api.user_identity.list_user_submissions as operation

        return await operation.asyncio(
            username=username, page=page, per_page=per_page, client=self._client
        )

    def iter_user_submissions(
        self,
        username: str,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[Artist | Label | Release]:
        """List a user's submissions: the items of every page, one at a time."""
        import discogs_api_client.api.user_identity.list_user_submissions as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            username=username,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class CollectionAPI:
    """User Collection (sync): Collection folders, items, custom fields and value."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def add_to_collection_folder(
        self, username: str, folder_id: int, release_id: int
    ) -> CollectionInstanceRef:
        """Add a release to a collection folder"""
        import discogs_api_client.api.user_collection.add_to_collection_folder as operation

        return operation.sync(
            username=username, folder_id=folder_id, release_id=release_id, client=self._client
        )

    def create_collection_folder(
        self, username: str, *, body: CollectionFolderName
    ) -> CollectionFolder:
        """Create a collection folder"""
        import discogs_api_client.api.user_collection.create_collection_folder as operation

        return operation.sync(username=username, body=body, client=self._client)

    def delete_collection_folder(self, username: str, folder_id: int) -> None:
        """Delete a collection folder"""
        import discogs_api_client.api.user_collection.delete_collection_folder as operation

        operation.sync(username=username, folder_id=folder_id, client=self._client)

    def delete_collection_instance(
        self, username: str, folder_id: int, release_id: int, instance_id: int
    ) -> None:
        """Remove an item from the collection"""
        import discogs_api_client.api.user_collection.delete_collection_instance as operation

        operation.sync(
            username=username,
            folder_id=folder_id,
            release_id=release_id,
            instance_id=instance_id,
            client=self._client,
        )

    def edit_collection_folder(
        self, username: str, folder_id: int, *, body: CollectionFolderName
    ) -> CollectionFolder:
        """Rename a collection folder"""
        import discogs_api_client.api.user_collection.edit_collection_folder as operation

        return operation.sync(
            username=username, folder_id=folder_id, body=body, client=self._client
        )

    def edit_collection_instance(
        self,
        username: str,
        folder_id: int,
        release_id: int,
        instance_id: int,
        *,
        body: CollectionInstanceUpdate,
    ) -> None:
        """Rate or move an item of the collection"""
        import discogs_api_client.api.user_collection.edit_collection_instance as operation

        operation.sync(
            username=username,
            folder_id=folder_id,
            release_id=release_id,
            instance_id=instance_id,
            body=body,
            client=self._client,
        )

    def edit_collection_instance_field(
        self,
        username: str,
        folder_id: int,
        release_id: int,
        instance_id: int,
        field_id: int,
        *,
        value: str,
    ) -> None:
        """Set a notes field of a collection item"""
        import discogs_api_client.api.user_collection.edit_collection_instance_field as operation

        operation.sync(
            username=username,
            folder_id=folder_id,
            release_id=release_id,
            instance_id=instance_id,
            field_id=field_id,
            value=value,
            client=self._client,
        )

    def get_collection_folder(self, username: str, folder_id: int) -> CollectionFolder:
        """Get a collection folder"""
        import discogs_api_client.api.user_collection.get_collection_folder as operation

        return operation.sync(username=username, folder_id=folder_id, client=self._client)

    def get_collection_value(self, username: str) -> CollectionValue:
        """Get the value of a user's collection"""
        import discogs_api_client.api.user_collection.get_collection_value as operation

        return operation.sync(username=username, client=self._client)

    def list_collection_fields(self, username: str) -> CollectionFields:
        """List a user's collection notes fields"""
        import discogs_api_client.api.user_collection.list_collection_fields as operation

        return operation.sync(username=username, client=self._client)

    def list_collection_folder_releases(
        self,
        username: str,
        folder_id: int,
        *,
        sort: UserReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
    ) -> CollectionItemsPage:
        """List the items in a collection folder"""
        import discogs_api_client.api.user_collection.list_collection_folder_releases as operation

        return operation.sync(
            username=username,
            folder_id=folder_id,
            sort=sort,
            sort_order=sort_order,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_collection_folder_releases(
        self,
        username: str,
        folder_id: int,
        *,
        sort: UserReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[CollectionItem]:
        """List the items in a collection folder: the items of every page, one at a time."""
        import discogs_api_client.api.user_collection.list_collection_folder_releases as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            username=username,
            folder_id=folder_id,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    def list_collection_folders(self, username: str) -> CollectionFolders:
        """List a user's collection folders"""
        import discogs_api_client.api.user_collection.list_collection_folders as operation

        return operation.sync(username=username, client=self._client)

    def list_collection_items_by_release(
        self, username: str, release_id: int, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> CollectionItemsPage:
        """Find a release in a user's collection"""
        import discogs_api_client.api.user_collection.list_collection_items_by_release as operation

        return operation.sync(
            username=username,
            release_id=release_id,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_collection_items_by_release(
        self,
        username: str,
        release_id: int,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[CollectionItem]:
        """Find a release in a user's collection: the items of every page, one at a time."""
        import discogs_api_client.api.user_collection.list_collection_items_by_release as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            username=username,
            release_id=release_id,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class AsyncCollectionAPI:
    """User Collection (asyncio): Collection folders, items, custom fields and value."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def add_to_collection_folder(
        self, username: str, folder_id: int, release_id: int
    ) -> CollectionInstanceRef:
        """Add a release to a collection folder"""
        import discogs_api_client.api.user_collection.add_to_collection_folder as operation

        return await operation.asyncio(
            username=username, folder_id=folder_id, release_id=release_id, client=self._client
        )

    async def create_collection_folder(
        self, username: str, *, body: CollectionFolderName
    ) -> CollectionFolder:
        """Create a collection folder"""
        import discogs_api_client.api.user_collection.create_collection_folder as operation

        return await operation.asyncio(username=username, body=body, client=self._client)

    async def delete_collection_folder(self, username: str, folder_id: int) -> None:
        """Delete a collection folder"""
        import discogs_api_client.api.user_collection.delete_collection_folder as operation

        await operation.asyncio(username=username, folder_id=folder_id, client=self._client)

    async def delete_collection_instance(
        self, username: str, folder_id: int, release_id: int, instance_id: int
    ) -> None:
        """Remove an item from the collection"""
        import discogs_api_client.api.user_collection.delete_collection_instance as operation

        await operation.asyncio(
            username=username,
            folder_id=folder_id,
            release_id=release_id,
            instance_id=instance_id,
            client=self._client,
        )

    async def edit_collection_folder(
        self, username: str, folder_id: int, *, body: CollectionFolderName
    ) -> CollectionFolder:
        """Rename a collection folder"""
        import discogs_api_client.api.user_collection.edit_collection_folder as operation

        return await operation.asyncio(
            username=username, folder_id=folder_id, body=body, client=self._client
        )

    async def edit_collection_instance(
        self,
        username: str,
        folder_id: int,
        release_id: int,
        instance_id: int,
        *,
        body: CollectionInstanceUpdate,
    ) -> None:
        """Rate or move an item of the collection"""
        import discogs_api_client.api.user_collection.edit_collection_instance as operation

        await operation.asyncio(
            username=username,
            folder_id=folder_id,
            release_id=release_id,
            instance_id=instance_id,
            body=body,
            client=self._client,
        )

    async def edit_collection_instance_field(
        self,
        username: str,
        folder_id: int,
        release_id: int,
        instance_id: int,
        field_id: int,
        *,
        value: str,
    ) -> None:
        """Set a notes field of a collection item"""
        import discogs_api_client.api.user_collection.edit_collection_instance_field as operation

        await operation.asyncio(
            username=username,
            folder_id=folder_id,
            release_id=release_id,
            instance_id=instance_id,
            field_id=field_id,
            value=value,
            client=self._client,
        )

    async def get_collection_folder(self, username: str, folder_id: int) -> CollectionFolder:
        """Get a collection folder"""
        import discogs_api_client.api.user_collection.get_collection_folder as operation

        return await operation.asyncio(username=username, folder_id=folder_id, client=self._client)

    async def get_collection_value(self, username: str) -> CollectionValue:
        """Get the value of a user's collection"""
        import discogs_api_client.api.user_collection.get_collection_value as operation

        return await operation.asyncio(username=username, client=self._client)

    async def list_collection_fields(self, username: str) -> CollectionFields:
        """List a user's collection notes fields"""
        import discogs_api_client.api.user_collection.list_collection_fields as operation

        return await operation.asyncio(username=username, client=self._client)

    async def list_collection_folder_releases(
        self,
        username: str,
        folder_id: int,
        *,
        sort: UserReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
    ) -> CollectionItemsPage:
        """List the items in a collection folder"""
        import discogs_api_client.api.user_collection.list_collection_folder_releases as operation

        return await operation.asyncio(
            username=username,
            folder_id=folder_id,
            sort=sort,
            sort_order=sort_order,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_collection_folder_releases(
        self,
        username: str,
        folder_id: int,
        *,
        sort: UserReleaseSort | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[CollectionItem]:
        """List the items in a collection folder: the items of every page, one at a time."""
        import discogs_api_client.api.user_collection.list_collection_folder_releases as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            username=username,
            folder_id=folder_id,
            sort=sort,
            sort_order=sort_order,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )

    async def list_collection_folders(self, username: str) -> CollectionFolders:
        """List a user's collection folders"""
        import discogs_api_client.api.user_collection.list_collection_folders as operation

        return await operation.asyncio(username=username, client=self._client)

    async def list_collection_items_by_release(
        self, username: str, release_id: int, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> CollectionItemsPage:
        """Find a release in a user's collection"""
        import discogs_api_client.api.user_collection.list_collection_items_by_release as operation

        return await operation.asyncio(
            username=username,
            release_id=release_id,
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def iter_collection_items_by_release(
        self,
        username: str,
        release_id: int,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[CollectionItem]:
        """Find a release in a user's collection: the items of every page, one at a time."""
        import discogs_api_client.api.user_collection.list_collection_items_by_release as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            username=username,
            release_id=release_id,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class WantlistAPI:
    """User Wantlist (sync): A user's wantlist."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def add_want(
        self,
        username: str,
        release_id: int,
        *,
        notes: str | Unset = UNSET,
        rating: int | Unset = UNSET,
    ) -> Want:
        """Add a release to the wantlist"""
        import discogs_api_client.api.user_wantlist.add_want as operation

        return operation.sync(
            username=username,
            release_id=release_id,
            notes=notes,
            rating=rating,
            client=self._client,
        )

    def delete_want(self, username: str, release_id: int) -> None:
        """Remove a release from the wantlist"""
        import discogs_api_client.api.user_wantlist.delete_want as operation

        operation.sync(username=username, release_id=release_id, client=self._client)

    def edit_want(
        self,
        username: str,
        release_id: int,
        *,
        notes: str | Unset = UNSET,
        rating: int | Unset = UNSET,
    ) -> Want:
        """Edit a want's notes or rating"""
        import discogs_api_client.api.user_wantlist.edit_want as operation

        return operation.sync(
            username=username,
            release_id=release_id,
            notes=notes,
            rating=rating,
            client=self._client,
        )

    def list_wants(
        self, username: str, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> WantsPage:
        """List a user's wantlist"""
        import discogs_api_client.api.user_wantlist.list_wants as operation

        return operation.sync(username=username, page=page, per_page=per_page, client=self._client)

    def iter_wants(
        self,
        username: str,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[Want]:
        """List a user's wantlist: the items of every page, one at a time."""
        import discogs_api_client.api.user_wantlist.list_wants as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            username=username,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class AsyncWantlistAPI:
    """User Wantlist (asyncio): A user's wantlist."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def add_want(
        self,
        username: str,
        release_id: int,
        *,
        notes: str | Unset = UNSET,
        rating: int | Unset = UNSET,
    ) -> Want:
        """Add a release to the wantlist"""
        import discogs_api_client.api.user_wantlist.add_want as operation

        return await operation.asyncio(
            username=username,
            release_id=release_id,
            notes=notes,
            rating=rating,
            client=self._client,
        )

    async def delete_want(self, username: str, release_id: int) -> None:
        """Remove a release from the wantlist"""
        import discogs_api_client.api.user_wantlist.delete_want as operation

        await operation.asyncio(username=username, release_id=release_id, client=self._client)

    async def edit_want(
        self,
        username: str,
        release_id: int,
        *,
        notes: str | Unset = UNSET,
        rating: int | Unset = UNSET,
    ) -> Want:
        """Edit a want's notes or rating"""
        import discogs_api_client.api.user_wantlist.edit_want as operation

        return await operation.asyncio(
            username=username,
            release_id=release_id,
            notes=notes,
            rating=rating,
            client=self._client,
        )

    async def list_wants(
        self, username: str, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> WantsPage:
        """List a user's wantlist"""
        import discogs_api_client.api.user_wantlist.list_wants as operation

        return await operation.asyncio(
            username=username, page=page, per_page=per_page, client=self._client
        )

    def iter_wants(
        self,
        username: str,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[Want]:
        """List a user's wantlist: the items of every page, one at a time."""
        import discogs_api_client.api.user_wantlist.list_wants as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            username=username,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class ListsAPI:
    """User Lists (sync): A user's lists and their items."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_list(self, list_id: int) -> UserList:
        """Get a list and its items"""
        import discogs_api_client.api.user_lists.get_list as operation

        return operation.sync(list_id=list_id, client=self._client)

    def list_user_lists(
        self, username: str, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> UserListsPage:
        """List a user's lists"""
        import discogs_api_client.api.user_lists.list_user_lists as operation

        return operation.sync(username=username, page=page, per_page=per_page, client=self._client)

    def iter_user_lists(
        self,
        username: str,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> Iterator[UserListSummary]:
        """List a user's lists: the items of every page, one at a time."""
        import discogs_api_client.api.user_lists.list_user_lists as operation
        from discogs_openapi.pagination import paginate

        return paginate(
            self._client,
            operation,
            username=username,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class AsyncListsAPI:
    """User Lists (asyncio): A user's lists and their items."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_list(self, list_id: int) -> UserList:
        """Get a list and its items"""
        import discogs_api_client.api.user_lists.get_list as operation

        return await operation.asyncio(list_id=list_id, client=self._client)

    async def list_user_lists(
        self, username: str, *, page: int | Unset = 1, per_page: int | Unset = 50
    ) -> UserListsPage:
        """List a user's lists"""
        import discogs_api_client.api.user_lists.list_user_lists as operation

        return await operation.asyncio(
            username=username, page=page, per_page=per_page, client=self._client
        )

    def iter_user_lists(
        self,
        username: str,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[UserListSummary]:
        """List a user's lists: the items of every page, one at a time."""
        import discogs_api_client.api.user_lists.list_user_lists as operation
        from discogs_openapi.pagination import paginate_async

        return paginate_async(
            self._client,
            operation,
            username=username,
            per_page=per_page,
            max_items=max_items,
            max_pages=max_pages,
            progress=progress,
        )


class OAuthAPI:
    """OAuth (sync): The OAuth 1.0a flow by which an application acts on behalf of a Discogs user."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_access_token(self) -> OAuthAccessToken:
        """Exchange a verified request token for an access token"""
        import discogs_api_client.api.o_auth.create_access_token as operation

        return operation.sync(client=self._client)

    def get_identity(self) -> Identity:
        """Get the authenticated user's identity"""
        import discogs_api_client.api.o_auth.get_identity as operation

        return operation.sync(client=self._client)

    def get_request_token(self) -> OAuthRequestToken:
        """Get an OAuth request token"""
        import discogs_api_client.api.o_auth.get_request_token as operation

        return operation.sync(client=self._client)


class AsyncOAuthAPI:
    """OAuth (asyncio): The OAuth 1.0a flow by which an application acts on behalf of a Discogs user."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_access_token(self) -> OAuthAccessToken:
        """Exchange a verified request token for an access token"""
        import discogs_api_client.api.o_auth.create_access_token as operation

        return await operation.asyncio(client=self._client)

    async def get_identity(self) -> Identity:
        """Get the authenticated user's identity"""
        import discogs_api_client.api.o_auth.get_identity as operation

        return await operation.asyncio(client=self._client)

    async def get_request_token(self) -> OAuthRequestToken:
        """Get an OAuth request token"""
        import discogs_api_client.api.o_auth.get_request_token as operation

        return await operation.asyncio(client=self._client)


class Namespaces(AuthenticatedClient):
    """The sync API by tag: the namespaces of `Discogs`."""

    @cached_property
    def service(self) -> ServiceAPI:
        """Service: The service root, answered by the live API though absent from the reference."""
        return ServiceAPI(self)

    @cached_property
    def database(self) -> DatabaseAPI:
        """Database: Releases, masters, artists and labels, their ratings and statistics, and search."""
        return DatabaseAPI(self)

    @cached_property
    def marketplace(self) -> MarketplaceAPI:
        """Marketplace: Inventories, listings, orders, fees and price data."""
        return MarketplaceAPI(self)

    @cached_property
    def inventory_export(self) -> InventoryExportAPI:
        """Inventory Export: Export the authenticated user's inventory as CSV."""
        return InventoryExportAPI(self)

    @cached_property
    def inventory_upload(self) -> InventoryUploadAPI:
        """Inventory Upload: Add, change or delete listings in bulk from CSV files."""
        return InventoryUploadAPI(self)

    @cached_property
    def users(self) -> UsersAPI:
        """User Identity: The authenticated user, profiles, submissions and contributions."""
        return UsersAPI(self)

    @cached_property
    def collection(self) -> CollectionAPI:
        """User Collection: Collection folders, items, custom fields and value."""
        return CollectionAPI(self)

    @cached_property
    def wantlist(self) -> WantlistAPI:
        """User Wantlist: A user's wantlist."""
        return WantlistAPI(self)

    @cached_property
    def lists(self) -> ListsAPI:
        """User Lists: A user's lists and their items."""
        return ListsAPI(self)

    @cached_property
    def oauth(self) -> OAuthAPI:
        """OAuth: The OAuth 1.0a flow by which an application acts on behalf of a Discogs user."""
        return OAuthAPI(self)


class AsyncNamespaces(AuthenticatedClient):
    """The asyncio API by tag: the namespaces of `AsyncDiscogs`."""

    @cached_property
    def service(self) -> AsyncServiceAPI:
        """Service: The service root, answered by the live API though absent from the reference."""
        return AsyncServiceAPI(self)

    @cached_property
    def database(self) -> AsyncDatabaseAPI:
        """Database: Releases, masters, artists and labels, their ratings and statistics, and search."""
        return AsyncDatabaseAPI(self)

    @cached_property
    def marketplace(self) -> AsyncMarketplaceAPI:
        """Marketplace: Inventories, listings, orders, fees and price data."""
        return AsyncMarketplaceAPI(self)

    @cached_property
    def inventory_export(self) -> AsyncInventoryExportAPI:
        """Inventory Export: Export the authenticated user's inventory as CSV."""
        return AsyncInventoryExportAPI(self)

    @cached_property
    def inventory_upload(self) -> AsyncInventoryUploadAPI:
        """Inventory Upload: Add, change or delete listings in bulk from CSV files."""
        return AsyncInventoryUploadAPI(self)

    @cached_property
    def users(self) -> AsyncUsersAPI:
        """User Identity: The authenticated user, profiles, submissions and contributions."""
        return AsyncUsersAPI(self)

    @cached_property
    def collection(self) -> AsyncCollectionAPI:
        """User Collection: Collection folders, items, custom fields and value."""
        return AsyncCollectionAPI(self)

    @cached_property
    def wantlist(self) -> AsyncWantlistAPI:
        """User Wantlist: A user's wantlist."""
        return AsyncWantlistAPI(self)

    @cached_property
    def lists(self) -> AsyncListsAPI:
        """User Lists: A user's lists and their items."""
        return AsyncListsAPI(self)

    @cached_property
    def oauth(self) -> AsyncOAuthAPI:
        """OAuth: The OAuth 1.0a flow by which an application acts on behalf of a Discogs user."""
        return AsyncOAuthAPI(self)
