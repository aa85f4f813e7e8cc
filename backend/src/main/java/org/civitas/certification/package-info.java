/**
 * Certificates of professional development: completion rules, issuing, the signed PDF a learner
 * downloads and the public verification page behind its QR code.
 */
@NullMarked
package org.civitas.certification;

import org.jspecify.annotations.NullMarked;
