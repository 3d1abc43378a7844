"""Contains all the data models used in inputs/outputs"""

from .artist import Artist
from .artist_credit import ArtistCredit
from .artist_ref import ArtistRef
from .artist_release import ArtistRelease
from .artist_release_sort import ArtistReleaseSort
from .artist_releases_page import ArtistReleasesPage
from .community_rating_summary import CommunityRatingSummary
from .community_release_rating import CommunityReleaseRating
from .company_credit import CompanyCredit
from .currency import Currency
from .database_statistics import DatabaseStatistics
from .format_ import Format
from .identifier import Identifier
from .image import Image
from .label import Label
from .label_ref import LabelRef
from .label_release import LabelRelease
from .label_releases_page import LabelReleasesPage
from .master import Master
from .master_version import MasterVersion
from .master_version_sort import MasterVersionSort
from .master_version_stats import MasterVersionStats
from .master_versions_page import MasterVersionsPage
from .pagination import Pagination
from .pagination_urls import PaginationUrls
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
from .service_error import ServiceError
from .service_root import ServiceRoot
from .sort_order import SortOrder
from .track import Track
from .user_ref import UserRef
from .user_release_rating import UserReleaseRating
from .version_counts import VersionCounts
from .video import Video

__all__ = (
    "Artist",
    "ArtistCredit",
    "ArtistRef",
    "ArtistRelease",
    "ArtistReleaseSort",
    "ArtistReleasesPage",
    "CommunityRatingSummary",
    "CommunityReleaseRating",
    "CompanyCredit",
    "Currency",
    "DatabaseStatistics",
    "Format",
    "Identifier",
    "Image",
    "Label",
    "LabelRef",
    "LabelRelease",
    "LabelReleasesPage",
    "Master",
    "MasterVersion",
    "MasterVersionSort",
    "MasterVersionStats",
    "MasterVersionsPage",
    "Pagination",
    "PaginationUrls",
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
    "ServiceError",
    "ServiceRoot",
    "SortOrder",
    "Track",
    "UserRef",
    "UserReleaseRating",
    "VersionCounts",
    "Video",
)
