/** The demo load's progress in the portal's top bar. */
@org.jspecify.annotations.NullMarked
package io.ardesk.demodata.ui;
