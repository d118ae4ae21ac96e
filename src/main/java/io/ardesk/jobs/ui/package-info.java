@org.jspecify.annotations.NullMarked
package io.ardesk.jobs.ui;
