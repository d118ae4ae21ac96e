/**
 * Catalogue of claim adjustment reason codes (CARC), remark codes (RARC) and group codes,
 * with plain-English descriptions and denial categories.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "tenancy" })
@org.jspecify.annotations.NullMarked
package io.ardesk.codes;
