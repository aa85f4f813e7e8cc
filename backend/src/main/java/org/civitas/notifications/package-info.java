/**
 * What people are told by email, beyond their account's own security messages: each optional
 * notification is a template plus a listener for another feature's event, queued in the outbox in
 * the same transaction as the change; a person switches each kind off in their preferences or in
 * one click from a message. Administrators read the outbox here.
 */
@NullMarked
package org.civitas.notifications;

import org.jspecify.annotations.NullMarked;
