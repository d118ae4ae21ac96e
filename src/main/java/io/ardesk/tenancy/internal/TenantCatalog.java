package io.ardesk.tenancy.internal;

import java.util.List;

import io.ardesk.tenancy.FirmProfile;

/** Everything read from the tenant configuration folder, already validated. */
record TenantCatalog(FirmProfile firm, List<ClientDefinition> clients) {
}
