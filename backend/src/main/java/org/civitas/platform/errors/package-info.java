/** Every error the platform answers with: RFC 9457 problem+json with a stable code and localized message. */
@NullMarked
package org.civitas.platform.errors;

import org.jspecify.annotations.NullMarked;
