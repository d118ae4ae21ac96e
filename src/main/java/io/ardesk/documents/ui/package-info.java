@org.jspecify.annotations.NullMarked
package io.ardesk.documents.ui;
