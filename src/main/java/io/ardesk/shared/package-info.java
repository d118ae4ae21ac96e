/**
 * The small shared kernel: clock, formats and UI building blocks every module may use.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package io.ardesk.shared;
