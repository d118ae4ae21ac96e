@org.jspecify.annotations.NullMarked
package io.ardesk.jobs.internal;
