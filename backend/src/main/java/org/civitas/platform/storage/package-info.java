/**
 * Where uploaded files live: {@link org.civitas.platform.storage.FileStorage} with server-made keys,
 * kept outside any web root. Today on the local disk; the interface leaves room for an
 * S3-compatible store.
 */
@NullMarked
package org.civitas.platform.storage;

import org.jspecify.annotations.NullMarked;
