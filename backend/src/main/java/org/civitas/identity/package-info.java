/**
 * Users, roles, sessions and passwords. {@link org.civitas.identity.Accounts} is the entry point for
 * other features; rows, repositories and the session machinery stay package-private.
 */
@NullMarked
package org.civitas.identity;

import org.jspecify.annotations.NullMarked;
