"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .artist import Artist
    from .artist_credit import ArtistCredit
    from .artist_ref import ArtistRef
    from .artist_release import ArtistRelease
    from .artist_release_sort import ArtistReleaseSort
    from .artist_releases_page import ArtistReleasesPage
    from .basic_information import BasicInformation
    from .collection_dropdown_field import CollectionDropdownField
    from .collection_field_base import CollectionFieldBase
    from .collection_fields import CollectionFields
    from .collection_folder import CollectionFolder
    from .collection_folder_name import CollectionFolderName
    from .collection_folders import CollectionFolders
    from .collection_instance_ref import CollectionInstanceRef
    from .collection_instance_update import CollectionInstanceUpdate
    from .collection_item import CollectionItem
    from .collection_items_page import CollectionItemsPage
    from .collection_note import CollectionNote
    from .collection_other_field import CollectionOtherField
    from .collection_textarea_field import CollectionTextareaField
    from .collection_value import CollectionValue
    from .community_rating_summary import CommunityRatingSummary
    from .community_release_rating import CommunityReleaseRating
    from .company_credit import CompanyCredit
    from .contributions_page import ContributionsPage
    from .created_listing import CreatedListing
    from .currency import Currency
    from .database_statistics import DatabaseStatistics
    from .empty_object import EmptyObject
    from .format_ import Format
    from .identifier import Identifier
    from .identity import Identity
    from .image import Image
    from .inventory_csv_upload import InventoryCsvUpload
    from .inventory_export import InventoryExport
    from .inventory_exports_page import InventoryExportsPage
    from .inventory_page import InventoryPage
    from .inventory_sort import InventorySort
    from .inventory_status_filter import InventoryStatusFilter
    from .inventory_upload import InventoryUpload
    from .inventory_upload_type import InventoryUploadType
    from .inventory_uploads_page import InventoryUploadsPage
    from .label import Label
    from .label_ref import LabelRef
    from .label_release import LabelRelease
    from .label_releases_page import LabelReleasesPage
    from .listing import Listing
    from .listing_fields import ListingFields
    from .listing_fields_status import ListingFieldsStatus
    from .listing_release import ListingRelease
    from .listing_status import ListingStatus
    from .marketplace_stats import MarketplaceStats
    from .master import Master
    from .master_version import MasterVersion
    from .master_version_sort import MasterVersionSort
    from .master_version_stats import MasterVersionStats
    from .master_versions_page import MasterVersionsPage
    from .master_versions_page_filter_facets_item import MasterVersionsPageFilterFacetsItem
    from .master_versions_page_filters import MasterVersionsPageFilters
    from .master_versions_page_filters_applied import MasterVersionsPageFiltersApplied
    from .master_versions_page_filters_available import MasterVersionsPageFiltersAvailable
    from .media_condition import MediaCondition
    from .money import Money
    from .o_auth_access_token import OAuthAccessToken
    from .o_auth_request_token import OAuthRequestToken
    from .order import Order
    from .order_item import OrderItem
    from .order_item_release import OrderItemRelease
    from .order_message import OrderMessage
    from .order_message_create import OrderMessageCreate
    from .order_message_user import OrderMessageUser
    from .order_messages_page import OrderMessagesPage
    from .order_party import OrderParty
    from .order_ref import OrderRef
    from .order_refund import OrderRefund
    from .order_shipping import OrderShipping
    from .order_sort import OrderSort
    from .order_status import OrderStatus
    from .order_status_filter import OrderStatusFilter
    from .order_status_update import OrderStatusUpdate
    from .order_update import OrderUpdate
    from .orders_page import OrdersPage
    from .original_money import OriginalMoney
    from .pagination import Pagination
    from .pagination_urls import PaginationUrls
    from .price_suggestions import PriceSuggestions
    from .release import Release
    from .release_community import ReleaseCommunity
    from .release_offensive_flag import ReleaseOffensiveFlag
    from .release_rating_update import ReleaseRatingUpdate
    from .release_stats import ReleaseStats
    from .search_artist_result import SearchArtistResult
    from .search_community import SearchCommunity
    from .search_label_result import SearchLabelResult
    from .search_master_result import SearchMasterResult
    from .search_release_result import SearchReleaseResult
    from .search_results_page import SearchResultsPage
    from .search_type import SearchType
    from .search_user_data import SearchUserData
    from .seller import Seller
    from .seller_stats import SellerStats
    from .service_error import ServiceError
    from .service_error_detail import ServiceErrorDetail
    from .service_root import ServiceRoot
    from .sleeve_condition import SleeveCondition
    from .sort_order import SortOrder
    from .submissions import Submissions
    from .submissions_page import SubmissionsPage
    from .track import Track
    from .user_list import UserList
    from .user_list_item import UserListItem
    from .user_list_summary import UserListSummary
    from .user_lists_page import UserListsPage
    from .user_profile import UserProfile
    from .user_profile_update import UserProfileUpdate
    from .user_ref import UserRef
    from .user_release_rating import UserReleaseRating
    from .user_release_sort import UserReleaseSort
    from .version_counts import VersionCounts
    from .video import Video
    from .want import Want
    from .wants_page import WantsPage

# Class name -> the module that defines it.
_MODULES: dict[str, str] = {
    "Artist": ".artist",
    "ArtistCredit": ".artist_credit",
    "ArtistRef": ".artist_ref",
    "ArtistRelease": ".artist_release",
    "ArtistReleaseSort": ".artist_release_sort",
    "ArtistReleasesPage": ".artist_releases_page",
    "BasicInformation": ".basic_information",
    "CollectionDropdownField": ".collection_dropdown_field",
    "CollectionFieldBase": ".collection_field_base",
    "CollectionFields": ".collection_fields",
    "CollectionFolder": ".collection_folder",
    "CollectionFolderName": ".collection_folder_name",
    "CollectionFolders": ".collection_folders",
    "CollectionInstanceRef": ".collection_instance_ref",
    "CollectionInstanceUpdate": ".collection_instance_update",
    "CollectionItem": ".collection_item",
    "CollectionItemsPage": ".collection_items_page",
    "CollectionNote": ".collection_note",
    "CollectionOtherField": ".collection_other_field",
    "CollectionTextareaField": ".collection_textarea_field",
    "CollectionValue": ".collection_value",
    "CommunityRatingSummary": ".community_rating_summary",
    "CommunityReleaseRating": ".community_release_rating",
    "CompanyCredit": ".company_credit",
    "ContributionsPage": ".contributions_page",
    "CreatedListing": ".created_listing",
    "Currency": ".currency",
    "DatabaseStatistics": ".database_statistics",
    "EmptyObject": ".empty_object",
    "Format": ".format_",
    "Identifier": ".identifier",
    "Identity": ".identity",
    "Image": ".image",
    "InventoryCsvUpload": ".inventory_csv_upload",
    "InventoryExport": ".inventory_export",
    "InventoryExportsPage": ".inventory_exports_page",
    "InventoryPage": ".inventory_page",
    "InventorySort": ".inventory_sort",
    "InventoryStatusFilter": ".inventory_status_filter",
    "InventoryUpload": ".inventory_upload",
    "InventoryUploadType": ".inventory_upload_type",
    "InventoryUploadsPage": ".inventory_uploads_page",
    "Label": ".label",
    "LabelRef": ".label_ref",
    "LabelRelease": ".label_release",
    "LabelReleasesPage": ".label_releases_page",
    "Listing": ".listing",
    "ListingFields": ".listing_fields",
    "ListingFieldsStatus": ".listing_fields_status",
    "ListingRelease": ".listing_release",
    "ListingStatus": ".listing_status",
    "MarketplaceStats": ".marketplace_stats",
    "Master": ".master",
    "MasterVersion": ".master_version",
    "MasterVersionSort": ".master_version_sort",
    "MasterVersionStats": ".master_version_stats",
    "MasterVersionsPage": ".master_versions_page",
    "MasterVersionsPageFilterFacetsItem": ".master_versions_page_filter_facets_item",
    "MasterVersionsPageFilters": ".master_versions_page_filters",
    "MasterVersionsPageFiltersApplied": ".master_versions_page_filters_applied",
    "MasterVersionsPageFiltersAvailable": ".master_versions_page_filters_available",
    "MediaCondition": ".media_condition",
    "Money": ".money",
    "OAuthAccessToken": ".o_auth_access_token",
    "OAuthRequestToken": ".o_auth_request_token",
    "Order": ".order",
    "OrderItem": ".order_item",
    "OrderItemRelease": ".order_item_release",
    "OrderMessage": ".order_message",
    "OrderMessageCreate": ".order_message_create",
    "OrderMessageUser": ".order_message_user",
    "OrderMessagesPage": ".order_messages_page",
    "OrderParty": ".order_party",
    "OrderRef": ".order_ref",
    "OrderRefund": ".order_refund",
    "OrderShipping": ".order_shipping",
    "OrderSort": ".order_sort",
    "OrderStatus": ".order_status",
    "OrderStatusFilter": ".order_status_filter",
    "OrderStatusUpdate": ".order_status_update",
    "OrderUpdate": ".order_update",
    "OrdersPage": ".orders_page",
    "OriginalMoney": ".original_money",
    "Pagination": ".pagination",
    "PaginationUrls": ".pagination_urls",
    "PriceSuggestions": ".price_suggestions",
    "Release": ".release",
    "ReleaseCommunity": ".release_community",
    "ReleaseOffensiveFlag": ".release_offensive_flag",
    "ReleaseRatingUpdate": ".release_rating_update",
    "ReleaseStats": ".release_stats",
    "SearchArtistResult": ".search_artist_result",
    "SearchCommunity": ".search_community",
    "SearchLabelResult": ".search_label_result",
    "SearchMasterResult": ".search_master_result",
    "SearchReleaseResult": ".search_release_result",
    "SearchResultsPage": ".search_results_page",
    "SearchType": ".search_type",
    "SearchUserData": ".search_user_data",
    "Seller": ".seller",
    "SellerStats": ".seller_stats",
    "ServiceError": ".service_error",
    "ServiceErrorDetail": ".service_error_detail",
    "ServiceRoot": ".service_root",
    "SleeveCondition": ".sleeve_condition",
    "SortOrder": ".sort_order",
    "Submissions": ".submissions",
    "SubmissionsPage": ".submissions_page",
    "Track": ".track",
    "UserList": ".user_list",
    "UserListItem": ".user_list_item",
    "UserListSummary": ".user_list_summary",
    "UserListsPage": ".user_lists_page",
    "UserProfile": ".user_profile",
    "UserProfileUpdate": ".user_profile_update",
    "UserRef": ".user_ref",
    "UserReleaseRating": ".user_release_rating",
    "UserReleaseSort": ".user_release_sort",
    "VersionCounts": ".version_counts",
    "Video": ".video",
    "Want": ".want",
    "WantsPage": ".wants_page",
}

__all__ = (
    "Artist",
    "ArtistCredit",
    "ArtistRef",
    "ArtistRelease",
    "ArtistReleaseSort",
    "ArtistReleasesPage",
    "BasicInformation",
    "CollectionDropdownField",
    "CollectionFieldBase",
    "CollectionFields",
    "CollectionFolder",
    "CollectionFolderName",
    "CollectionFolders",
    "CollectionInstanceRef",
    "CollectionInstanceUpdate",
    "CollectionItem",
    "CollectionItemsPage",
    "CollectionNote",
    "CollectionOtherField",
    "CollectionTextareaField",
    "CollectionValue",
    "CommunityRatingSummary",
    "CommunityReleaseRating",
    "CompanyCredit",
    "ContributionsPage",
    "CreatedListing",
    "Currency",
    "DatabaseStatistics",
    "EmptyObject",
    "Format",
    "Identifier",
    "Identity",
    "Image",
    "InventoryCsvUpload",
    "InventoryExport",
    "InventoryExportsPage",
    "InventoryPage",
    "InventorySort",
    "InventoryStatusFilter",
    "InventoryUpload",
    "InventoryUploadType",
    "InventoryUploadsPage",
    "Label",
    "LabelRef",
    "LabelRelease",
    "LabelReleasesPage",
    "Listing",
    "ListingFields",
    "ListingFieldsStatus",
    "ListingRelease",
    "ListingStatus",
    "MarketplaceStats",
    "Master",
    "MasterVersion",
    "MasterVersionSort",
    "MasterVersionStats",
    "MasterVersionsPage",
    "MasterVersionsPageFilterFacetsItem",
    "MasterVersionsPageFilters",
    "MasterVersionsPageFiltersApplied",
    "MasterVersionsPageFiltersAvailable",
    "MediaCondition",
    "Money",
    "OAuthAccessToken",
    "OAuthRequestToken",
    "Order",
    "OrderItem",
    "OrderItemRelease",
    "OrderMessage",
    "OrderMessageCreate",
    "OrderMessageUser",
    "OrderMessagesPage",
    "OrderParty",
    "OrderRef",
    "OrderRefund",
    "OrderShipping",
    "OrderSort",
    "OrderStatus",
    "OrderStatusFilter",
    "OrderStatusUpdate",
    "OrderUpdate",
    "OrdersPage",
    "OriginalMoney",
    "Pagination",
    "PaginationUrls",
    "PriceSuggestions",
    "Release",
    "ReleaseCommunity",
    "ReleaseOffensiveFlag",
    "ReleaseRatingUpdate",
    "ReleaseStats",
    "SearchArtistResult",
    "SearchCommunity",
    "SearchLabelResult",
    "SearchMasterResult",
    "SearchReleaseResult",
    "SearchResultsPage",
    "SearchType",
    "SearchUserData",
    "Seller",
    "SellerStats",
    "ServiceError",
    "ServiceErrorDetail",
    "ServiceRoot",
    "SleeveCondition",
    "SortOrder",
    "Submissions",
    "SubmissionsPage",
    "Track",
    "UserList",
    "UserListItem",
    "UserListSummary",
    "UserListsPage",
    "UserProfile",
    "UserProfileUpdate",
    "UserRef",
    "UserReleaseRating",
    "UserReleaseSort",
    "VersionCounts",
    "Video",
    "Want",
    "WantsPage",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
