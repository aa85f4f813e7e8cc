/** Keys the platform makes for itself on first need and keeps in the database (signing links, say). */
@NullMarked
package org.civitas.platform.secrets;

import org.jspecify.annotations.NullMarked;
