@NullMarked
package org.civitas.platform.web;

import org.jspecify.annotations.NullMarked;
