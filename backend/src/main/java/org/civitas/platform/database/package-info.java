@NullMarked
package org.civitas.platform.database;

import org.jspecify.annotations.NullMarked;
