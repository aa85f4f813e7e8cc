@NullMarked
package org.civitas.platform.audit;

import org.jspecify.annotations.NullMarked;
