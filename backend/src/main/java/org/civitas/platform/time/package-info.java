@NullMarked
package org.civitas.platform.time;

import org.jspecify.annotations.NullMarked;
