/**
 * Email that reaches people: {@link org.civitas.platform.mail.Outbox} keeps each message in the
 * same transaction as the change that causes it, rendered from a template in the recipient's
 * language; the sender delivers it through SMTP afterwards, with retries, never losing one and
 * sending none twice on purpose. Without an SMTP server the messages are kept for administrators.
 */
@NullMarked
package org.civitas.platform.mail;

import org.jspecify.annotations.NullMarked;
