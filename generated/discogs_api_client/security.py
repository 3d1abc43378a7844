"""The credentials each operation accepts, from the spec's per-operation `security`.

Written by scripts/regenerate.py from openapi/discogs.yaml; do not edit. Scheme names
are the spec's `securitySchemes`; "" means the operation works without credentials too.
"""

OPERATION_SECURITY: dict[str, tuple[str, str, frozenset[str]]] = {
    "addInventoryUpload": ("POST", "/inventory/upload/add", frozenset({"DiscogsToken", "OAuth1"})),
    "addOrderMessage": (
        "POST",
        "/marketplace/orders/{order_id}/messages",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "addToCollectionFolder": (
        "POST",
        "/users/{username}/collection/folders/{folder_id}/releases/{release_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "addWant": (
        "PUT",
        "/users/{username}/wants/{release_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "changeInventoryUpload": (
        "POST",
        "/inventory/upload/change",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "createAccessToken": ("POST", "/oauth/access_token", frozenset({"OAuth1"})),
    "createCollectionFolder": (
        "POST",
        "/users/{username}/collection/folders",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "createListing": ("POST", "/marketplace/listings", frozenset({"DiscogsToken", "OAuth1"})),
    "deleteCollectionFolder": (
        "DELETE",
        "/users/{username}/collection/folders/{folder_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "deleteCollectionInstance": (
        "DELETE",
        "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "deleteInventoryUpload": (
        "POST",
        "/inventory/upload/delete",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "deleteListing": (
        "DELETE",
        "/marketplace/listings/{listing_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "deleteReleaseUserRating": (
        "DELETE",
        "/releases/{release_id}/rating/{username}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "deleteWant": (
        "DELETE",
        "/users/{username}/wants/{release_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "downloadInventoryExport": (
        "GET",
        "/inventory/export/{export_id}/download",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "editCollectionFolder": (
        "POST",
        "/users/{username}/collection/folders/{folder_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "editCollectionInstance": (
        "POST",
        "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "editCollectionInstanceField": (
        "POST",
        "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}/fields/{field_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "editListing": (
        "POST",
        "/marketplace/listings/{listing_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "editOrder": ("POST", "/marketplace/orders/{order_id}", frozenset({"DiscogsToken", "OAuth1"})),
    "editUserProfile": ("POST", "/users/{username}", frozenset({"DiscogsToken", "OAuth1"})),
    "editWant": (
        "POST",
        "/users/{username}/wants/{release_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "getArtist": (
        "GET",
        "/artists/{artist_id}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getArtistReleases": (
        "GET",
        "/artists/{artist_id}/releases",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getCollectionFolder": (
        "GET",
        "/users/{username}/collection/folders/{folder_id}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getCollectionValue": (
        "GET",
        "/users/{username}/collection/value",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "getFee": (
        "GET",
        "/marketplace/fee/{price}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getFeeWithCurrency": (
        "GET",
        "/marketplace/fee/{price}/{currency}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getIdentity": ("GET", "/oauth/identity", frozenset({"DiscogsToken", "OAuth1"})),
    "getInventoryExport": (
        "GET",
        "/inventory/export/{export_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "getInventoryUpload": (
        "GET",
        "/inventory/upload/{upload_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "getLabel": (
        "GET",
        "/labels/{label_id}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getLabelReleases": (
        "GET",
        "/labels/{label_id}/releases",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getList": (
        "GET",
        "/lists/{list_id}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getListing": (
        "GET",
        "/marketplace/listings/{listing_id}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getMarketplaceStats": (
        "GET",
        "/marketplace/stats/{release_id}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getMaster": (
        "GET",
        "/masters/{master_id}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getMasterVersions": (
        "GET",
        "/masters/{master_id}/versions",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getOrder": ("GET", "/marketplace/orders/{order_id}", frozenset({"DiscogsToken", "OAuth1"})),
    "getPriceSuggestions": (
        "GET",
        "/marketplace/price_suggestions/{release_id}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "getRelease": (
        "GET",
        "/releases/{release_id}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getReleaseCommunityRating": (
        "GET",
        "/releases/{release_id}/rating",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getReleaseStats": (
        "GET",
        "/releases/{release_id}/stats",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getReleaseUserRating": (
        "GET",
        "/releases/{release_id}/rating/{username}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getRequestToken": ("GET", "/oauth/request_token", frozenset({"OAuth1"})),
    "getServiceRoot": ("GET", "/", frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"})),
    "getUserInventory": (
        "GET",
        "/users/{username}/inventory",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "getUserProfile": (
        "GET",
        "/users/{username}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "listCollectionFields": (
        "GET",
        "/users/{username}/collection/fields",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "listCollectionFolderReleases": (
        "GET",
        "/users/{username}/collection/folders/{folder_id}/releases",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "listCollectionFolders": (
        "GET",
        "/users/{username}/collection/folders",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "listCollectionItemsByRelease": (
        "GET",
        "/users/{username}/collection/releases/{release_id}",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "listInventoryExports": ("GET", "/inventory/export", frozenset({"DiscogsToken", "OAuth1"})),
    "listInventoryUploads": ("GET", "/inventory/upload", frozenset({"DiscogsToken", "OAuth1"})),
    "listOrderMessages": (
        "GET",
        "/marketplace/orders/{order_id}/messages",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
    "listOrders": ("GET", "/marketplace/orders", frozenset({"DiscogsToken", "OAuth1"})),
    "listUserContributions": (
        "GET",
        "/users/{username}/contributions",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "listUserLists": (
        "GET",
        "/users/{username}/lists",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "listUserSubmissions": (
        "GET",
        "/users/{username}/submissions",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "listWants": (
        "GET",
        "/users/{username}/wants",
        frozenset({"", "DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "requestInventoryExport": ("POST", "/inventory/export", frozenset({"DiscogsToken", "OAuth1"})),
    "searchDatabase": (
        "GET",
        "/database/search",
        frozenset({"DiscogsKeySecret", "DiscogsToken", "OAuth1"}),
    ),
    "updateReleaseUserRating": (
        "PUT",
        "/releases/{release_id}/rating/{username}",
        frozenset({"DiscogsToken", "OAuth1"}),
    ),
}
